import type { CashierRedirectCommand } from './cashierRedirectStep.js';

/** The buttons of a redirect: start, go on now, stop waiting. */
export interface CashierRedirectControls {
  start: () => void;
  tryNext: () => void;
  cancel: () => void;
}

/** The commands behind the buttons of a redirect, sent to the client's `step`. */
export function cashierRedirectControls(step: (command: CashierRedirectCommand) => void): CashierRedirectControls {
  return {
    start: () => step({ type: 'start' }),
    tryNext: () => step({ type: 'next', reason: 'manual' }),
    cancel: () => step({ type: 'cancel' }),
  };
}
