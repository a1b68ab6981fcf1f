import {
  type PendingCheckout,
  parsePendingCheckout,
  pendingCheckoutStorageKey,
  serializePendingCheckout,
} from './pendingCheckout.js';

/** The part of the Web Storage API the pending checkout needs. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Reads (`change` absent), writes (a `PendingCheckout`) or removes (`null`) the pending checkout in the storage that
 * `getStorage` returns, and answers what is stored after that. A storage that is missing (a server) or throws
 * (disabled storage, a full quota) is as good as empty: resuming then works from the `?checkout=` URL alone.
 */
export function pendingCheckoutIn(
  getStorage: () => StorageLike,
  change?: PendingCheckout | null,
): PendingCheckout | null {
  try {
    const storage = getStorage();
    if (change) storage.setItem(pendingCheckoutStorageKey, serializePendingCheckout(change));
    else if (change === null) storage.removeItem(pendingCheckoutStorageKey);
    else return parsePendingCheckout(storage.getItem(pendingCheckoutStorageKey));
  } catch {
    // unavailable storage: nothing stored
  }
  return change ?? null;
}
