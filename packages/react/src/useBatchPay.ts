import {
  type BatchPayOutcome,
  type CheckoutAction,
  type CheckoutState,
  type CreateCheckoutBody,
  type CreateCheckoutResponse,
  checkoutReducer,
  failedOutcome,
  initialCheckoutState,
  kitFailureCodes,
  nextSubmission,
  type PlanCashierRedirectOptions,
  type RedirectAttempt,
  regionFromLocale,
  type Submission,
} from '@batchpay/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { BatchPayApiError } from './BatchPayApiError.js';
import { useBatchPayContext } from './BatchPayContext.js';
import {
  clearPendingCheckout,
  type PendingCheckout,
  readPendingCheckout,
  writePendingCheckout,
} from './checkoutStorage.js';
import { createIdempotencyKey } from './createIdempotencyKey.js';
import { type DetectedEnvironment, detectEnvironment } from './detectEnvironment.js';
import { createCheckout } from './merchantApi.js';
import { readCheckoutIdFromUrl } from './readCheckoutIdFromUrl.js';
import { retryDelay } from './retryPolicy.js';
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
  statusPolling?: { initialIntervalMs?: number; maxIntervalMs?: number; backoffFactor?: number };
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

interface Attempt {
  key: string;
  cartId: string;
  paymentMethodType: string;
}

