import {
  type BatchPayOutcome,
  type CashierRedirectPlan,
  type CheckoutView,
  type FailedOutcome,
  failedOutcome,
  kitFailureCodes,
  type PlanCashierRedirectOptions,
  planCashierRedirect,
  type RedirectAttempt,
  type RedirectEnvironment,
} from '@batchpay/core';

/*
 * The ONE checkout machine: the buyer's whole flow as a pure reducer with named actions (Downshift's reducer +
 * stateChangeTypes is the model). idle → submitting → redirecting (attempt i: waiting / the app did not open / the
 * buyer chose a link / cancelled / the page left) → awaiting-return (status polling) → succeeded | partially-paid |
 * failed. Every rule lives here and is tested without a DOM; `createCheckoutClient` carries out what it says.
 */

/**
 * Where the redirect is, for the attempt at `attemptIndex`:
 * - `idle`: planned, nothing opened yet;
 * - `waiting`: an app URL was opened; waiting (until `deadline`) to see whether the page gets hidden;
 * - `left`: the page was hidden or unloaded: the app or the cashier took over (the buyer may come back);
 * - `opened`: the cashier page (`normalUrl`) was opened; nothing more is tried;
 * - `manual`: the buyer chose the link at `attemptIndex` by hand; nothing more is tried automatically;
 * - `exhausted`: every URL was tried, the wait was cancelled, or no URL is usable: only the manual links remain.
 */
export type CashierRedirectStatus = 'idle' | 'waiting' | 'left' | 'opened' | 'manual' | 'exhausted';

/** The redirect part of the `redirecting` state: one position in the plan, owned here only. */
export interface RedirectPosition {
  plan: CashierRedirectPlan;
  /** Index into `plan.attempts` of the attempt opened (or chosen) last; 0 before the start (see `currentAttempt`). */
  attemptIndex: number;
  redirect: CashierRedirectStatus;
  /** Epoch ms at which the app counts as "did not open", while `waiting`; else null. */
  deadline: number | null;
  /** Epoch ms at which the current attempt was opened or chosen; null before the start. */
  startedAt: number | null;
  /** How long an app may take to open (from `redirectStarted`). */
  timeoutMs: number;
  /** Grows by one on every URL the client must open: a change tells it to navigate to `attempt`. */
  opens: number;
}

export type CheckoutState =
  | { status: 'idle' }
  | { status: 'submitting'; idempotencyKey: string }
  | ({
      status: 'redirecting';
      checkoutId: string;
      idempotencyKey: string;
      /** The wallet's Android package from the answer, for the `intent://` form of a scheme. */
      appIdentifier?: string | undefined;
      /** Status answers received while redirecting (the server's view, still not final). */
      polls: number;
      /** Status requests that failed since the last answer (see `awaiting-return`). */
      statusFailures: number;
      view?: CheckoutView | undefined;
    } & RedirectPosition)
  | {
      /** The buyer is back (or the answer could not be confirmed): the status is polled until it is final. */
      status: 'awaiting-return';
      checkoutId: string;
      idempotencyKey?: string | undefined;
      view?: CheckoutView | undefined;
      /** Status answers received so far, for the poll backoff. */
      polls: number;
      /**
       * Status requests that failed since the last answer: with no view yet, the page says it could not look the
       * payment up and offers a Retry; it also lengthens the wait before the next poll.
       */
      statusFailures: number;
      /** PAYMENT_UNCONFIRMED: money may have moved and nobody knows yet; never redirect, never offer a new batch. */
      unconfirmed: boolean;
    }
  | {
      status: 'succeeded';
      checkoutId: string;
      view?: CheckoutView | undefined;
      /** The direct `S` answer, when the payment succeeded without a redirect (its order summaries). */
      outcome?: Extract<BatchPayOutcome, { kind: 'succeeded' }>;
    }
  /** Some orders were paid, the others are final and not paid: never invites a second charge. */
  | { status: 'partially-paid'; checkoutId: string; view: CheckoutView }
  | {
      status: 'failed';
      failure: FailedOutcome;
      checkoutId?: string | undefined;
      idempotencyKey?: string | undefined;
      view?: CheckoutView | undefined;
    };

export type CheckoutStatusName = CheckoutState['status'];

