import type { CheckoutView, CreateCheckoutResponse, PlanCashierRedirectOptions, RedirectAttempt } from '@batchpay/core';
import type { BatchPayEvent } from './BatchPayEvent.js';
import { type BrowserEffects, browserEffects } from './browserEffects.js';
import { type BatchPayTransport, callMerchantApi } from './callMerchantApi.js';
import type { CashierTarget } from './cashierManualLinks.js';
import { checkoutIdFromUrl } from './checkoutIdFromUrl.js';
import { type CheckoutAction, type CheckoutState, currentAttempt, initialCheckoutState } from './checkoutReducer.js';
import { checkoutStep } from './checkoutStep.js';
import { antomEnv, type DetectedEnvironment, detectEnvironment } from './detectEnvironment.js';
import { failedOutcomeFromError } from './failedOutcomeFromError.js';
import { insecureLocalhostWarning } from './insecureLocalhostWarning.js';
import { checkoutRequest, createCheckoutRequest, type MerchantApiRequest } from './merchantApiRequests.js';
import { type CheckoutAttemptInput, nextAttemptKey } from './nextAttemptKey.js';
import type { PendingCheckout } from './pendingCheckout.js';
import { pendingCheckoutIn } from './pendingCheckoutStorage.js';
import { type RetryPolicy, resolveRetryPolicy, retryDelay, shouldRetryRequest } from './retryPolicy.js';
import { type StatusPollingOptions, statusPollDelay } from './statusPollDelay.js';
import { transportFor } from './transportFor.js';

/** How the redirect to the cashier is carried out. */
export interface RedirectSettings {
  /** How long to wait for the app to open before trying the next URL. Default 5000 ms (as Antom's web SDK). */
  timeoutMs?: number | undefined;
  /** Where `normalUrl` opens. Default `same-tab`. */
  normalUrlTarget?: CashierTarget | undefined;
  /** Open the first URL as soon as the answer is there (default true). False: call `startRedirect()` in a click. */
  autoStart?: boolean | undefined;
  /**
   * Android package of the wallet, put into the `intent://` on Android Chrome; default: the answer's
   * `appIdentifier`. Dropped (with the plan's `appIdentifierDropped`) when it is not an Android package name.
   */
  appIdentifier?: string | undefined;
  /** Called when an attempt is opened (index into `plan.attempts`). */
  onAttempt?: ((attempt: RedirectAttempt, index: number) => void) | undefined;
  /** Called when an app attempt did not open the app within the timeout, before the next is tried. */
  onAppDidNotOpen?: ((attempt: RedirectAttempt, index: number, afterMs: number) => void) | undefined;
}

export interface CheckoutClientOptions {
  /** Base URL of the merchant backend (@batchpay/server), e.g. `https://shop.example` or `/`. */
  apiBaseUrl?: string | undefined;
  /** Sends the requests yourself (auth headers, another client); default `createFetchTransport(apiBaseUrl)`. */
  transport?: BatchPayTransport | undefined;
  /** Replaces some of the browser effects (timers, visibility, navigation, storage, URL, keys, console). */
  effects?: Partial<BrowserEffects> | undefined;
  /** Where the buyer is; default `detectEnvironment()` at `pay()` time. */
  environment?: DetectedEnvironment | (() => DetectedEnvironment) | undefined;
  /** Options of core's redirect plan, e.g. `{ allowInsecureLocalhost: true }` for a local sandbox. */
  redirectOptions?: PlanCashierRedirectOptions | undefined;
  redirect?: RedirectSettings | undefined;
  /** How failed requests are sent again (same key). */
  retry?: Partial<RetryPolicy> | undefined;
  /** The status poll while the buyer is away or back; `false` turns it off. */
  statusPolling?: StatusPollingOptions | false | undefined;
  /** Buyer region sent with the checkout (ISO 3166 alpha-2). */
  userRegion?: string | undefined;
  /** Resume from `?checkout=` or this tab's storage on `mount()`. Default true. */
  resume?: boolean | undefined;
  /** Typed events for analytics and logs; an error thrown here never breaks the checkout. */
  onEvent?: ((event: BatchPayEvent) => void) | undefined;
  /** The state to start from (stories, a server that knows it); default idle. Resume runs only from idle. */
  initialState?: CheckoutState | undefined;
}

