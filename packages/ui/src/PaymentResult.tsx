import {
  type BatchPayOutcome,
  type CheckoutView,
  type FailedOutcome,
  formatAmount,
  type NextStep,
  type Order,
  type OrderStatus,
  resultCodeAction,
} from '@batchpay/core';
import { type ReactNode, useId } from 'react';
import { useMessages } from './messages/BatchPayMessagesProvider.js';
import { formatMessage } from './messages/formatMessage.js';
import type { MessageOverrides } from './messages/Messages.js';
import { failureMessage, resultMessage } from './resultMessage.js';
import { useCheckoutSettings } from './useCheckoutSettings.js';

export interface PaymentResultProps {
  /** The outcome of core's interpretation (`CreateCheckoutResponse.outcome`, or a failed state of `useBatchPay`). */
  outcome?: BatchPayOutcome;
  /** The checkout as the server knows it (`useBatchPayStatus().checkout`); wins over `outcome`. */
  status?: CheckoutView;
  /** The cart's orders, to show descriptions and merchant names when the result only has ids. */
  orders?: readonly Order[];
  /** Shown as "Try again" where a new attempt can help (never for a result whose retry advice is `never`). */
  onRetry?: () => void;
  /** Shown as "Choose another payment method" where another method can help. */
  onChooseAnotherMethod?: () => void;
  /** Where "Contact the seller" leads, for results only the seller can resolve. */
  contactHref?: string;
  locale?: string;
  messages?: MessageOverrides;
  headingLevel?: 2 | 3 | 4;
}

type BatchState = 'succeeded' | 'failed' | 'processing';

interface ResultOrder {
  key: string;
  description: string;
  merchant: string;
  amount: Order['orderAmount'];
  status: OrderStatus;
}

type Failure = Pick<FailedOutcome, 'code' | 'status' | 'messageKey' | 'retry'>;

const unknownFailure: Failure = { code: 'UNKNOWN', status: 'F', messageKey: 'result.UNKNOWN', retry: 'new-request-id' };

function describe(
  outcome: BatchPayOutcome | undefined,
  view: CheckoutView | undefined,
): { state: BatchState; failure?: Failure } {
  if (view) {
    if (view.status === 'succeeded') return { state: 'succeeded' };
    if (view.status === 'processing') return { state: 'processing' };
    return {
      state: 'failed',
      failure: view.failure ?? (view.outcome.kind === 'failed' ? view.outcome : unknownFailure),
    };
  }
  if (!outcome || outcome.kind === 'redirect') return { state: 'processing' };
  if (outcome.kind === 'succeeded') return { state: 'succeeded' };
  return { state: 'failed', failure: outcome };
}

function resultOrders(
  outcome: BatchPayOutcome | undefined,
  view: CheckoutView | undefined,
  cart: readonly Order[] | undefined,
  batch: BatchState,
): ResultOrder[] {
  const byId = new Map((cart ?? []).map((o) => [o.referenceOrderId, o]));
  if (view) {
    return view.orders.map((o) => ({
      key: o.referenceOrderId,
      description: o.orderDescription,
      merchant: o.merchantName ?? byId.get(o.referenceOrderId)?.merchant.merchantName ?? o.referenceMerchantId,
      amount: o.orderAmount,
      status: o.status,
    }));
  }
  const orderStatus: OrderStatus = batch === 'processing' ? 'processing' : batch;
  const summaries = outcome && outcome.kind !== 'failed' ? outcome.orderSummaries : [];
  if (summaries.length > 0) {
    return summaries.map((s) => {
      const order = byId.get(s.referenceOrderId);
      return {
        key: s.referenceOrderId,
        description: order?.orderDescription ?? s.referenceOrderId,
        merchant: order?.merchant.merchantName ?? s.referenceMerchantId,
        amount: s.orderAmount,
        status: orderStatus,
      };
    });
  }
  return (cart ?? []).map((o) => ({
    key: o.referenceOrderId,
    description: o.orderDescription,
    merchant: o.merchant.merchantName ?? o.merchant.referenceMerchantId,
    amount: o.orderAmount,
    status: orderStatus,
  }));
}