/**
 * Where the buyer is, as the reducer plans the redirect with it: Antom's terminal and OS, and the browser (a plan
 * per browser, such as an intent on Android Chrome or a hidden iframe in a WebView, reads it). Core's type.
 */
export type PlanEnvironment = RedirectEnvironment;

export type CheckoutAction =
  /** Pay was pressed; `idempotencyKey` comes from `nextAttemptKey`. */
  | { type: 'submit'; idempotencyKey: string }
  /** The merchant backend answered `POST /api/checkouts` (`view`: the checkout read after a direct `S`). */
  | {
      type: 'answerReceived';
      checkoutId: string;
      outcome: BatchPayOutcome;
      env: PlanEnvironment;
      redirectOptions?: PlanCashierRedirectOptions | undefined;
      view?: CheckoutView | undefined;
    }
  /** `POST /api/checkouts` got no usable answer (after its retries), or was refused. */
  | { type: 'requestFailed'; failure: FailedOutcome }
  /** Open the first URL (auto start, or a click on "Pay now" when auto start is off). */
  | { type: 'redirectStarted'; now: number; timeoutMs: number }
  /** The wait for the app ended; `pageHidden`: the page was hidden then (the app opened), else go on. */
  | { type: 'appOpenTimedOut'; now: number; pageHidden: boolean }
  /** The buyer asked for the next way now ("Try another way"). */
  | { type: 'nextChosen'; now: number }
  /**
   * The buyer clicked manual link `index` (the browser follows the link itself): an index into the plan's attempts,
   * then its `manualOnly` URLs (see `cashierManualLinks`).
   */
  | { type: 'linkChosen'; index: number; now: number }
  /** The buyer stopped the wait: nothing more opens automatically. */
  | { type: 'cancelled' }
  /** The page was hidden or unloaded while redirecting: the app or the cashier took over. */
  | { type: 'pageHidden' }
  /**
   * The buyer is back: the page is visible again after it was left, came back from the back-forward cache, or was
   * opened on `?checkout=` (a new tab) or resumed from this tab's storage. `idempotencyKey`: the stored attempt's.
   */
  | { type: 'returned'; checkoutId: string; idempotencyKey?: string | undefined }
  /** The server's view of the checkout (`GET /api/checkouts/:id`). */
  | { type: 'statusUpdated'; view: CheckoutView }
  | { type: 'statusFailed'; checkoutId: string }
  | { type: 'reset' };

export type CheckoutActionType = CheckoutAction['type'];

/** Every action type, Downshift's `stateChangeTypes` as a list. */
export const checkoutActionTypes = [
  'submit',
  'answerReceived',
  'requestFailed',
  'redirectStarted',
  'appOpenTimedOut',
  'nextChosen',
  'linkChosen',
  'cancelled',
  'pageHidden',
  'returned',
  'statusUpdated',
  'statusFailed',
  'reset',
] as const satisfies readonly CheckoutActionType[];

export const initialCheckoutState: CheckoutState = { status: 'idle' };

/** Kit code of an answer that could not be confirmed (core's `kitFailureCodes.unconfirmed`). */
export const paymentUnconfirmedCode = kitFailureCodes.unconfirmed;

/** Whether a new submission may start, and with which Idempotency-Key. */
export type Submission =
  | { allowed: true; idempotencyKey: 'new' | { reuse: string } }
  | { allowed: false; reason: 'in-flight' | 'retry-never' | 'already-paid' | 'in-progress' };

/** Why each state other than idle and failed refuses a new submission. */
const refusals = {
  submitting: 'in-flight',
  redirecting: 'in-progress',
  'awaiting-return': 'in-progress',
  succeeded: 'already-paid',
  'partially-paid': 'already-paid',
} as const;

/**
 * The key rules of a checkout attempt: one key per attempt; a transport failure keeps the key (the server may have
 * created the batch, the same key finds it again); a failure that says "new request id" needs a new key; "never"
 * refuses; a batch that is live, unconfirmed or (partly) paid refuses.
 */
export function nextSubmission(state: CheckoutState): Submission {
  if (state.status === 'idle') return { allowed: true, idempotencyKey: 'new' };
  if (state.status !== 'failed') return { allowed: false, reason: refusals[state.status] };
  const { retry } = state.failure;
  if (retry === 'never') return { allowed: false, reason: 'retry-never' };
  const key = retry === 'same-request-id' ? state.idempotencyKey : undefined;
  return { allowed: true, idempotencyKey: key ? { reuse: key } : 'new' };
}

