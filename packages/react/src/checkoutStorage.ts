import { type PendingCheckout, pendingCheckoutIn } from '@batchpay/core';

export type { PendingCheckout } from '@batchpay/core';

// Read at each use: the global is missing on a server and its getter throws where storage is disabled (core catches).
const session = () => sessionStorage;

/** The pending checkout of this tab, or null (none, storage unavailable, or unreadable). */
export function readPendingCheckout(): PendingCheckout | null {
  return pendingCheckoutIn(session);
}

/** Keeps `pending` in this tab's sessionStorage; `null` removes it. Unavailable storage is ignored. */
export function writePendingCheckout(pending: PendingCheckout | null): void {
  pendingCheckoutIn(session, pending);
}

export function clearPendingCheckout(): void {
  pendingCheckoutIn(session, null);
}