/**
 * The result of the combined payment and of each order. A failure shows a plain-words message for its result code,
 * the next step, and only the actions that can help: "Try again" or "Choose another payment method" unless the
 * result says a retry can never help, "Contact the seller" when only the seller can resolve it.
 */
export function PaymentResult(props: PaymentResultProps): ReactNode {
  const {
    outcome,
    status,
    orders,
    onRetry,
    onChooseAnotherMethod,
    contactHref,
    locale,
    messages,
    headingLevel = 2,
  } = props;
  const settings = useCheckoutSettings(locale);
  const m = useMessages(settings.locale, messages);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(headingLevel + 1, 6)}` as 'h3';

  const { state, failure } = describe(outcome, status);
  const list = resultOrders(outcome, status, orders, state);
  const someFailed = state === 'succeeded' && list.some((o) => o.status === 'failed');

  const heading = someFailed ? m.result.partlyPaid : m.result[state];
  const message =
    state === 'failed' && failure
      ? failureMessage(m, failure)
      : resultMessage(m, state === 'succeeded' ? 'SUCCESS' : 'PAYMENT_IN_PROCESS');
  // What the buyer can do next is core's reading of the code (resultCodeAction), not the component's.
  const step: NextStep | undefined =
    state === 'failed' && failure ? resultCodeAction(failure.code, failure.status).nextStep : undefined;
  const nextStep = step ? m.result.nextStep[step] : undefined;
  const canRetry = state === 'failed' && failure !== undefined && failure.retry !== 'never';
  const showRetry = canRetry && step === 'try-again' && onRetry !== undefined;
  const showChooseAnother = canRetry && step === 'choose-another-method' && onChooseAnotherMethod !== undefined;
  const showContact = step === 'contact-merchant' && contactHref !== undefined;

  return (
    <section
      className="bp-result"
      aria-labelledby={headingId}
      data-state={someFailed ? 'partly-paid' : state}
      data-code={failure?.code}
    >
      <div aria-live="polite" aria-atomic="true">
        <Heading id={headingId} className="bp-heading">
          {heading}
        </Heading>
        <p>{message}</p>
        {nextStep ? <p>{nextStep}</p> : null}
      </div>
      {failure && failure.code !== 'UNKNOWN' ? (
        <p className="bp-muted">{formatMessage(m.result.errorCode, { code: failure.code })}</p>
      ) : null}
      {showRetry || showChooseAnother || showContact ? (
        <div className="bp-actions">
          {showRetry ? (
            <button type="button" className="bp-button" data-variant="primary" onClick={onRetry}>
              {m.result.retry}
            </button>
          ) : null}
          {showChooseAnother ? (
            <button type="button" className="bp-button" data-variant="primary" onClick={onChooseAnotherMethod}>
              {m.result.chooseAnotherMethod}
            </button>
          ) : null}
          {showContact ? (
            <a className="bp-button bp-link" href={contactHref}>
              {m.result.contactMerchant}
            </a>
          ) : null}
        </div>
      ) : null}
      {list.length > 0 ? (
        <>
          <SubHeading className="bp-visually-hidden">{m.result.ordersHeading}</SubHeading>
          <ul className="bp-list">
            {list.map((order) => {
              const orderState = order.status === 'succeeded' ? 'paid' : order.status;
              return (
                <li key={order.key} className="bp-result__order bp-row" data-state={orderState}>
                  <span>
                    {formatMessage(m.result.orderLine, { description: order.description, merchant: order.merchant })}
                  </span>
                  <span>
                    <span className="bp-amount">{formatAmount(order.amount, settings.locale)}</span>{' '}
                    <span className="bp-result__order-status">{m.result.orderStatus[orderState]}</span>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
