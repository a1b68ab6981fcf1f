import type { BatchPayEvent } from './BatchPayEvent.js';
import type { CashierTarget } from './cashierManualLinks.js';
import type { CashierRedirectState } from './cashierRedirectReducer.js';
import {
  type CashierRedirectCommand,
  type CashierRedirectStepOptions,
  cashierRedirectStep,
} from './cashierRedirectStep.js';
import type { CashierRedirectPlan, RedirectAttempt, RedirectKind } from './planCashierRedirect.js';
import { prefersAndroidIntent } from './prefersAndroidIntent.js';

/** Where a client carries out what `cashierRedirectStep` says, in this order: commit, report, announce, open. */
export interface CashierRedirectSinks {
  /** Takes the new state (only called when it changed). */
  commit: (state: CashierRedirectState) => void;
  emit?: ((event: BatchPayEvent) => void) | undefined;
  onAppDidNotOpen?: ((attempt: RedirectAttempt, index: number, afterMs: number) => void) | undefined;
  onAttempt?: ((attempt: RedirectAttempt, index: number) => void) | undefined;
  navigate: (url: string, how: { kind: RedirectKind; target: CashierTarget }) => void;
}

/**
 * `cashierRedirectStep`, carried out through the client's sinks. `androidIntent` defaults to what
 * `prefersAndroidIntent(userAgent)` says.
 */
export function runCashierRedirectStep(
  before: CashierRedirectState,
  command: CashierRedirectCommand,
  plan: CashierRedirectPlan,
  options: CashierRedirectStepOptions & CashierRedirectSinks & { userAgent?: string | undefined },
): void {
  const { state, events, fallback, open } = cashierRedirectStep(before, command, plan, {
    ...options,
    androidIntent: options.androidIntent ?? prefersAndroidIntent(options.userAgent ?? ''),
  });
  if (state === before) return;
  options.commit(state);
  for (const event of events) options.emit?.(event);
  if (fallback) options.onAppDidNotOpen?.(fallback.attempt, fallback.index, fallback.afterMs);
  if (open) {
    options.onAttempt?.(open.attempt, open.index);
    options.navigate(open.url, { kind: open.attempt.kind, target: open.target });
  }
}
