import type { CheckoutClient, CheckoutState } from '@batchpay/client';
import { useSyncExternalStore } from 'react';

/**
 * The machine's state, subscribed with `useSyncExternalStore` (TanStack's `useBaseQuery.ts` is the model): every
 * component reads the same snapshot in the same render, and the server render sees the client's state as it is.
 */
export function useCheckoutState(client: CheckoutClient): CheckoutState {
  return useSyncExternalStore(client.subscribe, client.getSnapshot, client.getSnapshot);
}
