import { type CheckoutState, nextSubmission, type Submission } from './checkoutReducer.js';

/** What a pay button needs to know of a checkout state. */
export interface CheckoutControls {
  /** Whether a new `pay()` would send a request now. */
  canPay: boolean;
  /** Why not, when `canPay` is false. */
  payRefusal: Extract<Submission, { allowed: false }>['reason'] | null;
  /** The Idempotency-Key of the current attempt, or null. */
  idempotencyKey: string | null;
}

/** `nextSubmission` and the state's key, as a pay button reads them. */
export function checkoutControls(state: CheckoutState): CheckoutControls {
  const submission = nextSubmission(state);
  return {
    canPay: submission.allowed,
    payRefusal: submission.allowed ? null : submission.reason,
    idempotencyKey: ('idempotencyKey' in state && state.idempotencyKey) || null,
  };
}
