import {
  type CashierManualLink,
  type CashierRedirectCommand,
  type CashierRedirectPlan,
  type CashierRedirectStatus,
  type CashierTarget,
  cashierManualLinks,
  cashierPlanKey,
  cashierRedirectControls,
  cashierRedirectStateFor,
  cashierTimeLeft,
  initialCashierRedirectState,
  type RedirectAttempt,
  type RedirectKind,
  runCashierRedirectStep,
} from '@batchpay/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useOptionalBatchPayContext } from './BatchPayContext.js';
import { onPageChange, pageIsHidden } from './onPageChange.js';

export type { CashierManualLink, CashierRedirectStatus, CashierTarget } from '@batchpay/core';

/** Opens a URL. Injected in tests; the default uses `location.assign` or `window.open`. */
export type CashierNavigate = (url: string, how: { kind: RedirectKind; target: CashierTarget }) => void;

export interface UseCashierRedirectOptions {
  /** How long to wait for the app to open before trying the next URL. Default 5000 ms (as Antom's web SDK). */
  timeoutMs?: number;
  /** Where `normalUrl` opens. Default `same-tab`. */
  normalUrlTarget?: CashierTarget;
  /** Start as soon as the plan is there (default). Set false to start from a click with `start()`. */
  autoStart?: boolean;
  /** Replaces the navigation (tests, native bridges). */
  navigate?: CashierNavigate;
  /** Android package of the wallet (`appIdentifier` of the answer), used in the `intent://` form of a scheme. */
  appIdentifier?: string;
  /** Fire a scheme as an `intent://` URL. Default: on Chrome and Firefox for Android. */
  androidIntent?: boolean;
  /** Called when an attempt is opened (index into `plan.attempts`). */
  onAttempt?: (attempt: RedirectAttempt, index: number) => void;
  /** Called when an app attempt did not open the app within the timeout, before the next is tried. */
  onAppDidNotOpen?: (attempt: RedirectAttempt, index: number, afterMs: number) => void;
}

export interface UseCashierRedirectResult {
  status: CashierRedirectStatus;
  /** The attempt opened last, or null before the start. */
  currentAttempt: RedirectAttempt | null;
  /** Its index in `plan.attempts`, or -1. */
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
}

function defaultNavigate(url: string, how: { target: CashierTarget }): void {
  const opened = how.target === 'new-tab' && window.open(url, '_blank');
  if (opened) opened.opener = null;
  else window.location.assign(url);
}

/**
 * Carries out core's redirect plan with core's `cashierRedirectReducer`: opens the first URL, and when the app did
 * not open (the page is still visible after `timeoutMs`) opens the next. A timer that fires while the page is hidden
 * never navigates. Survives React StrictMode's double mount without navigating twice.
 */
export function useCashierRedirect(
  plan: CashierRedirectPlan | null | undefined,
  options: UseCashierRedirectOptions = {},
): UseCashierRedirectResult {
  const { timeoutMs = 5000, normalUrlTarget = 'same-tab', autoStart = true } = options;
  const context = useOptionalBatchPayContext();
  const planKey = cashierPlanKey(plan);
  const [snapshot, setSnapshot] = useState(() => initialCashierRedirectState(planKey));
  const [now, setNow] = useState(Date.now);

  // Latest plan, options and state for the callbacks and timers (callback props in a ref, not in effect deps).
  const props = { plan, options, context, timeoutMs, normalUrlTarget };
  const latest = useRef(props);
  latest.current = props;
  const snapshotRef = useRef(snapshot);

  // Every change goes through core's `cashierRedirectStep`; the hook reports and navigates as it says.
  const step = useCallback((command: CashierRedirectCommand) => {
    const { plan: p, options: o, context: ctx, ...rest } = latest.current;
    const now = Date.now();
    if (p)
      runCashierRedirectStep(snapshotRef.current, command, p, {
        ...o,
        ...rest,
        now,
        userAgent: globalThis.navigator?.userAgent,
        emit: ctx?.emit,
        navigate: o.navigate ?? defaultNavigate,
        commit: (state) => {
          snapshotRef.current = state;
          setSnapshot(state);
          setNow(now);
        },
      });
  }, []);

  const controls = useMemo(() => cashierRedirectControls(step), [step]);

  // Auto start once per plan. The reducer ignores a second start, so StrictMode's second effect run does not navigate.
  useEffect(() => {
    if (autoStart && planKey) step({ type: 'start' });
  }, [autoStart, planKey, step]);

  // While waiting: the fallback timer, the countdown and the "did the page get hidden" listeners. Re-armed from the
  // stored deadline, so a StrictMode remount neither restarts the wait nor creates a second timer.
  const current = cashierRedirectStateFor(snapshot, planKey);
  const waiting = current.status === 'waiting' ? current.deadline : null;
  useEffect(() => {
    if (waiting === null) return;
    const markLeft = () => step({ type: 'left' });
    if (pageIsHidden()) {
      markLeft();
      return;
    }
    // A timer on a hidden page means the app opened: never navigate then.
    const timer = setTimeout(
      () => (pageIsHidden() ? markLeft() : step({ type: 'next', reason: 'timeout' })),
      Math.max(0, waiting - Date.now()),
    );
    const tick = setInterval(() => setNow(Date.now()), 250);
    const stopListening = onPageChange((change) => {
      if (change === 'hidden' || change === 'unloaded') markLeft();
    });
    return () => {
      clearTimeout(timer);
      clearInterval(tick);
      stopListening();
    };
  }, [waiting, step]);

  const manualLinks = useMemo(() => cashierManualLinks(plan, normalUrlTarget), [plan, normalUrlTarget]);

  return {
    status: current.status,
    currentAttempt: plan?.attempts[current.index] ?? null,
    attemptIndex: current.index,
    timeLeftMs: cashierTimeLeft(current, now),
    manualLinks,
    ...controls,
  };
}
