import {
  type Amount,
  formatAmount,
  isMinorUnits,
  MoneyError,
  type Order,
  sumAmounts,
  type ValidationIssue,
  validateBatchPayRequest,
} from '@batchpay/core';
import { useMemo } from 'react';
import { useOptionalBatchPayContext } from './BatchPayContext.js';

export interface UseCombinedOrderOptions {
  /** BCP 47 locale for the amounts; default: the provider's `locale`, else the runtime's. */
  locale?: string;
  /** The total the server charges (a `CartView`'s `paymentAmount`); checked against the orders when given. */
  paymentAmount?: Amount;
}

export interface CombinedOrderLine {
  referenceOrderId: string;
  orderDescription: string;
  orderAmount: Amount;
  /** Null when the amount cannot be formatted (it is then listed in `problems`). */
  formattedAmount: string | null;
  order: Order;
}

export interface MerchantOrderGroup {
  referenceMerchantId: string;
  /** `merchantDisplayName`, else `merchantName`, else the id. */
  merchantName: string;
  orders: CombinedOrderLine[];
  subtotal: Amount | null;
  formattedSubtotal: string | null;
}

export interface UseCombinedOrderResult {
  /** One group per merchant, in the order the merchants first appear. */
  groups: MerchantOrderGroup[];
  /** `paymentAmount` when given, else the sum of the orders; null when they cannot be added (mixed currencies). */
  total: Amount | null;
  formattedTotal: string | null;
  orderCount: number;
  merchantCount: number;
  /** What core's kit validation finds wrong with these orders (paths like `orderList[2].orderAmount.currency`). */
  problems: ValidationIssue[];
}

function safeFormat(amount: Amount, locale: string | undefined): string | null {
  try {
    return formatAmount(amount, locale);
  } catch (error) {
    if (error instanceof MoneyError || error instanceof RangeError) return null;
    throw error;
  }
}

function safeSum(amounts: readonly Amount[]): Amount | null {
  if (amounts.length === 0) return null;
  try {
    return sumAmounts(amounts);
  } catch (error) {
    if (error instanceof MoneyError || error instanceof SyntaxError || error instanceof RangeError) return null;
    throw error;
  }
}

/** With mixed currencies: the total of the orders in the first order's currency, so core flags the others. */
function sameCurrencyTotal(orders: readonly Order[]): Amount | null {
  const first = orders[0];
  if (!first) return null;
  let value = 0n;
  for (const order of orders) {
    if (order.orderAmount.currency === first.orderAmount.currency && isMinorUnits(order.orderAmount.value)) {
      value += BigInt(order.orderAmount.value);
    }
  }
  return { currency: first.orderAmount.currency, value: value > 0n ? value.toString() : '1' };
}

/**
 * Core's kit rules, applied to the orders alone: the orders are put into a placeholder batchPay request and only the
 * issues about `orderList` and `paymentAmount` are kept. (Core exports no order-only check yet.)
 */
function findOrderProblems(orders: readonly Order[], paymentAmount: Amount): ValidationIssue[] {
  const result = validateBatchPayRequest({
    productCode: 'CASHIER_PAYMENT',
    batchPaymentRequestId: 'order-preview',
    paymentAmount,
    paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
    paymentRedirectUrl: 'https://merchant.example/result',
    paymentNotifyUrl: 'https://merchant.example/notify',
    env: { terminalType: 'WEB' },
    orderList: orders,
  });
  if (result.ok) return [];
  return result.issues.filter((i) => i.path.startsWith('orderList') || i.path.startsWith('paymentAmount'));
}

/** The orders of a combined checkout grouped by merchant, with formatted amounts, the total and its problems. */
export function useCombinedOrder(
  orders: readonly Order[],
  options: UseCombinedOrderOptions = {},
): UseCombinedOrderResult {
  const context = useOptionalBatchPayContext();
  const locale = options.locale ?? context?.locale;
  const { paymentAmount } = options;

  return useMemo(() => {
    const byMerchant = new Map<string, MerchantOrderGroup>();
    for (const order of orders) {
      const merchantId = order.merchant.referenceMerchantId;
      let group = byMerchant.get(merchantId);
      if (!group) {
        group = {
          referenceMerchantId: merchantId,
          merchantName: order.merchant.merchantDisplayName ?? order.merchant.merchantName ?? merchantId,
          orders: [],
          subtotal: null,
          formattedSubtotal: null,
        };
        byMerchant.set(merchantId, group);
      }
      group.orders.push({
        referenceOrderId: order.referenceOrderId,
        orderDescription: order.orderDescription,
        orderAmount: order.orderAmount,
        formattedAmount: safeFormat(order.orderAmount, locale),
        order,
      });
    }
    const groups = [...byMerchant.values()];
    for (const group of groups) {
      group.subtotal = safeSum(group.orders.map((line) => line.orderAmount));
      group.formattedSubtotal = group.subtotal ? safeFormat(group.subtotal, locale) : null;
    }
    const sum = safeSum(orders.map((o) => o.orderAmount));
    const total = paymentAmount ?? sum;
    const checkedAgainst = total ?? sameCurrencyTotal(orders);
    const problems: ValidationIssue[] =
      orders.length === 0
        ? [{ path: 'orderList', message: 'must hold 1 to 10 orders: add the orders this payment covers' }]
        : checkedAgainst
          ? findOrderProblems(orders, checkedAgainst)
          : [];
    return {
      groups,
      total,
      formattedTotal: total ? safeFormat(total, locale) : null,
      orderCount: orders.length,
      merchantCount: groups.length,
      problems,
    };
  }, [orders, locale, paymentAmount]);
}