/** Whether the server's view says nothing more can change (`final`, and not `processing`). */
export function isFinalView(view: CheckoutView): boolean {
  return view.final && view.status !== 'processing';
}

/** The final state a final view gives: paid, partly paid (per order), or not paid. */
function finalState(view: CheckoutView, idempotencyKey: string | undefined): CheckoutState {
  const { checkoutId, status } = view;
  if (status === 'succeeded') return { status, checkoutId, view };
  if (view.orders.some((o) => o.status === 'succeeded')) return { status: 'partially-paid', checkoutId, view };
  const failure =
    view.failure ??
    failedOutcome(
      status === 'cancelled' ? 'ORDER_IS_CANCELED' : status === 'expired' ? 'ORDER_IS_CLOSED' : 'PROCESS_FAIL',
    );
  return { status: 'failed', failure, checkoutId, idempotencyKey, view };
}

/** The status is polled (no failed request since the last answer). */
function awaitingReturn(
  checkoutId: string,
  idempotencyKey: string | undefined,
  view: CheckoutView | undefined,
  polls: number,
  unconfirmed: boolean,
): CheckoutState {
  return { status: 'awaiting-return', checkoutId, idempotencyKey, view, polls, statusFailures: 0, unconfirmed };
}

type Redirecting = Extract<CheckoutState, { status: 'redirecting' }>;
type RedirectAction = Extract<
  CheckoutAction,
  { type: 'redirectStarted' | 'appOpenTimedOut' | 'nextChosen' | 'linkChosen' | 'cancelled' | 'pageHidden' }
>;

/** The attempt at the position, `plan.attempts[attemptIndex]`: null when the plan has none. */
export function currentAttempt(position: RedirectPosition): RedirectAttempt | null {
  return position.plan.attempts[position.attemptIndex] ?? null;
}

/** The position moved to `redirect`; `deadline` is null unless `changes` set it. */
function moved(state: Redirecting, redirect: CashierRedirectStatus, changes?: Partial<RedirectPosition>): Redirecting {
  return { ...state, deadline: null, ...changes, redirect };
}

/** The position at attempt `index`, opened now (`opens` grows: the client navigates). */
function openAttempt(state: Redirecting, index: number, now: number, timeoutMs = state.timeoutMs): Redirecting {
  const attempt = state.plan.attempts[index];
  if (!attempt) return moved(state, 'exhausted');
  const isApp = attempt.kind !== 'normal';
  return moved(state, isApp ? 'waiting' : 'opened', {
    attemptIndex: index,
    deadline: isApp ? now + timeoutMs : null,
    startedAt: now,
    timeoutMs,
    opens: state.opens + 1,
  });
}

function redirectReducer(state: Redirecting, action: RedirectAction): Redirecting {
  const { redirect, attemptIndex } = state;
  switch (action.type) {
    case 'redirectStarted':
      return redirect === 'idle' ? openAttempt(state, attemptIndex, action.now, action.timeoutMs) : state;
    case 'appOpenTimedOut':
      if (redirect !== 'waiting') return state;
      return action.pageHidden ? moved(state, 'left') : openAttempt(state, attemptIndex + 1, action.now);
    case 'nextChosen':
      if (redirect === 'idle') return openAttempt(state, attemptIndex, action.now);
      return state.plan.attempts.length === 0 ? state : openAttempt(state, attemptIndex + 1, action.now);
    case 'linkChosen': {
      const { index, now } = action;
      const { attempts, manualOnly } = state.plan;
      const attempt = attempts[index];
      // A link the plan does not fire by itself (after its attempts): the buyer goes on by hand, nothing else opens.
      const handOnly = index >= attempts.length && index < attempts.length + manualOnly.length;
      if (!attempt && !handOnly) return state;
      return moved(state, 'manual', { startedAt: now, ...(attempt && { attemptIndex: index }) });
    }
    case 'cancelled':
      return redirect === 'waiting' || redirect === 'idle' ? moved(state, 'exhausted') : state;
    case 'pageHidden':
      return redirect === 'idle' || redirect === 'left' ? state : moved(state, 'left');
  }
}

