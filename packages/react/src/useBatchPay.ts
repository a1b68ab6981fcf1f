import {
  type BatchPayApiError,
  type CheckoutAction,
  type CheckoutState,
  type CreateCheckoutResponse,
  callMerchantApi,
  checkoutControls,
  checkoutRedirectHandlers,
  checkoutStep,
  initialCheckoutState,
  type MerchantApiRequest,
  type PendingCheckout,
  type PlanCashierRedirectOptions,
  type RedirectAttempt,
  regionFromLocale,
  retryOptions,
  runCheckoutAttempt,
  type StatusPollingOptions,
  type Submission,
} from '@batchpay/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useBatchPayContext } from './BatchPayContext.js';
import { readPendingCheckout, writePendingCheckout } from './checkoutStorage.js';
import { createIdempotencyKey } from './createIdempotencyKey.js';
import { type DetectedEnvironment, detectEnvironment } from './detectEnvironment.js';
import { onPageChange, pageIsHidden } from './onPageChange.js';
import { readCheckoutIdFromUrl } from './readCheckoutIdFromUrl.js';
import { useBatchPayStatus } from './useBatchPayStatus.js';

export interface PayInput {
  /** The cart to pay; the server loads it and computes every amount itself. */
  cartId: string;
  /** The method the buyer chose, e.g. `KAKAOPAY`. */
  paymentMethodType: string;
}

export interface UseBatchPayOptions {
  /** Antom's env; detected from the user agent at `pay()` time when not given. */
  env?: DetectedEnvironment;
  /** Buyer region sent with the checkout; default: the provider's `userRegion`, else its locale's region. */
  userRegion?: string;
  /** Options of core's redirect plan, e.g. `{ allowInsecureLocalhost: true }` for the offline sandbox. */
  redirectOptions?: PlanCashierRedirectOptions;
  /** Resume a checkout of this tab (sessionStorage) or of `?checkout=` in the URL on mount. Default true. */
  resume?: boolean;
  /** Status polling while redirecting or awaiting the return (see `useBatchPayStatus`). */
  statusPolling?: StatusPollingOptions;
}

/** Why `pay()` did not send a request: core's `nextSubmission` reasons. */
export type PayRefusal = Extract<Submission, { allowed: false }>['reason'];

/** Wire these into `useCashierRedirect` so the checkout state follows the redirect. */
export interface BatchPayRedirectHandlers {
  onAttempt: (attempt: RedirectAttempt, index: number) => void;
  onAppDidNotOpen: (attempt: RedirectAttempt, index: number, afterMs: number) => void;
  /** The wallet's Android package from the answer, for the `intent://` form of a scheme. */
  appIdentifier?: string;
}

export interface UseBatchPayResult {
  /** Core's checkout state: idle, submitting, redirecting (with the plan), awaiting-return, succeeded, failed. */
  state: CheckoutState;
  /** Starts a checkout. Sends nothing while one is in flight or after a failure that says "never". */
  pay: (input: PayInput) => Promise<CheckoutState>;
  /** Back to idle; the next `pay()` uses a new key. */
  reset: () => void;
  /** Whether `pay()` would send a request now. */
  canPay: boolean;
  /** Why not, when `canPay` is false. */
  payRefusal: PayRefusal | null;
  /** The Idempotency-Key of the current attempt, or null. */
  idempotencyKey: string | null;
  redirectHandlers: BatchPayRedirectHandlers;
}

/**
 * The checkout: `pay()` posts to `POST /api/checkouts` through a react-query mutation and drives core's
 * `checkoutReducer`. One Idempotency-Key per attempt, kept across StrictMode double mounts, re-renders and transport
 * retries; a failure that says "new request id" makes the next `pay()` use a new key; the pending checkout is kept
 * in sessionStorage so the page the buyer returns to can resume.
 */
