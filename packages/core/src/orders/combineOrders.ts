import type { CartOrder } from '../api/checkoutApi.js';
import { formatAmount, MoneyError, sumAmounts } from '../money/money.js';
import type { Amount } from '../wire/batchPaySchemas.js';
import type { ValidationIssue } from '../wire/parseSchema.js';
import { orderListIssues } from './orderListIssues.js';

export interface CombineOrdersOptions {
  /** BCP 47 locale for the amounts; default: the runtime's. */
  locale?: string | undefined;
  /** The total the server charges (a `CartView`'s `paymentAmount`); checked against the orders when given. */
  paymentAmount?: Amount | undefined;
}

export interface CombinedOrderLine {
  referenceOrderId: string;
  orderDescription: string;
  orderAmount: Amount;
  /** Null when the amount cannot be formatted (it is then listed in `problems`). */
  formattedAmount: string | null;
  order: CartOrder;
}

export interface MerchantOrderGroup {
  referenceMerchantId: string;
  /** `merchantDisplayName`, else `merchantName`, else the id. */
  merchantName: string;
  orders: CombinedOrderLine[];
  subtotal: Amount | null;
  formattedSubtotal: string | null;
}

export interface CombinedOrder {
  /** One group per merchant, in the order the merchants first appear. */
  groups: MerchantOrderGroup[];
  /** `paymentAmount` when given, else the sum of the orders; null when they cannot be added (mixed currencies). */
  total: Amount | null;
  formattedTotal: string | null;
  orderCount: number;
  merchantCount: number;
  /** What `orderListIssues` finds wrong with these orders (paths like `orderList[2].orderAmount.currency`). */
  problems: ValidationIssue[];
}

/** The value, or null when amounts cannot be added or formatted (MoneyError, or Intl's and BigInt's errors). */
function orNull<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof MoneyError || error instanceof SyntaxError || error instanceof RangeError) return null;
    throw error;
  }
}

function safeFormat(amount: Amount | null, locale: string | undefined): string | null {
  return amount && orNull(() => formatAmount(amount, locale));
}

function safeSum(amounts: readonly Amount[]): Amount | null {
  return amounts.length === 0 ? null : orNull(() => sumAmounts(amounts));
}

/**
 * The orders of a combined checkout as a summary shows them: grouped by merchant (in order of appearance) with
 * formatted amounts and subtotals, the total, and the consistency problems `orderListIssues` finds. Never throws on bad
 * amounts: what cannot be added or formatted is null and named in `problems`.
 */
export function combineOrders(orders: readonly CartOrder[], options: CombineOrdersOptions = {}): CombinedOrder {
  const { locale, paymentAmount } = options;
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
    group.formattedSubtotal = safeFormat(group.subtotal, locale);
  }
  const total = paymentAmount ?? safeSum(orders.map((o) => o.orderAmount));
  return {
    groups,
    total,
    formattedTotal: safeFormat(total, locale),
    orderCount: orders.length,
    merchantCount: groups.length,
    problems: orderListIssues(orders, paymentAmount),
  };
}
