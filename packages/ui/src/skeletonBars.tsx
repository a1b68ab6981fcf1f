import type { ReactNode } from 'react';

/** `count` decorative placeholder bars (`bp-skeleton` and `modifier`, e.g. one per row to come), hidden from readers. */
export function skeletonBars(modifier: string, count = 1): ReactNode[] {
  return Array.from({ length: count }, (_, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: fixed placeholders, never reordered.
    <span key={i} className={`bp-skeleton ${modifier}`} aria-hidden="true" />
  ));
}
