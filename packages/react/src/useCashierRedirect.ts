import type { CashierRedirectPlan, RedirectAttempt, RedirectKind } from '@batchpay/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useOptionalBatchPayContext } from './BatchPayContext.js';
import { prefersAndroidIntent, toAndroidIntentUrl } from './toAndroidIntentUrl.js';

/** Where the cashier page (`normalUrl`) opens. Antom recommends a new tab on desktop (WEB). */
export type CashierTarget = 'same-tab' | 'new-tab';

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

/**
 * - `idle`: not started (no plan, or `autoStart: false` and no `start()` yet).
 * - `waiting`: an app URL was opened; waiting to see whether the page gets hidden (the app opened).
 * - `left`: the page was hidden or unloaded, so the app or the cashier took over.
 * - `opened`: the cashier page (`normalUrl`) was opened; nothing more to try.
 * - `exhausted`: no URL opened the app; only the manual links remain.
 */
export type CashierRedirectStatus = 'idle' | 'waiting' | 'left' | 'opened' | 'exhausted';

export interface CashierManualLink {
  kind: RedirectKind;
  url: string;
  /** Where a click should open it (`_blank` for a `normalUrl` in a new tab). */
  target: '_self' | '_blank';
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

interface RedirectSnapshot {
  planKey: string;
  status: CashierRedirectStatus;
  index: number;
  deadline: number | null;
  startedAt: number | null;
}

const TICK_MS = 250;

function planKeyOf(plan: CashierRedirectPlan | null | undefined): string {
  return plan ? plan.attempts.map((a) => `${a.kind} ${a.url}`).join('\n') : '';
}

function defaultNavigate(url: string, how: { kind: RedirectKind; target: CashierTarget }): void {
  if (how.target === 'new-tab') {
    const opened = window.open(url, '_blank');
    if (opened) {
      opened.opener = null;
      return;
    }
  }
  window.location.assign(url);
}

function pageIsHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

/**
 * Carries out core's redirect plan: opens the first URL, and when the app did not open (the page is still visible
 * after `timeoutMs`) opens the next. A timer that fires while the page is hidden never navigates. Survives React
 * StrictMode's double mount without navigating twice.
 */
export function useCashierRedirect(
  plan: CashierRedirectPlan | null | undefined,
  options: UseCashierRedirectOptions = {},
): UseCashierRedirectResult {
  const { timeoutMs = 5000, normalUrlTarget = 'same-tab', autoStart = true } = options;
  const context = useOptionalBatchPayContext();
  const planKey = planKeyOf(plan);
  const [snapshot, setSnapshot] = useState<RedirectSnapshot>({
    planKey,
    status: 'idle',
    index: -1,
    deadline: null,
    startedAt: null,
  });
  const [now, setNow] = useState(() => Date.now());

  // Latest plan, options and state for the callbacks and timers (callback props in a ref, not in effect deps).
  const latest = useRef({ plan, options, context, timeoutMs, normalUrlTarget, snapshot });
  latest.current = { plan, options, context, timeoutMs, normalUrlTarget, snapshot };

  const current: RedirectSnapshot =
    snapshot.planKey === planKey ? snapshot : { planKey, status: 'idle', index: -1, deadline: null, startedAt: null };

  const openAttempt = useCallback((index: number) => {
    const { plan: p, options: o, context: ctx, timeoutMs: wait, normalUrlTarget: target } = latest.current;
    const attempt = p?.attempts[index];
    if (!p || !attempt) return;
    const key = planKeyOf(p);
    const isApp = attempt.kind !== 'normal';
    const startedAt = Date.now();
    const next: RedirectSnapshot = {
      planKey: key,
      status: isApp ? 'waiting' : 'opened',
      index,
      deadline: isApp ? startedAt + wait : null,
      startedAt,
    };
    latest.current.snapshot = next;
    setSnapshot(next);
    setNow(startedAt);
    let url = attempt.url;
    const userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent;
    if (attempt.kind === 'scheme' && (o.androidIntent ?? prefersAndroidIntent(userAgent))) {
      const fallbackUrl = p.attempts[index + 1]?.url;
      url = toAndroidIntentUrl(attempt.url, {
        ...(o.appIdentifier ? { packageName: o.appIdentifier } : {}),
        ...(fallbackUrl ? { fallbackUrl } : {}),
      });
    }
    ctx?.emit({ type: 'redirect-attempt', kind: attempt.kind, url: attempt.url, index });
    o.onAttempt?.(attempt, index);
    (o.navigate ?? defaultNavigate)(url, {
      kind: attempt.kind,
      target: attempt.kind === 'normal' ? target : 'same-tab',
    });
  }, []);

  const start = useCallback(() => {
    const s = latest.current.snapshot;
    const key = planKeyOf(latest.current.plan);
    if (!key) return;
    if (s.planKey === key && s.status !== 'idle') return; // already under way for this plan
    openAttempt(0);
  }, [openAttempt]);

  const advance = useCallback(
    (reason: 'timeout' | 'manual') => {
      const { plan: p, snapshot: s, options: o, context: ctx } = latest.current;
      if (!p || s.planKey !== planKeyOf(p) || s.index < 0) return;
      const attempt = p.attempts[s.index];
      if (attempt && reason === 'timeout') {
        const afterMs = s.startedAt === null ? 0 : Date.now() - s.startedAt;
        ctx?.emit({ type: 'redirect-fallback', fromKind: attempt.kind, afterMs, index: s.index });
        o.onAppDidNotOpen?.(attempt, s.index, afterMs);
      }
      if (s.index + 1 < p.attempts.length) {
        openAttempt(s.index + 1);
        return;
      }
      const done: RedirectSnapshot = { ...s, status: 'exhausted', deadline: null };
      latest.current.snapshot = done;
      setSnapshot(done);
    },
    [openAttempt],
  );

  const tryNext = useCallback(() => {
    const { plan: p, snapshot: s } = latest.current;
    if (!p || s.planKey !== planKeyOf(p) || s.status === 'idle') {
      openAttempt(0);
      return;
    }
    advance('manual');
  }, [advance, openAttempt]);

  const cancel = useCallback(() => {
    const s = latest.current.snapshot;
    if (s.status !== 'waiting') return;
    const stopped: RedirectSnapshot = { ...s, status: 'exhausted', deadline: null };
    latest.current.snapshot = stopped;
    setSnapshot(stopped);
  }, []);

  // Auto start once per plan. The check on the snapshot keeps StrictMode's second effect run from navigating again.
  useEffect(() => {
    if (autoStart && planKey) start();
  }, [autoStart, planKey, start]);

  // While waiting: the fallback timer, the countdown and the "did the page get hidden" listeners. Re-armed from the
  // stored deadline, so a StrictMode remount neither restarts the wait nor creates a second timer.
  const waiting = current.status === 'waiting' ? current.deadline : null;
  useEffect(() => {
    if (waiting === null) return;
    const markLeft = () => {
      const s = latest.current.snapshot;
      if (s.status !== 'waiting') return;
      const left: RedirectSnapshot = { ...s, status: 'left', deadline: null };
      latest.current.snapshot = left;
      setSnapshot(left);
    };
    const onVisibility = () => {
      if (pageIsHidden()) markLeft();
    };
    if (pageIsHidden()) {
      markLeft();
      return;
    }
    const timer = setTimeout(
      () => {
        if (pageIsHidden())
          markLeft(); // a timer on a hidden page means the app opened: never navigate
        else advance('timeout');
      },
      Math.max(0, waiting - Date.now()),
    );
    const tick = setInterval(() => setNow(Date.now()), TICK_MS);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', markLeft);
    return () => {
      clearTimeout(timer);
      clearInterval(tick);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', markLeft);
    };
  }, [waiting, advance]);

  const manualLinks = useMemo<CashierManualLink[]>(
    () =>
      (plan?.attempts ?? []).map((a) => ({
        kind: a.kind,
        url: a.url,
        target: a.kind === 'normal' && normalUrlTarget === 'new-tab' ? '_blank' : '_self',
      })),
    [plan, normalUrlTarget],
  );

  const currentAttempt = current.index >= 0 ? (plan?.attempts[current.index] ?? null) : null;
  return {
    status: current.status,
    currentAttempt,
    attemptIndex: current.index,
    timeLeftMs: current.status === 'waiting' && current.deadline !== null ? Math.max(0, current.deadline - now) : null,
    manualLinks,
    start,
    tryNext,
    cancel,
  };
}
