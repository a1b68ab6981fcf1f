const digits = '0123456789';
const upperAlnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function randomFrom(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/** A transaction id shaped like Antom's: the UTC date and time, then 14 random digits (28 characters). */
export function newPaymentId(now: Date): string {
  const stamp = now.toISOString().replace(/[^\d]/g, '').slice(0, 14);
  return `${stamp}${randomFrom(digits, 14)}`;
}

/** An unguessable token for the cashier and applink URLs. */
export function newCashierToken(): string {
  return randomFrom('abcdefghijklmnopqrstuvwxyz0123456789', 24);
}

/** A client id shaped like Antom's sandbox ids: the prefix and 17 capitals or digits. */
export function newClientId(prefix: string): string {
  return `${prefix}${randomFrom(upperAlnum, 17)}`;
}