/** The framework-free checkout: one machine, an observable store (`subscribe` / `getSnapshot`), and its effects. */
export interface CheckoutClient {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => CheckoutState;
  /** One action of the machine (see `checkoutReducer`), with its events, storage and navigation carried out. */
  dispatch: (action: CheckoutAction) => void;
  /** Starts a checkout. Sends nothing while one is in flight, is live or paid, or after a failure that says "never". */
  pay: (input: CheckoutAttemptInput) => Promise<CheckoutState>;
  /** Back to idle; the next `pay()` uses a new key. */
  reset: () => void;
  /** Opens the first URL (inside a click when `autoStart` is off). */
  startRedirect: () => void;
  /** Skips the wait and opens the next URL now. */
  tryNext: () => void;
  /** The buyer clicked the manual link of attempt `index` (the link navigates by itself). */
  chooseLink: (index: number) => void;
  /** Stops waiting; no further URL is opened automatically. */
  cancelRedirect: () => void;
  /** Asks the server for the status now (a Retry after "could not look up this payment"); while one is watched. */
  refreshStatus: () => void;
  /** Starts the timers, the page listeners and (once) the resume; answers the stop. Call it in the browser only. */
  mount: () => () => void;
  /** Changes options later (a re-rendered provider or hook); undefined fields keep their value. */
  setOptions: (options: CheckoutClientOptions) => void;
  /** The clock of the effects, epoch ms (for countdowns). */
  now: () => number;
  /** The redirect settings in force. */
  redirectSettings: () => Readonly<RedirectSettings>;
}

const defaultTimeoutMs = 5000;

function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** One pending timer, known by a key (null: none); arming it again runs only the new one. */
function timerSlot(effects: () => BrowserEffects) {
  let armed: { key: unknown; cancel: () => void } | null = null;
  return {
    /** Whether it is armed for `key`; a timer armed for another key is cancelled. */
    holds(key: unknown): boolean {
      if (armed && armed.key !== key) {
        armed.cancel();
        armed = null;
      }
      return armed !== null;
    },
    arm(key: unknown, run: () => void, ms: number): void {
      armed = {
        key,
        cancel: effects().setTimer(() => {
          armed = null;
          run();
        }, ms),
      };
    },
  };
}

/**
 * Creates the checkout client (TanStack's QueryClient is the model): no effect runs before `mount()` or an action,
 * so it is safe to create on a server and twice in StrictMode.
 */
