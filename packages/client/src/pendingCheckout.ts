/** The checkout attempt a tab keeps (in sessionStorage) across the redirect to the cashier and back. */
export interface PendingCheckout {
  idempotencyKey: string;
  cartId: string;
  paymentMethodType: string;
  /** Known once the backend answered. */
  checkoutId?: string;
  /** Epoch ms when the attempt started. */
  startedAt: number;
}

/** The storage key @batchpay/react keeps the record under. */
export const pendingCheckoutStorageKey = 'batchpay:pending-checkout';

/** The stored text of a pending checkout. */
export function serializePendingCheckout(pending: PendingCheckout): string {
  return JSON.stringify(pending);
}

/** The pending checkout in a stored text, or null when there is none or it is damaged or foreign (never throws). */
export function parsePendingCheckout(raw: string | null | undefined): PendingCheckout | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const valid =
    typeof v.idempotencyKey === 'string' &&
    typeof v.cartId === 'string' &&
    typeof v.paymentMethodType === 'string' &&
    typeof v.startedAt === 'number' &&
    (v.checkoutId === undefined || typeof v.checkoutId === 'string');
  return valid ? (value as PendingCheckout) : null;
}
