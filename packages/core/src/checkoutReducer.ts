import type { OsType, TerminalType } from './batchPaySchemas.js';
import type { CheckoutView } from './checkoutApi.js';
import {
  type BatchPayOutcome,
  type FailedOutcome,
  failedOutcome,
  kitFailureCodes,
} from './interpretBatchPayResponse.js';
import {
  type CashierRedirectPlan,
  type PlanCashierRedirectOptions,
  planCashierRedirect,
  type RedirectAttempt,
} from './planCashierRedirect.js';

/*
 * The checkout as a pure state machine: idle → submitting → redirecting → awaiting-return → succeeded | failed.
 * @batchpay/react only dispatches these actions; every rule lives here and is tested without a DOM.
 */

export type CheckoutState =
  | { status: 'idle' }
  | { status: 'submitting'; idempotencyKey: string }
  | {
      status: 'redirecting';
      checkoutId: string;
      idempotencyKey: string;
      plan: CashierRedirectPlan;
      /** Index into `plan.attempts` of the URL being tried. */
      attemptIndex: number;
      attempt: RedirectAttempt;
      /** `ready`: not navigated yet; `opening`: navigated, waiting to see if the app opened. */
      phase: 'ready' | 'opening';
      /** Every attempt was tried and the page is still here: only the manual links are left. */
      exhausted: boolean;
      /** The wallet's Android package from the answer, for the `intent://` form of a scheme. */
      appIdentifier?: string;
    }
  | { status: 'awaiting-return'; checkoutId: string; idempotencyKey?: string; view?: CheckoutView }
  | { status: 'succeeded'; checkoutId: string; view?: CheckoutView }
  | { status: 'failed'; failure: FailedOutcome; checkoutId?: string; idempotencyKey?: string; view?: CheckoutView };

export type CheckoutAction =
  /** Pay was pressed; `idempotencyKey` comes from `nextSubmission`. */
  | { type: 'submit'; idempotencyKey: string }
  /** The merchant backend answered `POST /api/checkouts`. */
  | {
      type: 'answerReceived';
      checkoutId: string;
      outcome: BatchPayOutcome;
      env: { terminalType: TerminalType; osType?: OsType | undefined };
      redirectOptions?: PlanCashierRedirectOptions;
    }
  /** The client navigated to the current attempt. */
  | { type: 'redirectStarted' }
  /** The page stayed visible past the timeout: the app did not open; go on to the next URL. */
  | { type: 'appDidNotOpen' }
  /**
   * The buyer is back from the cashier (on the result page, possibly in a new tab). `idempotencyKey`: the key of the
   * attempt when the page knows it (a resumed pending checkout), kept in the state for the next submission.
   */
  | { type: 'returned'; checkoutId: string; idempotencyKey?: string | undefined }
  /** The server's view of the checkout. */
  | { type: 'statusUpdated'; view: CheckoutView }
  /** A failure outside an answer: transport error, refused submission. */
  | { type: 'failed'; failure: FailedOutcome }
  | { type: 'reset' };

export const initialCheckoutState: CheckoutState = { status: 'idle' };

/** Whether a new submission may start, and with which Idempotency-Key. */
export type Submission =
  | { allowed: true; idempotencyKey: 'new' | { reuse: string } }
  | { allowed: false; reason: 'in-flight' | 'retry-never' | 'already-paid' | 'in-progress' };

/**
 * The key rules of a checkout attempt: one key per attempt; a transport failure keeps the key (the server may have
 * created the batch, the same key finds it again); a failure that says "new request id" needs a new key; "never"
 * refuses.
 */
export function nextSubmission(state: CheckoutState): Submission {
  switch (state.status) {
    case 'idle':
      return { allowed: true, idempotencyKey: 'new' };
    case 'submitting':
      return { allowed: false, reason: 'in-flight' };
    case 'redirecting':
    case 'awaiting-return':
      return { allowed: false, reason: 'in-progress' };
    case 'succeeded':
      return { allowed: false, reason: 'already-paid' };
    case 'failed': {
      const { retry } = state.failure;
      if (retry === 'never') return { allowed: false, reason: 'retry-never' };
      if (retry === 'same-request-id' && state.idempotencyKey) {
        return { allowed: true, idempotencyKey: { reuse: state.idempotencyKey } };
      }
      return { allowed: true, idempotencyKey: 'new' };
    }
  }
}

