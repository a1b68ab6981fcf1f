import type { PlanCashierRedirectOptions } from '@batchpay/core';
import {
  type BatchPayEvent,
  BatchPayProvider,
  type BatchPayTransport,
  type CheckoutState,
  type DetectedEnvironment,
  type PaymentMethodChoice,
  readCheckoutIdFromUrl,
  useBatchPay,
  useCart,
  useOptionalBatchPayContext,
} from '@batchpay/react';
import type { QueryClient } from '@tanstack/react-query';
import { type ComponentType, type ReactNode, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { CashierRedirect } from './CashierRedirect.js';
import { CombinedOrderSummary } from './CombinedOrderSummary.js';
import { describeResult, type ResultKind, type ResultOrder, UNCONFIRMED_CODE } from './describeResult.js';
import { LoadError } from './LoadError.js';
import { BatchPayMessagesProvider, useMessages } from './messages/BatchPayMessagesProvider.js';
import type { MessageOverrides, Messages } from './messages/Messages.js';
import { PayButton } from './PayButton.js';
import { PaymentMethodPicker } from './PaymentMethodPicker.js';
import { PaymentResult } from './PaymentResult.js';
import type { QrCodeProps } from './QrCode.js';
import { ResultSkeleton } from './ResultSkeleton.js';
import { SummarySkeleton } from './SummarySkeleton.js';
import { useCheckoutSettings } from './useCheckoutSettings.js';

interface BatchPayCheckoutBaseProps {
  /** The cart to pay; the server loads it and computes every amount itself. */
  cartId: string;
  /** BCP 47 locale for text and amounts, e.g. `ko-KR`. Pass its catalogue in `catalogues`. */
  locale?: string | undefined;
  /** ISO 3166 alpha-2 region of the buyer: the picker lists its wallets first. */
  userRegion?: string | undefined;
  /** Message catalogues you load (`import { ko } from '@batchpay/ui/locales/ko'`); English is always there. */
  catalogues?: readonly Messages[] | undefined;
  /** Your wording for any string. */
  messages?: MessageOverrides | undefined;
  /** Typed events: pay started, answer, redirect attempts, return, status, failure. */
  onEvent?: ((event: BatchPayEvent) => void) | undefined;
  /** Your react-query client. */
  queryClient?: QueryClient | undefined;
  /** Options of core's redirect plan, e.g. `{ allowInsecureLocalhost: true }` for the offline sandbox. */
  redirectOptions?: PlanCashierRedirectOptions | undefined;
  /** Antom's env; detected from the user agent when not given. */
  env?: DetectedEnvironment | undefined;
  /** How long to wait for a wallet app to open before the next way is tried (ms). */
  appOpenTimeoutMs?: number | undefined;
  /** The QR code for desktop buyers: `import { QrCode } from '@batchpay/ui/qr'`. Absent: no QR encoder loaded. */
  qrCode?: ComponentType<QrCodeProps> | undefined;
  /** The method selected at first, e.g. from your `?method=` after "Try again" on another page. */
  defaultPaymentMethod?: string | undefined;
  /**
   * The page's URL where there is no `location` (server rendering, prerendering), read for `?checkout=` as the
   * browser's URL is: a return page's HTML then shows the checking state. Give the same URL while hydrating.
   */
  serverUrl?: string | undefined;
  /**
   * "Try again" or "Choose another payment method" on a result: called with the method to keep (or undefined), for
   * a shop that starts over on its checkout page. Without it, the form comes back in place.
   */
  onStartOver?: ((paymentMethodType: string | undefined) => void) | undefined;
  /** Where "Contact the seller" leads. */
  contactHref?: string | undefined;
  /** For a partly paid checkout: start a new checkout of only the unpaid orders (a new cart on your server). */
  onPayRemaining?: ((unpaidOrders: readonly ResultOrder[]) => void) | undefined;
  /** Slot: your logo or brand line above the checkout. */
  logo?: ReactNode;
  /** Render prop above the checkout, told what the buyer sees now: e.g. your page's `h1` for each step. */
  header?: ((state: BatchPayCheckoutState) => ReactNode) | undefined;
  /**
   * Slot under the checkout: text, or a render prop told what the buyer sees (e.g. "Continue shopping" once paid).
   * Default: the catalogue's security note under the Pay button. `null` shows none.
   */
  footer?: ReactNode | ((state: BatchPayCheckoutState) => ReactNode);
  /** Your logo for a payment method (see `PaymentMethodPicker`). */
  renderMethodLogo?: ((method: PaymentMethodChoice) => ReactNode) | undefined;
  /**
   * What to expect while loading, so the placeholders take the place of what comes (no layout shift): the number
   * of sellers in the cart (also the order rows of a result that loads) and of payment methods. Default 2 and 3.
   */
  placeholders?: { sellers?: number | undefined; methods?: number | undefined } | undefined;
  /** Level of the section headings (default 2: the page's `h1` is yours). */
  headingLevel?: 2 | 3 | undefined;
}

/**
 * The backend: where the merchant API is mounted, your own transport, or neither when the checkout sits inside your
 * own `BatchPayProvider`.
 */
export type BatchPayCheckoutProps = BatchPayCheckoutBaseProps &
  (
    | {
        /** Where `@batchpay/server`'s routes are: `"/api"`, `"https://shop.example/api"`, or the origin alone. */
        apiBaseUrl: string;
        transport?: undefined;
      }
    | { transport: BatchPayTransport; apiBaseUrl?: undefined }
    | { apiBaseUrl?: undefined; transport?: undefined }
  );

/**
 * What the drop-in shows, also its `data-state`: the form (`loading`, `error` when the cart did not load, `ready`,
 * `submitting`), `redirecting`, the return page while its status loads (`checking`, `status-error`), or a result.
 */
export type BatchPayCheckoutState =
  | 'loading'
  | 'error'
  | 'ready'
  | 'submitting'
  | 'redirecting'
  | 'checking'
  | 'status-error'
  | Exclude<ResultKind, 'none'>;

/** The provider's base is the origin (the routes are `/api/...`): `"/api"` and `"https://shop.example/api/"` map to it. */
export function apiOrigin(apiBaseUrl: string): string {
  return apiBaseUrl.replace(/\/+$/, '').replace(/\/api$/, '');
}

const subscribeNever = () => () => {};
const noCheckoutId = () => null;

/** `?checkout=` of the page; on the server and while hydrating that of `serverUrl` (none without), so the HTML matches. */
function useReturnCheckoutId(serverUrl: string | undefined): string | null {
  return useSyncExternalStore(
    subscribeNever,
    () => readCheckoutIdFromUrl(),
    serverUrl === undefined ? noCheckoutId : () => readCheckoutIdFromUrl(serverUrl),
  );
}

/**
 * The whole checkout in one component: the orders per merchant, the payment methods sorted for the buyer's region,
 * Pay, the way to the cashier (manual links, the opt-in QR code on a desktop) and the result of each order. On the
 * page the buyer returns to (`?checkout=…`) the same component shows the result: no state switch for the merchant.
 * While something loads it holds its place (fixed-size placeholders); a load error shows with Retry.
 */
export function BatchPayCheckout(props: BatchPayCheckoutProps): ReactNode {
  const { apiBaseUrl, transport, queryClient, locale, userRegion, onEvent, catalogues, messages } = props;
  const outer = useOptionalBatchPayContext();
  let body: ReactNode = <CheckoutBody {...props} />;
  if (catalogues || messages || locale) {
    body = (
      <BatchPayMessagesProvider catalogues={catalogues} overrides={messages} locale={locale}>
        {body}
      </BatchPayMessagesProvider>
    );
  }
  if (outer && apiBaseUrl === undefined && transport === undefined) return body;
  return (
    <BatchPayProvider
      {...(transport ? { transport } : { apiBaseUrl: apiOrigin(apiBaseUrl ?? '') })}
      queryClient={queryClient}
      locale={locale || undefined}
      userRegion={userRegion || undefined}
      onEvent={onEvent}
    >
      {body}
    </BatchPayProvider>
  );
}

type Phase = 'checkout' | 'redirecting' | 'result';

function phaseOf(state: CheckoutState, returning: boolean): Phase {
  // `returning`: the page has `?checkout=` and the buyer has not started over.
  if (state.status === 'redirecting') return 'redirecting';
  if (state.status === 'idle') return returning ? 'result' : 'checkout';
  if (state.status === 'submitting') return 'checkout';
  if (state.status === 'failed') {
    // A failure before anything reached Antom keeps the form (with the reason and the way forward); a failure the
    // server recorded for this checkout, or an unconfirmed answer, is a result.
    return state.view || state.failure.code === UNCONFIRMED_CODE ? 'result' : 'checkout';
  }
  return 'result';
}

/** Back on the page with only the checkout id: no view yet and nothing the answer said (e.g. unconfirmed). */
function awaitingFirstWord(state: CheckoutState): boolean {
  return state.status === 'awaiting-return' && !state.view && !state.unconfirmed;
}

function CheckoutBody(props: BatchPayCheckoutProps): ReactNode {
  const {
    cartId,
    userRegion,
    redirectOptions,
    env,
    appOpenTimeoutMs,
    qrCode,
    contactHref,
    onPayRemaining,
    defaultPaymentMethod,
    serverUrl,
    onStartOver,
    logo,
    header,
    footer,
    renderMethodLogo,
    placeholders,
    headingLevel = 2,
  } = props;
  const m = useMessages(useCheckoutSettings().locale);
  const returnId = useReturnCheckoutId(serverUrl);
  const cart = useCart(cartId);
  const checkout = useBatchPay({ env, userRegion: userRegion || undefined, redirectOptions });
  const { state } = checkout;
  const [method, setMethod] = useState(defaultPaymentMethod ?? '');
  // After "Try again" on the return page the buyer is back at the form, although `?checkout=` is still in the URL.
  const [startedOver, setStartedOver] = useState(false);
  const pickerRef = useRef<HTMLDivElement>(null);
  const paymentHeadingId = useId();
  const hintId = useId();
  const Heading = `h${headingLevel}` as const;
  const returning = returnId !== null && !startedOver;
  const phase = phaseOf(state, returning);

  // When the step changes (Pay → redirect → result → start over), the control that had the focus is gone: keyboard
  // and screen-reader users continue at the top of the new step, not at the start of the page.
  const contentRef = useRef<HTMLDivElement>(null);
  const lastPhase = useRef(phase);
  useEffect(() => {
    if (lastPhase.current === phase) return;
    lastPhase.current = phase;
    // Only a lost focus moves: a buyer focused elsewhere on the shop's page stays there.
    const active = document.activeElement;
    if (!active || active === document.body) contentRef.current?.focus();
  }, [phase]);

  const pay = () => (method ? checkout.pay({ cartId, paymentMethodType: method }) : undefined);
  const focusPicker = () =>
    requestAnimationFrame(() => pickerRef.current?.querySelector<HTMLElement>('[role="radio"][tabindex="0"]')?.focus());
  /** Back to the form: with the same method ("Try again") or none ("Choose another payment method"). */
  const startOver = (keepMethod: boolean, fromResult = true) => {
    const shownView = 'view' in state ? state.view : undefined;
    const previous = shownView?.paymentMethodType || method;
    checkout.reset();
    if (onStartOver && fromResult) {
      onStartOver(keepMethod && previous ? previous : undefined);
      return;
    }
    setStartedOver(true);
    setMethod(keepMethod ? previous : '');
    focusPicker();
  };

  const orders = cart.cart?.orders;
  let content: ReactNode;
  let view: BatchPayCheckoutState;
  if (phase === 'redirecting') {
    view = 'redirecting';
    content = (
      <CashierRedirect
        paymentMethodType={method || undefined}
        terminalType={env?.terminalType}
        timeoutMs={appOpenTimeoutMs}
        qrCode={qrCode}
        headingLevel={headingLevel}
      />
    );
  } else if (phase === 'result') {
    // The machine's state alone: it polls the server while it waits, and counts the requests that failed.
    const awaiting = state.status === 'awaiting-return' ? state : null;
    if (awaiting && !awaiting.view && awaiting.statusFailures > 0) {
      view = 'status-error';
      content = (
        <section className="bp-result" data-state="error" aria-label={m.result.statusLoadError}>
          <LoadError message={m.result.statusLoadError} retryLabel={m.common.reload} onRetry={checkout.refreshStatus} />
        </section>
      );
    } else if (state.status === 'idle' || awaitingFirstWord(state)) {
      // Before the server's first word (a return page, or back in the tab) the machine knows only the id, not the
      // orders: the result's place is held.
      view = 'checking';
      content = <ResultSkeleton label={m.result.checking} note={m.result.updatesItself} rows={placeholders?.sellers} />;
    } else {
      const kind = describeResult(state).kind;
      view = kind === 'none' ? 'checking' : kind;
      content = (
        <PaymentResult
          state={state}
          orders={orders}
          onChooseAnotherMethod={() => startOver(false)}
          onRetry={() => startOver(true)}
          onPayRemaining={onPayRemaining}
          contactHref={contactHref}
          headingLevel={headingLevel}
        />
      );
    }
  } else {
    const failed = state.status === 'failed' ? state : null;
    view =
      cart.error && !cart.cart
        ? 'error'
        : cart.isLoading
          ? 'loading'
          : state.status === 'submitting'
            ? 'submitting'
            : 'ready';
    content = (
      <div className="bp-checkout__layout">
        {cart.cart ? (
          <CombinedOrderSummary
            orders={cart.cart.orders}
            paymentAmount={cart.cart.paymentAmount}
            headingLevel={headingLevel}
          />
        ) : cart.error ? (
          <section className="bp-summary" data-state="error" aria-label={m.summary.heading}>
            <LoadError message={m.summary.loadError} retryLabel={m.common.reload} onRetry={cart.refetch} />
          </section>
        ) : (
          <SummarySkeleton label={m.summary.loading} rows={placeholders?.sellers} />
        )}
        <section className="bp-checkout__pay" aria-labelledby={paymentHeadingId}>
          <Heading id={paymentHeadingId} className="bp-heading">
            {m.checkout.paymentHeading}
          </Heading>
          <div ref={pickerRef}>
            <PaymentMethodPicker
              value={method}
              onValueChange={setMethod}
              renderLogo={renderMethodLogo}
              placeholderRows={placeholders?.methods}
            />
          </div>
          {failed ? (
            <PaymentResult
              state={failed}
              orders={orders}
              onRetry={() => void pay()}
              onChooseAnotherMethod={() => startOver(false, false)}
              contactHref={contactHref}
              headingLevel={(headingLevel + 1) as 3 | 4}
            />
          ) : null}
          <PayButton
            amount={cart.cart?.paymentAmount}
            onPay={pay}
            submitting={state.status === 'submitting'}
            disabled={!method || !checkout.canPay || !cart.cart}
            aria-describedby={method ? undefined : hintId}
          />
          {method ? null : (
            <p id={hintId} className="bp-muted">
              {m.checkout.chooseMethod}
            </p>
          )}
          {footer === undefined ? <p className="bp-muted bp-checkout__footer">{m.checkout.securityNote}</p> : null}
        </section>
      </div>
    );
  }

  return (
    <div className="bp-checkout" data-state={view}>
      {logo ? <div className="bp-checkout__logo">{logo}</div> : null}
      {header?.(view)}
      <div ref={contentRef} className="bp-checkout__content" tabIndex={-1}>
        {content}
      </div>
      {footer !== undefined && footer !== null ? (
        <div className="bp-checkout__footer">{typeof footer === 'function' ? footer(view) : footer}</div>
      ) : null}
    </div>
  );
}
