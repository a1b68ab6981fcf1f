import type { CashierRedirectPlan } from './planCashierRedirect.js';

/**
 * - `idle`: not started (no plan, or not started yet).
 * - `waiting`: an app URL was opened; waiting to see whether the page gets hidden (the app opened).
 * - `left`: the page was hidden or unloaded, so the app or the cashier took over.
 * - `opened`: the cashier page (`normalUrl`) was opened; nothing more to try.
 * - `exhausted`: no URL opened the app (or the wait was cancelled); only the manual links remain.
 */
export type CashierRedirectStatus = 'idle' | 'waiting' | 'left' | 'opened' | 'exhausted';

/** The timing of carrying out one redirect plan. */
export interface CashierRedirectState {
  /** `cashierPlanKey` of the plan this state belongs to; a state of another plan counts as idle. */
  planKey: string;
  status: CashierRedirectStatus;
  /** Index into `plan.attempts` of the attempt opened last, or -1. */
  index: number;
  /** Epoch ms at which the app counts as "did not open", while `waiting`. */
  deadline: number | null;
  /** Epoch ms at which the current attempt was opened. */
  startedAt: number | null;
  /** Grows by one on every attempt opened: a change tells the caller to navigate to `plan.attempts[index]`. */
  opens: number;
}

/** What happens: carry the plan and the clock (`now`, epoch ms) so the reducer stays pure. */
export type CashierRedirectAction =
  /** Open the first URL, unless this plan is already under way. */
  | { type: 'start'; plan: CashierRedirectPlan; now: number; timeoutMs: number }
  /** Go on: after a timeout (the app did not open) or by hand; opens the first URL when not started. */
  | { type: 'next'; plan: CashierRedirectPlan; now: number; timeoutMs: number; reason: 'timeout' | 'manual' }
  /** The page was hidden or unloaded while waiting: the app or the cashier took over. */
  | { type: 'left' }
  /** Stop waiting; no further URL is opened automatically. */
  | { type: 'cancel' };

/** A stable identity of a plan (its attempts), so a re-created but equal plan does not restart the redirect. */
export function cashierPlanKey(plan: CashierRedirectPlan | null | undefined): string {
  return plan ? plan.attempts.map((a) => `${a.kind} ${a.url}`).join('\n') : '';
}

/** The state before anything was opened for the plan with key `planKey`. */
export function initialCashierRedirectState(planKey: string, opens = 0): CashierRedirectState {
  return { planKey, status: 'idle', index: -1, deadline: null, startedAt: null, opens };
}

/** The state as it applies to the plan with key `planKey`: idle when it belongs to another plan. */
export function cashierRedirectStateFor(state: CashierRedirectState, planKey: string): CashierRedirectState {
  return state.planKey === planKey ? state : initialCashierRedirectState(planKey, state.opens);
}

function open(
  state: CashierRedirectState,
  plan: CashierRedirectPlan,
  index: number,
  now: number,
  timeoutMs: number,
): CashierRedirectState {
  const attempt = plan.attempts[index];
  if (!attempt) return state;
  const isApp = attempt.kind !== 'normal';
  return {
    planKey: cashierPlanKey(plan),
    status: isApp ? 'waiting' : 'opened',
    index,
    deadline: isApp ? now + timeoutMs : null,
    startedAt: now,
    opens: state.opens + 1,
  };
}

/**
 * Carrying out a redirect plan as a pure state machine: which attempt is open, until when the app may take to open,
 * and when every URL was tried. The caller navigates whenever `opens` changes and arms a timer for `deadline`.
 */
export function cashierRedirectReducer(
  state: CashierRedirectState,
  action: CashierRedirectAction,
): CashierRedirectState {
  switch (action.type) {
    case 'start': {
      const key = cashierPlanKey(action.plan);
      if (!key || (state.planKey === key && state.status !== 'idle')) return state;
      return open(state, action.plan, 0, action.now, action.timeoutMs);
    }
    case 'next': {
      const { plan, now, timeoutMs } = action;
      const current = cashierRedirectStateFor(state, cashierPlanKey(plan));
      if (current.index < 0) return action.reason === 'manual' ? open(state, plan, 0, now, timeoutMs) : state;
      if (current.index + 1 < plan.attempts.length) return open(state, plan, current.index + 1, now, timeoutMs);
      return { ...current, status: 'exhausted', deadline: null };
    }
    case 'left':
      return state.status === 'waiting' ? { ...state, status: 'left', deadline: null } : state;
    case 'cancel':
      return state.status === 'waiting' ? { ...state, status: 'exhausted', deadline: null } : state;
  }
}

/** Milliseconds until the next URL is tried, while waiting; otherwise null. */
export function cashierTimeLeft(state: CashierRedirectState, now: number): number | null {
  return state.status === 'waiting' && state.deadline !== null ? Math.max(0, state.deadline - now) : null;
}
