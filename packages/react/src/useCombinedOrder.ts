import { type Amount, type CombinedOrder, combineOrders, type Order } from '@batchpay/core';
import { useMemo } from 'react';
import { useOptionalBatchPayContext } from './BatchPayContext.js';

export type { CombinedOrderLine, MerchantOrderGroup } from '@batchpay/core';

export interface UseCombinedOrderOptions {
  /** BCP 47 locale for the amounts; default: the provider's `locale`, else the runtime's. */
  locale?: string | undefined;
  /** The total the server charges (a `CartView`'s `paymentAmount`); checked against the orders when given. */
  paymentAmount?: Amount | undefined;
}

/** Core's `CombinedOrder`: groups by merchant, the total, counts and the problems core's `checkOrders` finds. */
export type UseCombinedOrderResult = CombinedOrder;

/** The orders of a combined checkout grouped by merchant, with formatted amounts, the total and its problems. */
export function useCombinedOrder(
  orders: readonly Order[],
  options: UseCombinedOrderOptions = {},
): UseCombinedOrderResult {
  const context = useOptionalBatchPayContext();
  const locale = options.locale ?? context?.locale;
  const { paymentAmount } = options;
  return useMemo(() => combineOrders(orders, { locale, paymentAmount }), [orders, locale, paymentAmount]);
}