function answerState(
  idempotencyKey: string,
  { checkoutId, outcome, env, redirectOptions, view }: Extract<CheckoutAction, { type: 'answerReceived' }>,
): CheckoutState {
  if (outcome.kind === 'succeeded') {
    const paid = view?.checkoutId === checkoutId && view.status === 'succeeded' ? view : undefined;
    return { status: 'succeeded', checkoutId, outcome, view: paid };
  }
  if (outcome.kind === 'failed') {
    return outcome.code === paymentUnconfirmedCode
      ? awaitingReturn(checkoutId, idempotencyKey, undefined, 0, true)
      : { status: 'failed', failure: outcome, checkoutId, idempotencyKey };
  }
  // The batch is live at Antom (PAYMENT_IN_PROCESS): even with no usable URL it is never "not paid" nor retried.
  const { appIdentifier } = outcome;
  const plan = planCashierRedirect(outcome.urls, env, { appIdentifier, ...redirectOptions });
  const first = plan.attempts[0];
  return {
    status: 'redirecting',
    checkoutId,
    idempotencyKey,
    appIdentifier: appIdentifier || undefined,
    polls: 0,
    statusFailures: 0,
    plan,
    attemptIndex: 0,
    redirect: first ? 'idle' : 'exhausted',
    deadline: null,
    startedAt: null,
    timeoutMs: 0,
    opens: 0,
  };
}

function statusState(state: CheckoutState, view: CheckoutView): CheckoutState {
  // While a submission is in flight its checkout is not known yet: a view is a late answer about an older one.
  if (state.status === 'idle' || state.status === 'submitting' || state.checkoutId !== view.checkoutId) return state;
  // A paid checkout stays paid; a final verdict is not taken back by a stale poll answer.
  if (state.status === 'succeeded' || state.status === 'partially-paid') return state;
  if (state.status === 'failed' && state.view && isFinalView(state.view)) return state;
  if (isFinalView(view)) return finalState(view, state.idempotencyKey);
  // Still processing: never "not paid", never a new batch. A redirecting page keeps its plan and position.
  if (state.status === 'redirecting') return { ...state, view, polls: state.polls + 1, statusFailures: 0 };
  const watched = state.status === 'awaiting-return';
  return awaitingReturn(
    view.checkoutId,
    state.idempotencyKey,
    view,
    watched ? state.polls + 1 : 1,
    watched && state.unconfirmed,
  );
}

export function checkoutReducer(state: CheckoutState, action: CheckoutAction): CheckoutState {
  switch (action.type) {
    case 'submit':
      return nextSubmission(state).allowed ? { status: 'submitting', idempotencyKey: action.idempotencyKey } : state;
    case 'answerReceived':
      return state.status === 'submitting' ? answerState(state.idempotencyKey, action) : state;
    case 'requestFailed':
      // Only the request in flight can fail: a late error never turns a live or paid checkout into "not paid".
      return state.status === 'submitting'
        ? { status: 'failed', failure: action.failure, idempotencyKey: state.idempotencyKey }
        : state;
    case 'returned': {
      if (state.status === 'succeeded' || state.status === 'partially-paid' || state.status === 'submitting') {
        return state;
      }
      const same = 'checkoutId' in state && state.checkoutId === action.checkoutId;
      // The buyer is back from the cashier this page sent them to: the key and the view go on.
      const left = same && state.status === 'redirecting' ? state : undefined;
      // A verdict or a watch of the same checkout stays as it is.
      if (same && !left) return state;
      return awaitingReturn(action.checkoutId, action.idempotencyKey ?? left?.idempotencyKey, left?.view, 0, false);
    }
    case 'statusUpdated':
      return statusState(state, action.view);
    case 'statusFailed':
      // The status could not be asked: counted (a Retry is offered, the next poll waits longer), and nothing else
      // changes: an unreachable server is not a verdict.
      return (state.status === 'awaiting-return' || state.status === 'redirecting') &&
        state.checkoutId === action.checkoutId
        ? { ...state, statusFailures: state.statusFailures + 1 }
        : state;
    case 'reset':
      return initialCheckoutState;
    default:
      // The redirect actions move the position of a redirecting checkout only.
      return state.status === 'redirecting' ? redirectReducer(state, action) : state;
  }
}
