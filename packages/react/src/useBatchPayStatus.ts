import {
  type BatchPayApiError,
  checkoutRequest,
  checkoutViewFields,
  type StatusPollingOptions,
  type StatusWatchReport,
  statusPollDelay,
  statusWatchEvents,
} from '@batchpay/client';
import type { CheckoutOrderView, CheckoutStatus, CheckoutView, FailedOutcome } from '@batchpay/core';
import { useEffect, useRef, useState } from 'react';
import { clearPendingCheckout, readPendingCheckout } from './checkoutStorage.js';
import { readCheckoutIdFromUrl } from './readCheckoutIdFromUrl.js';
import { useMerchantQuery } from './useMerchantQuery.js';

export interface UseBatchPayStatusOptions extends StatusPollingOptions {
  /** Set false to stop polling (the last known view stays). */
  enabled?: boolean | undefined;
}

export interface UseBatchPayStatusResult {
  /** The checkout being watched: the argument, else `?checkout=` in the URL, else this tab's pending checkout. */
  checkoutId: string | null;
  /** The server's status; undefined until the first answer. The return to the shop is never proof of payment. */
  status: CheckoutStatus | undefined;
  /** No further change will come; polling has stopped. */
  final: boolean;
  checkout: CheckoutView | undefined;
  /** Per-order results (one per merchant order). */
  orders: CheckoutOrderView[];
  /** Why it failed, was cancelled or expired. */
  failure: FailedOutcome | undefined;
  isLoading: boolean;
  error: BatchPayApiError | null;
  /** Polls now (for a "check again" button). */
  refetch: () => void;
}

/**
 * Polls `GET /api/checkouts/:id` with a growing interval (core's `statusPollDelay`) until the status is final. Works
 * from the checkout id alone (a new tab after the wallet app, empty sessionStorage); sessionStorage only supplies the
 * id when the URL has none. Pass `null` to watch nothing, or no argument to find the id in the URL or storage.
 */
export function useBatchPayStatus(
  checkoutId?: string | null,
  options: UseBatchPayStatusOptions = {},
): UseBatchPayStatusResult {
  // The id from the URL or storage is read after mount: the server render and the first client render agree.
  const [foundId, setFoundId] = useState<string | null>(null);
  useEffect(() => {
    if (checkoutId === undefined) setFoundId(readCheckoutIdFromUrl() ?? readPendingCheckout()?.checkoutId ?? null);
  }, [checkoutId]);
  const id = checkoutId === undefined ? foundId : checkoutId;

  const {
    query,
    context: { emit },
    result,
  } = useMerchantQuery('useBatchPayStatus', id ? checkoutRequest(id) : null, {
    enabled: !!id && options.enabled !== false,
    refetchInterval: ({ state }) =>
      !!state.data && !state.data.final && statusPollDelay(state.dataUpdateCount - 1, options),
  });
  const view = query.data;

  // Events: "returned" once when the id came from the URL or storage (the buyer is back), "status-changed" on each
  // change. Refs keep StrictMode from doubling them.
  const reported = useRef<StatusWatchReport>({});
  useEffect(() => {
    if (!view) return;
    const next = statusWatchEvents(reported.current, view, checkoutId === undefined);
    reported.current = next.reported;
    for (const event of next.events) emit(event);
    if (view.final && readPendingCheckout()?.checkoutId === view.checkoutId) clearPendingCheckout();
  }, [view, emit, checkoutId]);

  return { checkoutId: id, ...checkoutViewFields(view), ...result };
}
