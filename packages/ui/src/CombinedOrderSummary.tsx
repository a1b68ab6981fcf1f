import type { Amount, Order } from '@batchpay/core';
import { useCombinedOrder } from '@batchpay/react';
import { type ReactNode, useId } from 'react';
import { useMessages } from './messages/BatchPayMessagesProvider.js';
import { formatMessage } from './messages/formatMessage.js';
import type { MessageOverrides } from './messages/Messages.js';
import { useCheckoutSettings } from './useCheckoutSettings.js';

export interface CombinedOrderSummaryProps {
  /** The orders of the combined payment (core's `Order`), one or more per merchant. */
  orders: readonly Order[];
  /** The total the server charges (`CartView.paymentAmount`); checked against the orders when given. */
  paymentAmount?: Amount | undefined;
  locale?: string | undefined;
  messages?: MessageOverrides | undefined;
  headingLevel?: 2 | 3 | 4 | undefined;
}

const NO_AMOUNT = '—';

/**
 * The orders grouped by merchant (name, each order's description, its goods, its amount), each merchant's subtotal
 * when it has several orders, and the total. A polite, visible warning appears when core finds the orders
 * inconsistent (amounts that do not add up, mixed currencies, too many orders).
 */
export function CombinedOrderSummary(props: CombinedOrderSummaryProps): ReactNode {
  const { orders, paymentAmount, locale, messages, headingLevel = 2 } = props;
  const settings = useCheckoutSettings(locale);
  const m = useMessages(settings.locale, messages);
  const summary = useCombinedOrder(orders, { locale: settings.locale || undefined, paymentAmount });
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const MerchantHeading = `h${headingLevel + 1}` as 'h3';
  const inconsistent = orders.length > 0 && summary.problems.length > 0;

  return (
    <section
      className="bp-summary"
      aria-labelledby={headingId}
      data-state={inconsistent ? 'inconsistent' : 'consistent'}
      data-problems={summary.problems.length}
    >
      <Heading id={headingId} className="bp-heading">
        {m.summary.heading}
      </Heading>
      <div role="status" aria-live="polite">
        {inconsistent ? <p className="bp-warning">{m.summary.inconsistent}</p> : null}
      </div>
      {orders.length === 0 ? (
        <p className="bp-muted">{m.summary.empty}</p>
      ) : (
        <ul className="bp-list">
          {summary.groups.map((group) => (
            <li key={group.referenceMerchantId} className="bp-summary__merchant">
              <MerchantHeading className="bp-summary__merchant-name">{group.merchantName}</MerchantHeading>
              <ul
                className="bp-list"
                aria-label={formatMessage(m.summary.merchantGroup, { merchant: group.merchantName })}
              >
                {group.orders.map((line) => (
                  <li key={line.referenceOrderId} className="bp-summary__order">
                    <div className="bp-row">
                      <span>{line.orderDescription}</span>
                      <span className="bp-amount">{line.formattedAmount ?? NO_AMOUNT}</span>
                    </div>
                    {line.order.goods && line.order.goods.length > 0 ? (
                      <ul className="bp-list bp-muted">
                        {line.order.goods.map((goods) => (
                          <li key={goods.referenceGoodsId}>
                            {formatMessage(m.summary.goodsLine, {
                              quantity: goods.goodsQuantity ?? '1',
                              name: goods.goodsName,
                            })}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
              {group.orders.length > 1 ? (
                <p className="bp-row bp-muted">
                  <span>{formatMessage(m.summary.merchantSubtotal, { merchant: group.merchantName })}</span>
                  <span className="bp-amount">{group.formattedSubtotal ?? NO_AMOUNT}</span>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="bp-summary__total bp-row">
        <span>{m.summary.total}</span>
        <span className="bp-amount">{summary.formattedTotal ?? NO_AMOUNT}</span>
      </p>
    </section>
  );
}
