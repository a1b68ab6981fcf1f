import {
  type CashierManualLink,
  type CashierNavigate,
  type CashierRedirectStatus,
  type CashierTarget,
  cashierRedirectView,
} from '@batchpay/client';
import type { CashierRedirectPlan, RedirectAttempt } from '@batchpay/core';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { useBatchPayContext } from './BatchPayContext.js';
import { useCheckoutState } from './useCheckoutState.js';

export type { CashierManualLink, CashierNavigate, CashierRedirectStatus, CashierTarget } from '@batchpay/client';

export interface UseCashierRedirectOptions {
  /** How long to wait for the app to open before trying the next URL. Default 5000 ms (as Antom's web SDK). */
  timeoutMs?: number | undefined;
  /** Where `normalUrl` opens. Default `same-tab`. */
  normalUrlTarget?: CashierTarget | undefined;
  /** Start as soon as the plan is there (default). Set false to start from a click with `start()`. */
  autoStart?: boolean | undefined;
  /** Replaces the navigation (tests, native bridges). */
  navigate?: CashierNavigate | undefined;
  /** Android package of the wallet; default: the answer's `appIdentifier`. */
  appIdentifier?: string | undefined;
  /** Called when an attempt is opened (index into `plan.attempts`). */
  onAttempt?: ((attempt: RedirectAttempt, index: number) => void) | undefined;
  /** Called when an app attempt did not open the app within the timeout, before the next is tried. */
  onAppDidNotOpen?: ((attempt: RedirectAttempt, index: number, afterMs: number) => void) | undefined;
}

export interface UseCashierRedirectResult {
  status: CashierRedirectStatus;
  /** The plan of the machine (null when not redirecting). */
  plan: CashierRedirectPlan | null;
  /** The attempt opened or chosen last (the first one before the start); null when not redirecting. */
  currentAttempt: RedirectAttempt | null;
  /** Its index in `plan.attempts`; -1 when not redirecting. */
  attemptIndex: number;
  /** Milliseconds until the next URL is tried, while `waiting`; otherwise null. */
  timeLeftMs: number | null;
  /** One link per URL of the plan, so the buyer can always go on by hand. */
  manualLinks: CashierManualLink[];
  /** Opens the first URL. Call it inside a click handler when `autoStart` is false (popup and scheme rules). */
  start: () => void;
  /** Skips the wait and opens the next URL now. */
  tryNext: () => void;
  /** Stops waiting; no further URL is opened automatically. */
  cancel: () => void;
  /** Tells the machine the buyer clicked manual link `index` (call it in the link's onClick; the link navigates). */
  chooseLink: (index: number) => void;
}

/**
 * The cashier redirect as a view of the provider's one checkout machine: it keeps no redirect state of its own
 * (only a re-render for the countdown). `plan` is accepted for older callers; the machine's plan is the one shown.
 * It opens the first URL when the machine is redirecting (unless `autoStart` is false), and the machine goes on
 * when the app did not open; a timer that fires while the page is hidden never navigates; StrictMode does not
 * navigate twice.
 */
export function useCashierRedirect(
  _plan?: CashierRedirectPlan | null | undefined,
  options: UseCashierRedirectOptions = {},
): UseCashierRedirectResult {
  const { client } = useBatchPayContext('useCashierRedirect');
  const state = useCheckoutState(client);
  const { timeoutMs, normalUrlTarget, autoStart = true, navigate, appIdentifier } = options;
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    client.setOptions({
      redirect: {
        timeoutMs,
        normalUrlTarget,
        appIdentifier,
        onAttempt: (attempt, index) => latest.current.onAttempt?.(attempt, index),
        onAppDidNotOpen: (attempt, index, afterMs) => latest.current.onAppDidNotOpen?.(attempt, index, afterMs),
      },
      effects: navigate && { navigate },
    });
  });
  useEffect(() => client.mount(), [client]);

  // Auto start once per checkout: the machine ignores a second start, so StrictMode's second run opens nothing.
  const idleCheckout = state.status === 'redirecting' && state.redirect === 'idle' ? state.checkoutId : null;
  useEffect(() => {
    if (autoStart && idleCheckout !== null) client.startRedirect();
  }, [autoStart, idleCheckout, client]);

  const view = cashierRedirectView(state, client.now(), normalUrlTarget ?? client.redirectSettings().normalUrlTarget);
  // The countdown re-renders while waiting; the clock is the client's and the deadline the machine's.
  const [, tick] = useReducer((n: number) => n + 1, 0);
  const waiting = view.status === 'waiting';
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [waiting]);

  const controls = useMemo(
    () => ({
      start: () => client.startRedirect(),
      tryNext: () => client.tryNext(),
      cancel: () => client.cancelRedirect(),
      chooseLink: (index: number) => client.chooseLink(index),
    }),
    [client],
  );
  return { ...view, ...controls };
}