function failureFromError(error: unknown) {
  if (error instanceof BatchPayApiError) {
    if (error.retryable) return failedOutcome(kitFailureCodes.transportError, 'U', error.message);
    return failedOutcome(error.code, 'F', error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return failedOutcome(kitFailureCodes.transportError, 'U', message);
}

/**
 * The checkout: `pay()` posts to `POST /api/checkouts` through a react-query mutation and drives core's
 * `checkoutReducer`. One Idempotency-Key per attempt, kept across StrictMode double mounts, re-renders and transport
 * retries; a failure that says "new request id" makes the next `pay()` use a new key; the pending checkout is kept
 * in sessionStorage so the page the buyer returns to can resume.
 */
export function useBatchPay(options: UseBatchPayOptions = {}): UseBatchPayResult {
  const context = useBatchPayContext('useBatchPay');
  const { transport, retry, emit, userRegion: providerRegion, locale } = context;
  const [state, dispatchState] = useReducer(checkoutReducer, initialCheckoutState);
  // The key of a checkout resumed from storage: core's `returned` action carries no key, so it is kept here.
  const [resumedKey, setResumedKey] = useState<string | null>(null);

  // The reducer's state as of the last dispatch, readable synchronously: ten clicks in one tick see "submitting".
  const stateRef = useRef<CheckoutState>(state);
  const attemptRef = useRef<Attempt | null>(null);
  const outcomeRef = useRef<BatchPayOutcome | null>(null);
  const latestOptions = useRef(options);
  latestOptions.current = options;

  const dispatch = useCallback((action: CheckoutAction) => {
    stateRef.current = checkoutReducer(stateRef.current, action);
    dispatchState(action);
  }, []);

  const mutation = useMutation<
    CreateCheckoutResponse,
    BatchPayApiError,
    { body: CreateCheckoutBody; idempotencyKey: string }
  >({
    mutationFn: ({ body, idempotencyKey }) => createCheckout(transport, body, idempotencyKey),
    // Transport failures and 5xx: the same request with the same key, a bounded number of times, with backoff.
    retry: (failures, error) => error instanceof BatchPayApiError && error.retryable && failures < retry.retries,
    retryDelay: (attempt) => retryDelay(retry, attempt),
  });
  const { mutateAsync } = mutation;

  const pay = useCallback(
    async (input: PayInput): Promise<CheckoutState> => {
      const submission = nextSubmission(stateRef.current);
      if (!submission.allowed) return stateRef.current;
      const previous = attemptRef.current;
      const sameOrder =
        previous !== null && previous.cartId === input.cartId && previous.paymentMethodType === input.paymentMethodType;
      let key: string;
      if (submission.idempotencyKey !== 'new' && sameOrder) key = submission.idempotencyKey.reuse;
      else if (stateRef.current.status === 'idle' && sameOrder && previous)
        key = previous.key; // resumed, no answer yet
      else key = createIdempotencyKey();
      attemptRef.current = { key, cartId: input.cartId, paymentMethodType: input.paymentMethodType };
      outcomeRef.current = null;
      dispatch({ type: 'submit', idempotencyKey: key });
      const pending: PendingCheckout = {
        idempotencyKey: key,
        cartId: input.cartId,
        paymentMethodType: input.paymentMethodType,
        startedAt: Date.now(),
      };
      writePendingCheckout(pending);
      emit({
        type: 'pay-started',
        cartId: input.cartId,
        paymentMethodType: input.paymentMethodType,
        idempotencyKey: key,
      });

      const opts = latestOptions.current;
      const env = opts.env ?? detectEnvironment();
      const region = opts.userRegion ?? providerRegion ?? regionFromLocale(locale);
      const body: CreateCheckoutBody = {
        cartId: input.cartId,
        paymentMethodType: input.paymentMethodType,
        env,
        ...(region ? { userRegion: region } : {}),
      };
      try {
        const answer = await mutateAsync({ body, idempotencyKey: key });
        outcomeRef.current = answer.outcome;
        dispatch({
          type: 'answerReceived',
          checkoutId: answer.checkoutId,
          outcome: answer.outcome,
          env,
          ...(opts.redirectOptions ? { redirectOptions: opts.redirectOptions } : {}),
        });
        emit({ type: 'answer-received', checkoutId: answer.checkoutId, outcome: answer.outcome.kind });
        const after = stateRef.current;
        if (after.status === 'redirecting') writePendingCheckout({ ...pending, checkoutId: answer.checkoutId });
        else clearPendingCheckout();
        if (after.status === 'failed') emit({ type: 'failed', code: after.failure.code, retry: after.failure.retry });
      } catch (error) {
        const failure = failureFromError(error);
        dispatch({ type: 'failed', failure });
        // A transport failure keeps the key: the server may have created the batch, the same key finds it again.
        if (failure.retry !== 'same-request-id') clearPendingCheckout();
        emit({ type: 'failed', code: failure.code, retry: failure.retry });
      }
      return stateRef.current;
    },
    [dispatch, emit, mutateAsync, providerRegion, locale],
  );

  const reset = useCallback(() => {
    attemptRef.current = null;
    outcomeRef.current = null;
    setResumedKey(null);
    clearPendingCheckout();
    dispatch({ type: 'reset' });
  }, [dispatch]);

  // Resume after the redirect back: the id from `?checkout=` or this tab's pending checkout, read after mount so the
  // server render matches. The check on `stateRef` keeps StrictMode's second run from doing anything twice.
  const resume = options.resume ?? true;
  useEffect(() => {
    if (!resume || stateRef.current.status !== 'idle') return;
    const pending = readPendingCheckout();
    if (pending) {
      attemptRef.current = {
        key: pending.idempotencyKey,
        cartId: pending.cartId,
        paymentMethodType: pending.paymentMethodType,
      };
      setResumedKey(pending.idempotencyKey);
    }
    const checkoutId = readCheckoutIdFromUrl() ?? pending?.checkoutId;
    if (checkoutId) {
      dispatch({ type: 'returned', checkoutId });
      emit({ type: 'returned', checkoutId });
    }
  }, [resume, dispatch, emit]);

  // Back in the same tab: the page was hidden (the wallet app or the cashier took over) and is visible again, or
  // it came back from the back-forward cache.
  const redirectingId = state.status === 'redirecting' ? state.checkoutId : null;
  useEffect(() => {
    if (redirectingId === null) return;
    let wasHidden = document.visibilityState === 'hidden';
    const back = () => {
      dispatch({ type: 'returned', checkoutId: redirectingId });
      emit({ type: 'returned', checkoutId: redirectingId });
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') wasHidden = true;
      else if (wasHidden) back();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) back();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [redirectingId, dispatch, emit]);

  // Once the buyer is back: poll the server until it knows (the return itself is no proof of payment).
  const watchedId = state.status === 'awaiting-return' ? state.checkoutId : null;
  const { checkout: view } = useBatchPayStatus(watchedId, latestOptions.current.statusPolling ?? {});
  useEffect(() => {
    if (view && view.checkoutId === watchedId) dispatch({ type: 'statusUpdated', view });
  }, [view, watchedId, dispatch]);
  useEffect(() => {
    if (state.status === 'failed' && state.view) {
      emit({ type: 'failed', code: state.failure.code, retry: state.failure.retry });
    }
  }, [state, emit]);

  const onAttempt = useCallback(() => dispatch({ type: 'redirectStarted' }), [dispatch]);
  const onAppDidNotOpen = useCallback(() => dispatch({ type: 'appDidNotOpen' }), [dispatch]);
  const outcome = outcomeRef.current;
  const appIdentifier = outcome?.kind === 'redirect' ? outcome.appIdentifier : undefined;

  const submission = nextSubmission(state);
  return {
    state,
    pay,
    reset,
    canPay: submission.allowed,
    payRefusal: submission.allowed ? null : submission.reason,
    idempotencyKey:
      ('idempotencyKey' in state ? state.idempotencyKey : undefined) ?? (state.status === 'idle' ? null : resumedKey),
    redirectHandlers: appIdentifier ? { onAttempt, onAppDidNotOpen, appIdentifier } : { onAttempt, onAppDidNotOpen },
  };
}