export function useBatchPay(options: UseBatchPayOptions = {}): UseBatchPayResult {
  const { transport, retry, emit, userRegion: providerRegion, locale } = useBatchPayContext('useBatchPay');
  const [state, setState] = useState<CheckoutState>(initialCheckoutState);

  // The reducer's state as of the last dispatch, readable synchronously: ten clicks in one tick see "submitting".
  const stateRef = useRef<CheckoutState>(state);
  // The attempt being paid (or resumed from storage): its key is reused for the same order where core says so.
  const attemptRef = useRef<PendingCheckout | null>(null);
  const latestOptions = useRef(options);
  latestOptions.current = options;

  // One step of core's reducer, then its effects (events, the pending checkout in sessionStorage) carried out.
  const dispatch = useCallback(
    (action: CheckoutAction) => {
      const { state: after, events, pending } = checkoutStep(stateRef.current, action, attemptRef.current);
      stateRef.current = after;
      setState(after);
      if (pending !== undefined) writePendingCheckout(pending);
      for (const event of events) emit(event);
    },
    [emit],
  );

  // Transport failures and 5xx: the same request with the same key, a bounded number of times, with backoff.
  const { mutateAsync } = useMutation<
    CreateCheckoutResponse,
    BatchPayApiError,
    MerchantApiRequest<CreateCheckoutResponse>
  >({
    mutationFn: (request) => callMerchantApi(transport, request),
    ...retryOptions(retry),
  });

  const pay = useCallback(
    (input: PayInput): Promise<CheckoutState> => {
      const opts = latestOptions.current;
      return runCheckoutAttempt(input, {
        state: () => stateRef.current,
        previous: attemptRef.current,
        createKey: createIdempotencyKey,
        now: Date.now(),
        begin: (attempt) => {
          attemptRef.current = attempt;
        },
        dispatch,
        send: mutateAsync,
        env: () => opts.env ?? detectEnvironment(),
        userRegion: opts.userRegion ?? providerRegion ?? regionFromLocale(locale),
        redirectOptions: opts.redirectOptions,
      });
    },
    [dispatch, mutateAsync, providerRegion, locale],
  );

  const reset = useCallback(() => {
    dispatch({ type: 'reset' });
    attemptRef.current = null;
  }, [dispatch]);

  const returned = useCallback(
    (checkoutId: string, idempotencyKey?: string) => dispatch({ type: 'returned', checkoutId, idempotencyKey }),
    [dispatch],
  );

  // Resume after the redirect back: the id from `?checkout=` or this tab's pending checkout, read after mount so the
  // server render matches. The check on `stateRef` keeps StrictMode's second run from doing anything twice.
  const resume = options.resume ?? true;
  useEffect(() => {
    if (!resume || stateRef.current.status !== 'idle') return;
    const pending = readPendingCheckout();
    if (pending) attemptRef.current = pending;
    const checkoutId = readCheckoutIdFromUrl() ?? pending?.checkoutId;
    if (checkoutId) returned(checkoutId, pending?.idempotencyKey);
  }, [resume, returned]);

  // Back in the same tab: the page was hidden (the wallet app or the cashier took over) and is visible again, or
  // it came back from the back-forward cache.
  const redirectingId = state.status === 'redirecting' ? state.checkoutId : null;
  useEffect(() => {
    if (redirectingId === null) return;
    let wasHidden = pageIsHidden();
    return onPageChange((change) => {
      if (change === 'hidden') wasHidden = true;
      else if (change === 'restored' || (change === 'visible' && wasHidden)) returned(redirectingId);
    });
  }, [redirectingId, returned]);

  // Once the buyer is back: poll the server until it knows (the return itself is no proof of payment).
  const watchedId = state.status === 'awaiting-return' ? state.checkoutId : null;
  const { checkout: view } = useBatchPayStatus(watchedId, latestOptions.current.statusPolling);
  useEffect(() => {
    if (view && view.checkoutId === watchedId) dispatch({ type: 'statusUpdated', view });
  }, [view, watchedId, dispatch]);

  const appIdentifier = state.status === 'redirecting' ? state.appIdentifier : undefined;
  const redirectHandlers = useMemo(() => checkoutRedirectHandlers(dispatch, appIdentifier), [dispatch, appIdentifier]);

  return { state, pay, reset, ...checkoutControls(state), redirectHandlers };
}
