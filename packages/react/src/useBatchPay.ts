import {
  type CheckoutAttemptInput,
  type CheckoutState,
  checkoutControls,
  type DetectedEnvironment,
  type StatusPollingOptions,
  type Submission,
} from '@batchpay/client';
import { type PlanCashierRedirectOptions, regionFromLocale } from '@batchpay/core';
import { useEffect, useMemo } from 'react';
import { useBatchPayContext } from './BatchPayContext.js';
import { useCheckoutState } from './useCheckoutState.js';

export type PayInput = CheckoutAttemptInput;

export interface UseBatchPayOptions {
  /** Where the buyer is; detected from the user agent at `pay()` time when not given. */
  env?: DetectedEnvironment | undefined;
  /** Buyer region sent with the checkout; default: the provider's `userRegion`, else its locale's region. */
  userRegion?: string | undefined;
  /** Options of core's redirect plan, e.g. `{ allowInsecureLocalhost: true }` for the offline sandbox. */
  redirectOptions?: PlanCashierRedirectOptions | undefined;
  /** Resume a checkout of this tab (sessionStorage) or of `?checkout=` in the URL on mount. Default true. */
  resume?: boolean | undefined;
  /** Status polling while the buyer is away or back. */
  statusPolling?: StatusPollingOptions | undefined;
}

/** Why `pay()` did not send a request: the client's `nextSubmission` reasons. */
export type PayRefusal = Extract<Submission, { allowed: false }>['reason'];

export interface UseBatchPayResult {
  /** The machine's state: idle, submitting, redirecting (plan and position), awaiting-return, succeeded, partially-paid, failed. */
  state: CheckoutState;
  /** Starts a checkout. Sends nothing while one is in flight, live or paid, or after a failure that says "never". */
  pay: (input: PayInput) => Promise<CheckoutState>;
  /** Back to idle; the next `pay()` uses a new key. */
  reset: () => void;
  /** Asks the server for the status now: the Retry of "could not look up this payment" (`state.statusFailures`). */
  refreshStatus: () => void;
  /** Whether `pay()` would send a request now. */
  canPay: boolean;
  /** Why not, when `canPay` is false. */
  payRefusal: PayRefusal | null;
  /** The Idempotency-Key of the current attempt, or null. */
  idempotencyKey: string | null;
}

/**
 * The checkout: the provider's one machine (`@batchpay/client`), subscribed. `pay()` posts `POST /api/checkouts`
 * with one Idempotency-Key per attempt (kept across StrictMode double mounts, re-renders and retries); the pending
 * checkout is kept in sessionStorage so the page the buyer returns to resumes; the status is polled on the return.
 */
export function useBatchPay(options: UseBatchPayOptions = {}): UseBatchPayResult {
  const { client, userRegion: providerRegion, locale } = useBatchPayContext('useBatchPay');
  const state = useCheckoutState(client);
  const { env, userRegion, redirectOptions, resume, statusPolling } = options;

  // Options first, then the mount (effects run in order, children before the provider): resume sees them.
  useEffect(() => {
    client.setOptions({
      environment: env,
      userRegion: userRegion ?? providerRegion ?? regionFromLocale(locale),
      redirectOptions,
      statusPolling,
      resume,
    });
  });
  useEffect(() => client.mount(), [client]);

  const actions = useMemo(
    () => ({
      pay: (input: PayInput) => client.pay(input),
      reset: () => client.reset(),
      refreshStatus: () => client.refreshStatus(),
    }),
    [client],
  );
  return { state, ...actions, ...checkoutControls(state) };
}
