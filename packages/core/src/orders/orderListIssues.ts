import { isMinorUnits } from '../money/money.js';
import type { Amount } from '../wire/batchPaySchemas.js';
import type { ValidationIssue } from '../wire/parseSchema.js';

/** What the consistency rules read of an order. */
export interface OrderAmountLine {
  referenceOrderId: string;
  orderAmount: Amount;
}

/**
 * The kit's consistency rules for the orders of one payment: 1 to 10 orders, unique `referenceOrderId`, amounts in
 * minor units, one currency throughout, and `paymentAmount` equal to their sum. Without `paymentAmount` the first
 * order's currency is the reference and no sum is checked. Paths are those of a batchPay request. The shape of each
 * order (as batchPay demands it) is `checkOrders`'s part; this is what a browser can check without the schemas.
 */
export function orderListIssues(orderList: readonly OrderAmountLine[], paymentAmount?: Amount): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (orderList.length < 1) {
    issues.push({ path: 'orderList', message: 'must hold 1 to 10 orders: add the orders this payment covers' });
  }
  const currency = paymentAmount?.currency ?? orderList[0]?.orderAmount.currency;
  const reference = paymentAmount ? 'paymentAmount.currency' : 'orderList[0].orderAmount.currency';
  const seen = new Map<string, number>();
  let total = 0n;
  let sumComplete = true;
  orderList.forEach((order, index) => {
    const first = seen.get(order.referenceOrderId);
    if (first !== undefined) {
      issues.push({
        path: `orderList[${index}].referenceOrderId`,
        message: `"${order.referenceOrderId}" is already used by orderList[${first}]: each order needs its own id`,
      });
    } else {
      seen.set(order.referenceOrderId, index);
    }
    if (order.orderAmount.currency !== currency) {
      issues.push({
        path: `orderList[${index}].orderAmount.currency`,
        message: `is ${order.orderAmount.currency} but ${reference} is ${currency}: use one currency throughout`,
      });
      sumComplete = false;
    } else if (isMinorUnits(order.orderAmount.value)) {
      total += BigInt(order.orderAmount.value);
    } else {
      issues.push({
        path: `orderList[${index}].orderAmount.value`,
        message: 'must be a positive whole number of minor units as a string, such as "1234" for 12.34 USD',
      });
      sumComplete = false;
    }
  });
  if (paymentAmount && sumComplete && orderList.length > 0 && total.toString() !== paymentAmount.value) {
    issues.push({
      path: 'paymentAmount.value',
      message: `is ${paymentAmount.value} but the orders' orderAmount values add up to ${total}: paymentAmount must be their total`,
    });
  }
  return issues;
}
