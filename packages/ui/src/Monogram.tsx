import type { ReactNode } from 'react';

/** One or two letters from a name: "KakaoPay" → "K", "Touch 'n Go eWallet" → "TG". */
export function monogramLetters(name: string): string {
  const words = name
    .split(/[\s_-]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 0 && w[0] === w[0]?.toUpperCase());
  const letters = (words.length > 0 ? words : [name]).slice(0, 2).map((w) => Array.from(w)[0] ?? '');
  return letters.join('').toUpperCase();
}

/** The neutral stand-in for a missing logo: the method's initials on a plain tile. Decorative (aria-hidden). */
export function Monogram({ name }: { name: string }): ReactNode {
  return (
    <span className="bp-picker__logo bp-monogram" aria-hidden="true">
      {monogramLetters(name)}
    </span>
  );
}
