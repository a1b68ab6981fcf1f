import type { CheckoutOrderView, CheckoutStatus, CheckoutView, FailedOutcome } from '@batchpay/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { BatchPayApiError } from './BatchPayApiError.js';
import { useBatchPayContext } from './BatchPayContext.js';
import { clearPendingCheckout, readPendingCheckout } from './checkoutStorage.js';
import { fetchCheckout } from './merchantApi.js';
import { readCheckoutIdFromUrl } from './readCheckoutIdFromUrl.js';
import { retryDelay } from './retryPolicy.js';

export interface UseBatchPayStatusOptions {
  /** First wait between two polls (default 1000 ms); each next wait is `backoffFactor` times longer. */
  initialIntervalMs?: number;
  /** Longest wait between two polls (default 15 s). */
  maxIntervalMs?: number;
  /** Growth of the wait (default 1.5). */
  backoffFactor?: number;
  /** Set false to stop polling (the last known view stays). */
  enabled?: boolean;
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
 * Polls `GET /api/checkouts/:id` with a growing interval until the status is final. Works from the checkout id alone
 * (a new tab after the wallet app, empty sessionStorage); sessionStorage only supplies the id when the URL has none.
 * Pass `null` to watch nothing, or no argument to find the id in the URL or storage.
 */
export function useBatchPayStatus(
  checkoutId?: string | null,
  options: UseBatchPayStatusOptions = {},
): UseBatchPayStatusResult {
  const { initialIntervalMs = 1000, maxIntervalMs = 15_000, backoffFactor = 1.5, enabled = true } = options;
  const { transport, retry, emit } = useBatchPayContext('useBatchPayStatus');

  // The id from the URL or storage is read after mount: the server render and the first client render agree.
  const [foundId, setFoundId] = useState<string | null>(null);
  useEffect(() => {
    if (checkoutId !== undefined) return;
    setFoundId(readCheckoutIdFromUrl() ?? readPendingCheckout()?.checkoutId ?? null);
  }, [checkoutId]);
  const id = checkoutId === undefined ? foundId : checkoutId;

  const query = useQuery<CheckoutView, BatchPayApiError>({
    queryKey: ['batchpay', 'checkout', id],
    queryFn: ({ signal }) => fetchCheckout(transport, id as string, signal),
    enabled: enabled && typeof id === 'string' && id !== '',
    retry: (failures, error) => error instanceof BatchPayApiError && error.retryable && failures < retry.retries,
    retryDelay: (attempt) => retryDelay(retry, attempt),
    refetchInterval: (q) => {
      const view = q.state.data;
      if (!view || view.final) return false;
      const polls = Math.max(0, q.state.dataUpdateCount - 1);
      return Math.min(maxIntervalMs, Math.round(initialIntervalMs * backoffFactor ** polls));
    },
  });
  const view = query.data;

  // Events: "returned" once when the id came from the URL or storage (the buyer is back), "status-changed" on each
  // change. Refs keep StrictMode from doubling them.
  const reported = useRef<{ id: string | null; status: CheckoutStatus | null }>({ id: null, status: null });
  useEffect(() => {
    if (!view) return;
    if (reported.current.id !== view.checkoutId) {
      reported.current = { id: view.checkoutId, status: null };
      if (checkoutId === undefined) emit({ type: 'returned', checkoutId: view.checkoutId });
    }
    if (reported.current.status !== view.status) {
      reported.current.status = view.status;
      emit({ type: 'status-changed', checkoutId: view.checkoutId, status: view.status, final: view.final });
    }
    if (view.final && readPendingCheckout()?.checkoutId === view.checkoutId) clearPendingCheckout();
  }, [view, emit, checkoutId]);

  const { refetch: refetchQuery } = query;
  const refetch = useCallback(() => {
    void refetchQuery();
  }, [refetchQuery]);

  return {
    checkoutId: id,
    status: view?.status,
    final: view?.final ?? false,
    checkout: view,
    orders: view?.orders ?? [],
    failure: view?.failure,
    isLoading: query.isLoading,
    error: query.error,
    refetch,
  };
}
