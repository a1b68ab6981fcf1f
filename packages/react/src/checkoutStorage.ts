import { type PendingCheckout, pendingCheckoutIn } from '@batchpay/client';

export type { PendingCheckout } from '@batchpay/client';

// Read at each use: the global is missing on a server and its getter throws where storage is disabled (client catches).
const session = () => sessionStorage;

/** The pending checkout of this tab, or null (none, storage unavailable, or unreadable). */
export function readPendingCheckout(): PendingCheckout | null {
  return pendingCheckoutIn(session);
}

export function clearPendingCheckout(): void {
  pendingCheckoutIn(session, null);
}
