import type { BatchPayEvent } from './BatchPayEvent.js';
import { cashierAttemptUrl } from './cashierAttemptUrl.js';
import type { CashierTarget } from './cashierManualLinks.js';
import { type CashierRedirectState, cashierRedirectReducer } from './cashierRedirectReducer.js';
import type { CashierRedirectPlan, RedirectAttempt } from './planCashierRedirect.js';

/** What the client asks for: start, go on (after the timeout or by hand), the page left, or stop waiting. */
export type CashierRedirectCommand =
  | { type: 'start' }
  | { type: 'next'; reason: 'timeout' | 'manual' }
  | { type: 'left' }
  | { type: 'cancel' };

export interface CashierRedirectStepOptions {
  /** The clock, epoch ms. */
  now: number;
  /** How long an app may take to open. */
  timeoutMs: number;
  /** Where `normalUrl` opens. Default `same-tab`. */
  normalUrlTarget?: CashierTarget | undefined;
  /** Fire a scheme as an `intent://` URL (Chrome and Firefox for Android, see `prefersAndroidIntent`). */
  androidIntent?: boolean | undefined;
  /** Android package of the wallet, for the `intent://` form. */
  appIdentifier?: string | undefined;
}

export interface CashierRedirectStepResult {
  state: CashierRedirectState;
  /** `redirect-fallback` and `redirect-attempt` events, in order. */
  events: BatchPayEvent[];
  /** The app attempt whose app did not open within the timeout (for an `onAppDidNotOpen` callback). */
  fallback?: { attempt: RedirectAttempt; index: number; afterMs: number };
  /** The attempt to open now: navigate to `url` (the `intent://` form where asked) in `target`. */
  open?: { attempt: RedirectAttempt; index: number; url: string; target: CashierTarget };
}

/**
 * One step of carrying out a redirect plan: core's `cashierRedirectReducer` plus what the client must do about it
 * (the events to report, the fallback to announce, the URL to open and where). The client only navigates.
 */
export function cashierRedirectStep(
  state: CashierRedirectState,
  command: CashierRedirectCommand,
  plan: CashierRedirectPlan,
  options: CashierRedirectStepOptions,
): CashierRedirectStepResult {
  const { now, timeoutMs } = options;
  const next = cashierRedirectReducer(
    state,
    command.type === 'left' || command.type === 'cancel' ? command : { ...command, plan, now, timeoutMs },
  );
  const result: CashierRedirectStepResult = { state: next, events: [] };
  if (next === state) return result;
  const previous = plan.attempts[state.index];
  if (command.type === 'next' && command.reason === 'timeout' && previous) {
    const afterMs = now - (state.startedAt ?? now);
    result.fallback = { attempt: previous, index: state.index, afterMs };
    result.events.push({ type: 'redirect-fallback', fromKind: previous.kind, afterMs, index: state.index });
  }
  const attempt = plan.attempts[next.index];
  if (attempt && next.opens !== state.opens) {
    const index = next.index;
    result.events.push({ type: 'redirect-attempt', kind: attempt.kind, url: attempt.url, index });
    result.open = {
      attempt,
      index,
      url: cashierAttemptUrl(plan, index, options) ?? attempt.url,
      target: attempt.kind === 'normal' ? (options.normalUrlTarget ?? 'same-tab') : 'same-tab',
    };
  }
  return result;
}