function failureFromView(view: CheckoutView): FailedOutcome {
  if (view.failure) return view.failure;
  if (view.status === 'cancelled') return failedOutcome('ORDER_IS_CANCELED');
  if (view.status === 'expired') return failedOutcome('ORDER_IS_CLOSED');
  return failedOutcome('PROCESS_FAIL');
}

function withKey(key: string | undefined): { idempotencyKey?: string } {
  return key === undefined ? {} : { idempotencyKey: key };
}

export function checkoutReducer(state: CheckoutState, action: CheckoutAction): CheckoutState {
  switch (action.type) {
    case 'submit': {
      if (!nextSubmission(state).allowed) return state;
      return { status: 'submitting', idempotencyKey: action.idempotencyKey };
    }
    case 'answerReceived': {
      if (state.status !== 'submitting') return state;
      const { outcome, checkoutId } = action;
      const key = state.idempotencyKey;
      if (outcome.kind === 'succeeded') return { status: 'succeeded', checkoutId };
      if (outcome.kind === 'failed') return { status: 'failed', failure: outcome, checkoutId, idempotencyKey: key };
      const plan = planCashierRedirect(outcome.urls, action.env, action.redirectOptions);
      const first = plan.attempts[0];
      if (!first) {
        return {
          status: 'failed',
          failure: failedOutcome(kitFailureCodes.noSafeCashierUrl, 'U'),
          checkoutId,
          idempotencyKey: key,
        };
      }
      return {
        status: 'redirecting',
        checkoutId,
        idempotencyKey: key,
        plan,
        attemptIndex: 0,
        attempt: first,
        phase: 'ready',
        exhausted: false,
        ...(outcome.appIdentifier ? { appIdentifier: outcome.appIdentifier } : {}),
      };
    }
    case 'redirectStarted': {
      if (state.status !== 'redirecting' || state.phase === 'opening') return state;
      return { ...state, phase: 'opening' };
    }
    case 'appDidNotOpen': {
      if (state.status !== 'redirecting') return state;
      const index = state.attemptIndex + 1;
      const next = state.plan.attempts[index];
      if (!next) return { ...state, phase: 'ready', exhausted: true };
      return { ...state, attemptIndex: index, attempt: next, phase: 'ready' };
    }
    case 'returned': {
      if (state.status === 'succeeded' || (state.status === 'failed' && state.checkoutId === action.checkoutId)) {
        return state;
      }
      const key = action.idempotencyKey ?? ('idempotencyKey' in state ? state.idempotencyKey : undefined);
      return { status: 'awaiting-return', checkoutId: action.checkoutId, ...withKey(key) };
    }
    case 'statusUpdated': {
      const { view } = action;
      // While a submission is in flight its checkout is not known yet: a view is a late answer about an older one.
      if (state.status === 'submitting') return state;
      const current = 'checkoutId' in state ? state.checkoutId : undefined;
      if (current !== undefined && current !== view.checkoutId) return state;
      // A paid checkout stays paid: a stale poll answer (still "processing") must not take it back.
      if (state.status === 'succeeded') return state;
      if (state.status === 'failed' && state.view?.final && view.status === 'processing') return state;
      const key = 'idempotencyKey' in state ? state.idempotencyKey : undefined;
      if (view.status === 'succeeded') return { status: 'succeeded', checkoutId: view.checkoutId, view };
      if (view.status !== 'processing') {
        return { status: 'failed', failure: failureFromView(view), checkoutId: view.checkoutId, ...withKey(key), view };
      }
      // Still processing: a page that is redirecting keeps its plan (the buyer may still need the manual links).
      if (state.status === 'redirecting') return state;
      return { status: 'awaiting-return', checkoutId: view.checkoutId, ...withKey(key), view };
    }
    case 'failed': {
      // A transport error after the verdict (a late poll) does not turn a paid checkout into a failed one.
      if (state.status === 'succeeded') return state;
      const checkoutId = 'checkoutId' in state ? state.checkoutId : undefined;
      const key = 'idempotencyKey' in state ? state.idempotencyKey : undefined;
      return {
        status: 'failed',
        failure: action.failure,
        ...(checkoutId === undefined ? {} : { checkoutId }),
        ...withKey(key),
      };
    }
    case 'reset':
      return initialCheckoutState;
  }
}
