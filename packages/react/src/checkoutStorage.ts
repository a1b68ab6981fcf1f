import {
  type PendingCheckout,
  parsePendingCheckout,
  pendingCheckoutStorageKey,
  serializePendingCheckout,
} from '@batchpay/core';

export type { PendingCheckout } from '@batchpay/core';

/** Runs `use` on this tab's sessionStorage; nothing when it is missing (a server) or disabled (Safari private mode). */
function withStorage<T>(use: (storage: Storage) => T): T | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : use(sessionStorage);
  } catch {
    return undefined; // disabled storage or a full quota: resuming then works from the ?checkout= URL alone
  }
}

/** The pending checkout of this tab, or null (none, storage unavailable, or unreadable). */
export function readPendingCheckout(): PendingCheckout | null {
  return parsePendingCheckout(withStorage((s) => s.getItem(pendingCheckoutStorageKey)));
}

export function writePendingCheckout(pending: PendingCheckout): void {
  withStorage((s) => s.setItem(pendingCheckoutStorageKey, serializePendingCheckout(pending)));
}

export function clearPendingCheckout(): void {
  withStorage((s) => s.removeItem(pendingCheckoutStorageKey));
}
