import type { Amount, Order } from './batchPaySchemas.js';
import { isMinorUnits } from './money.js';
import type { ValidationIssue } from './parseSchema.js';

/**
 * The kit's consistency rules for the orders of one payment (already well-formed): 1 to 10 orders, unique
 * `referenceOrderId`, one currency throughout, and `paymentAmount` equal to their sum. Without `paymentAmount` the
 * first order's currency is the reference and no sum is checked. Paths are those of a batchPay request.
 */
export function orderListIssues(orderList: readonly Order[], paymentAmount?: Amount): ValidationIssue[] {
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
