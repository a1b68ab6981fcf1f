import * as v from 'valibot';
import { type Amount, AmountSchema, BatchPayRequestSchema } from '../wire/batchPaySchemas.js';
import { parseSchema, type ValidationIssue } from '../wire/parseSchema.js';
import { orderListIssues } from './orderListIssues.js';

const OrdersSchema = v.object({
  orderList: BatchPayRequestSchema.entries.orderList,
  paymentAmount: v.optional(AmountSchema),
});

/**
 * What is wrong with the orders of one payment, without a whole batchPay request: each order's shape (as batchPay
 * demands it), then the kit's rules (1 to 10 orders, unique ids, one currency, `paymentAmount` their sum when
 * given). Paths are those of a request (`orderList[2].orderAmount.currency`, `paymentAmount.value`); empty when fine.
 */
export function checkOrders(orders: unknown, paymentAmount?: Amount): ValidationIssue[] {
  const parsed = parseSchema(
    OrdersSchema,
    paymentAmount ? { orderList: orders, paymentAmount } : { orderList: orders },
  );
  if (!parsed.ok) return parsed.issues;
  return orderListIssues(parsed.value.orderList, parsed.value.paymentAmount);
}