export function createCheckoutClient(options: CheckoutClientOptions = {}): CheckoutClient {
  let settings: CheckoutClientOptions = { ...options };
  let redirect: RedirectSettings = { ...options.redirect };
  let effects: BrowserEffects = { ...browserEffects(), ...options.effects };
  let transport = makeTransport();
  let state: CheckoutState = options.initialState ?? initialCheckoutState;
  /** The attempt being paid (or resumed from storage): its key is reused for the same order where core says so. */
  let attempt: PendingCheckout | null = null;
  const listeners = new Set<() => void>();
  let mounts = 0;
  let resumed = false;
  let stopPage: (() => void) | null = null;
  /** The app-open timer (keyed by its deadline) and the status poll's (by checkout, polls and failures). */
  const deadlineTimer = timerSlot(() => effects);
  const pollTimer = timerSlot(() => effects);
  let pollInFlight = false;

  function makeTransport(): BatchPayTransport {
    return transportFor('createCheckoutClient', settings);
  }

  function emit(event: BatchPayEvent): void {
    try {
      settings.onEvent?.(event);
    } catch {
      // an analytics callback must never break the checkout
    }
    try {
      if (state.status !== 'redirecting' || !('index' in event)) return;
      const at = state.plan.attempts[event.index];
      if (!at) return;
      if (event.type === 'redirect-attempt') redirect.onAttempt?.(at, event.index);
      else redirect.onAppDidNotOpen?.(at, event.index, event.afterMs);
    } catch {
      // a callback must never break the redirect
    }
  }

  function environment(): DetectedEnvironment {
    const given = settings.environment;
    return typeof given === 'function' ? given() : (given ?? detectEnvironment());
  }

  function dispatch(action: CheckoutAction): void {
    const before = state;
    const step = checkoutStep(before, action, attempt);
    if (step.state === before) return;
    state = step.state;
    if (step.pending !== undefined) pendingCheckoutIn(effects.storage, step.pending);
    for (const event of step.events) {
      emit(event);
      // The machine opened an attempt: the plan chose how (location, iframe, anchor) and what (an intent:// on
      // Android Chrome) for this browser.
      const opened = event.type === 'redirect-attempt' && state.status === 'redirecting' && currentAttempt(state);
      if (opened) {
        const { kind, href, fire } = opened;
        const target: CashierTarget = kind === 'normal' ? (redirect.normalUrlTarget ?? 'same-tab') : 'same-tab';
        effects.navigate(href, { kind, target, fire });
      }
    }
    for (const listener of [...listeners]) listener();
    reconcile();
  }

  /** Arms or clears the app-open timer and the status poll for the state now (only while mounted). */
  function reconcile(): void {
    const waitingUntil =
      mounts > 0 && state.status === 'redirecting' && state.redirect === 'waiting' ? state.deadline : null;
    if (!deadlineTimer.holds(waitingUntil) && waitingUntil !== null) {
      if (effects.pageIsHidden()) {
        dispatch({ type: 'pageHidden' });
        return;
      }
      deadlineTimer.arm(
        waitingUntil,
        () => dispatch({ type: 'appOpenTimedOut', now: effects.now(), pageHidden: effects.pageIsHidden() }),
        Math.max(0, waitingUntil - effects.now()),
      );
    }
    schedulePoll();
  }

  function schedulePoll(): void {
    const polling = settings.statusPolling;
    const watch =
      mounts > 0 &&
      polling !== false &&
      (state.status === 'awaiting-return' || (state.status === 'redirecting' && state.redirect === 'exhausted'));
    const polled = watch && 'polls' in state ? state : null;
    const key = polled ? `${polled.checkoutId}:${polled.polls}:${polled.statusFailures}` : null;
    if (pollTimer.holds(key) || !polled || key === null || pollInFlight) return;
    const { checkoutId, polls, statusFailures } = polled;
    const delay =
      polled.status === 'awaiting-return' && polls === 0 && statusFailures === 0
        ? 0
        : statusPollDelay(Math.max(0, polls - 1) + statusFailures, polling || {});
    pollTimer.arm(key, () => void poll(checkoutId), delay);
  }

  async function poll(checkoutId: string): Promise<void> {
    pollInFlight = true;
    let view: CheckoutView | undefined;
    try {
      view = await callMerchantApi(transport, checkoutRequest(checkoutId));
    } catch {
      view = undefined;
    }
    pollInFlight = false;
    const before = state;
    dispatch(view ? { type: 'statusUpdated', view } : { type: 'statusFailed', checkoutId });
    if (state === before) schedulePoll();
  }

  function refreshStatus(): void {
    if (pollInFlight || !('polls' in state) || mounts === 0) return;
    pollTimer.holds(null);
    void poll(state.checkoutId);
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      effects.setTimer(resolve, ms);
    });
  }

  /** One request with the retry policy: offline, 5xx, 409 in progress and 429 again with the same key. */
  async function send<T>(request: MerchantApiRequest<T>): Promise<T> {
    const policy = resolveRetryPolicy(settings.retry);
    for (let failures = 0; ; failures += 1) {
      try {
        return await callMerchantApi(transport, request);
      } catch (error) {
        if (!shouldRetryRequest(policy, failures, error)) throw error;
        await sleep(retryDelay(policy, failures, error));
      }
    }
  }

  async function pay(input: CheckoutAttemptInput): Promise<CheckoutState> {
    const idempotencyKey = nextAttemptKey(state, attempt, input, effects.createKey);
    if (idempotencyKey === null) return state;
    const { cartId, paymentMethodType } = input;
    attempt = { idempotencyKey, cartId, paymentMethodType, startedAt: effects.now() };
    dispatch({ type: 'submit', idempotencyKey });
    const where = environment();
    const env = antomEnv(where);
    const { userRegion, redirectOptions } = settings;
    const stillOurs = () => state.status === 'submitting' && state.idempotencyKey === idempotencyKey;
    let answer: CreateCheckoutResponse;
    try {
      answer = await send(
        createCheckoutRequest(
          { cartId, paymentMethodType, env, ...(userRegion ? { userRegion } : {}) },
          idempotencyKey,
        ),
      );
    } catch (error) {
      if (stillOurs()) dispatch({ type: 'requestFailed', failure: failedOutcomeFromError(error) });
      return state;
    }
    // A direct S: read the checkout once, so the paid state shows its orders (it is paid without it too).
    const view =
      answer.outcome.kind === 'succeeded'
        ? await callMerchantApi(transport, checkoutRequest(answer.checkoutId)).catch(() => undefined)
        : undefined;
    if (!stillOurs()) return state;
    dispatch({
      type: 'answerReceived',
      checkoutId: answer.checkoutId,
      outcome: answer.outcome,
      env: where,
      redirectOptions: redirect.appIdentifier
        ? { ...redirectOptions, appIdentifier: redirect.appIdentifier }
        : redirectOptions,
      view,
    });
    if (state.status === 'redirecting') {
      const warning = insecureLocalhostWarning(state.plan);
      if (warning) effects.warn(warning);
      if (redirect.autoStart ?? true) startRedirect();
    }
    return state;
  }

  function startRedirect(): void {
    dispatch({ type: 'redirectStarted', now: effects.now(), timeoutMs: redirect.timeoutMs ?? defaultTimeoutMs });
  }

  function resume(): void {
    if (resumed || settings.resume === false || state.status !== 'idle') return;
    resumed = true;
    const pending = pendingCheckoutIn(effects.storage);
    if (pending) attempt = pending;
    const checkoutId = checkoutIdFromUrl(effects.href()) ?? pending?.checkoutId;
    if (!checkoutId) return;
    const samePending = pending && (pending.checkoutId === undefined || pending.checkoutId === checkoutId);
    dispatch({ type: 'returned', checkoutId, idempotencyKey: samePending ? pending.idempotencyKey : undefined });
  }

  function onPage(change: 'hidden' | 'visible' | 'unloaded' | 'restored'): void {
    if (state.status !== 'redirecting') return;
    if (change === 'hidden' || change === 'unloaded') dispatch({ type: 'pageHidden' });
    else if (change === 'restored' || state.redirect === 'left') {
      dispatch({ type: 'returned', checkoutId: state.checkoutId });
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => state,
    dispatch,
    pay,
    reset() {
      dispatch({ type: 'reset' });
      attempt = null;
    },
    startRedirect,
    tryNext: () => dispatch({ type: 'nextChosen', now: effects.now() }),
    chooseLink: (index) => dispatch({ type: 'linkChosen', index, now: effects.now() }),
    cancelRedirect: () => dispatch({ type: 'cancelled' }),
    refreshStatus,
    mount() {
      mounts += 1;
      if (mounts === 1) stopPage = effects.onPageChange(onPage);
      resume();
      reconcile();
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        mounts -= 1;
        if (mounts > 0) return;
        stopPage?.();
        stopPage = null;
        deadlineTimer.holds(null);
        pollTimer.holds(null);
      };
    },
    setOptions(next) {
      const before = settings;
      settings = { ...settings, ...definedFields(next) };
      if (next.redirect) redirect = { ...redirect, ...definedFields(next.redirect) };
      if (next.effects) effects = { ...effects, ...next.effects };
      if (settings.transport !== before.transport || settings.apiBaseUrl !== before.apiBaseUrl) {
        transport = makeTransport();
      }
    },
    now: () => effects.now(),
    redirectSettings: () => redirect,
  };
}
