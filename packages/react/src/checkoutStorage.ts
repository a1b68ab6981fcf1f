/** The checkout attempt kept across the redirect to the cashier and back. */
export interface PendingCheckout {
  idempotencyKey: string;
  cartId: string;
  paymentMethodType: string;
  /** Known once the backend answered. */
  checkoutId?: string;
  /** Epoch ms when the attempt started. */
  startedAt: number;
}

const STORAGE_KEY = 'batchpay:pending-checkout';

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // storage disabled (Safari private mode, sandboxed iframe)
  }
}

function isPendingCheckout(value: unknown): value is PendingCheckout {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.idempotencyKey === 'string' &&
    typeof v.cartId === 'string' &&
    typeof v.paymentMethodType === 'string' &&
    typeof v.startedAt === 'number' &&
    (v.checkoutId === undefined || typeof v.checkoutId === 'string')
  );
}

/** The pending checkout of this tab, or null (none, storage unavailable, or unreadable). */
export function readPendingCheckout(): PendingCheckout | null {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return isPendingCheckout(value) ? value : null;
  } catch {
    return null;
  }
}

export function writePendingCheckout(pending: PendingCheckout): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(pending));
  } catch {
    // quota or disabled storage: resuming then works from the ?checkout= URL alone
  }
}

export function clearPendingCheckout(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // nothing to clear
  }
}
