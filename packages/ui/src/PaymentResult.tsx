import { formatAmount, type NextStep, type Order, resultCodeAction } from '@batchpay/core';
import { type ReactNode, useId } from 'react';
import { describeResult, type PaymentResultState, type ResultOrder } from './describeResult.js';
import { useMessages } from './messages/BatchPayMessagesProvider.js';
import { formatMessage } from './messages/formatMessage.js';
import type { MessageOverrides } from './messages/Messages.js';
import { failureMessage, resultMessage } from './resultMessage.js';
import { useCheckoutSettings } from './useCheckoutSettings.js';

export type { PaymentResultState } from './describeResult.js';

export interface PaymentResultProps {
  /**
   * The checkout: the machine's state (`useBatchPay().state`). The server's view (`useBatchPayStatus().checkout`)
   * or an answer's outcome work too. Idle and submitting show nothing.
   */
  state: PaymentResultState;
  /** The cart's orders, to show descriptions and merchant names when the result only has ids. */
  orders?: readonly Order[] | undefined;
  /** Shown as "Try again" where a new attempt can help (never for a result whose retry advice is `never`). */
  onRetry?: (() => void) | undefined;
  /** Shown as "Choose another payment method" where another method can help. */
  onChooseAnotherMethod?: (() => void) | undefined;
  /**
   * For a partly paid checkout: shown as "Pay for the unpaid orders". Start a NEW checkout of only these orders
   * (a new cart on your server); the paid ones are never charged again.
   */
  onPayRemaining?: ((unpaidOrders: readonly ResultOrder[]) => void) | undefined;
  /** Where "Contact the seller" leads, for results only the seller can resolve and for a partly paid checkout. */
  contactHref?: string | undefined;
  locale?: string | undefined;
  messages?: MessageOverrides | undefined;
  headingLevel?: 2 | 3 | 4 | undefined;
}

/**
 * The result of the combined payment and of each order. A failure shows a plain-words message for its result code,
 * the next step, and only the actions that can help: "Try again" or "Choose another payment method" unless the
 * result says a retry can never help, "Contact the seller" when only the seller can resolve it. A partly paid
 * checkout says per order what happened, that nothing was charged for the unpaid ones, and offers paying the rest.
 * A checkout that is not final (processing, or not confirmed yet) never shows "Not paid" and never offers a retry.
 */
export function PaymentResult(props: PaymentResultProps): ReactNode {
  const {
    state,
    orders,
    onRetry,
    onChooseAnotherMethod,
    onPayRemaining,
    contactHref,
    locale,
    messages,
    headingLevel = 2,
  } = props;
  const settings = useCheckoutSettings(locale);
  const m = useMessages(settings.locale, messages);
  const headingId = useId();
  const { kind, failure, orders: list } = describeResult(state, orders);
  if (kind === 'none') return null;

  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(headingLevel + 1, 6)}` as 'h3';
  const unpaid = list.filter((o) => o.status !== 'succeeded');
  const paidCount = list.length - unpaid.length;

  let heading: string;
  let message: string;
  let nextStep: string | undefined;
  let step: NextStep | undefined;
  switch (kind) {
    case 'paid':
      heading = m.result.succeeded;
      message = resultMessage(m, 'SUCCESS');
      break;
    case 'partly-paid':
      heading = m.result.partlyPaid;
      message = formatMessage(m.result.partlyPaidMessage, { paid: paidCount, count: list.length });
      nextStep = m.result.partlyPaidNextStep;
      break;
    case 'unconfirmed':
      heading = m.result.unconfirmed;
      message = m.result.unconfirmedMessage;
      break;
    case 'processing':
      heading = m.result.processing;
      message = resultMessage(m, 'PAYMENT_IN_PROCESS');
      break;
    default:
      heading = m.result.failed;
      message = failure ? failureMessage(m, failure) : resultMessage(m, undefined);
      // What the buyer can do next is core's reading of the code (resultCodeAction), not the component's.
      step = failure ? resultCodeAction(failure.code, failure.status).nextStep : undefined;
      nextStep = step ? m.result.nextStep[step] : undefined;
  }

  // At most one primary action: what can help after a failure (never when its retry advice is `never`), or paying
  // for the rest of a partly paid checkout. `step` is only set for a failure.
  const retryable = failure?.retry !== 'never';
  const primary: [label: string, onClick: () => void] | undefined =
    step === 'try-again' && retryable && onRetry
      ? [m.result.retry, onRetry]
      : step === 'choose-another-method' && retryable && onChooseAnotherMethod
        ? [m.result.chooseAnotherMethod, onChooseAnotherMethod]
        : kind === 'partly-paid' && unpaid.length > 0 && onPayRemaining
          ? [m.result.payRemaining, () => onPayRemaining(unpaid)]
          : undefined;
  const showContact = contactHref !== undefined && (step === 'contact-merchant' || kind === 'partly-paid');
  const notFinal = kind === 'processing' || kind === 'unconfirmed';

  return (
    <section
      className="bp-result"
      aria-labelledby={headingId}
      data-state={kind === 'paid' ? 'succeeded' : kind}
      data-code={kind === 'failed' || kind === 'unconfirmed' ? failure?.code : undefined}
    >
      <div aria-live="polite" aria-atomic="true">
        <Heading id={headingId} className="bp-heading">
          {heading}
        </Heading>
        <p>{message}</p>
        {nextStep ? <p>{nextStep}</p> : null}
        {notFinal ? <p className="bp-muted">{m.result.updatesItself}</p> : null}
      </div>
      {kind === 'failed' && failure && failure.code !== 'UNKNOWN' ? (
        <p className="bp-muted">{formatMessage(m.result.errorCode, { code: failure.code })}</p>
      ) : null}
      {primary || showContact ? (
        <div className="bp-actions">
          {primary ? (
            <button type="button" className="bp-button" data-variant="primary" onClick={primary[1]}>
              {primary[0]}
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
                <li key={order.referenceOrderId} className="bp-result__order bp-row" data-state={orderState}>
                  <span>
                    {formatMessage(m.result.orderLine, { description: order.description, merchant: order.merchant })}
                    {kind === 'partly-paid' && orderState === 'failed' ? (
                      <span className="bp-muted bp-result__order-note">{m.result.orderNotCharged}</span>
                    ) : null}
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
