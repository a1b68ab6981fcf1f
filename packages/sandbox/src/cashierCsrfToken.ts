import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The secret behind the cashier forms' CSRF tokens, derived from the sandbox's private key (stable across restarts). */
export function cashierCsrfSecret(sandboxPrivateKey: string): Buffer {
  return createHash('sha256').update('batchpay-sandbox cashier csrf\u0000').update(sandboxPrivateKey).digest();
}

/** The CSRF token of one batch's cashier form: bound to the batch's cashier token, unknown to other sites. */
export function cashierCsrfToken(secret: Buffer, cashierToken: string): string {
  return createHmac('sha256', secret).update(cashierToken).digest('base64url');
}

/** True when `sent` is the batch's CSRF token (compared in constant time). */
export function isCashierCsrfToken(secret: Buffer, cashierToken: string, sent: unknown): boolean {
  if (typeof sent !== 'string') return false;
  const expected = Buffer.from(cashierCsrfToken(secret, cashierToken));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
