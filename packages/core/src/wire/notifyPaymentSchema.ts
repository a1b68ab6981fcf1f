import * as v from 'valibot';
import { AmountSchema, isoDateTimePattern, OrderSummarySchema, ResultSchema } from './batchPaySchemas.js';

/** One order's result inside a batch notification (spec, Decisions). */
export const NotifyOrderSummarySchema = v.object({
  ...OrderSummarySchema.entries,
  paymentStatus: v.picklist(['SUCCESS', 'FAIL'], 'must be SUCCESS or FAIL'),
});
export type NotifyOrderSummary = v.InferOutput<typeof NotifyOrderSummarySchema>;

/** The body of Antom's notifyPayment for a batch: one per batch, to paymentNotifyUrl (spec, Decisions). */
export const NotifyPaymentRequestSchema = v.looseObject({
  notifyType: v.picklist(['PAYMENT_RESULT', 'PAYMENT_PENDING'], 'must be PAYMENT_RESULT or PAYMENT_PENDING'),
  result: ResultSchema,
  batchPaymentRequestId: v.pipe(v.string('is required'), v.minLength(1), v.maxLength(64)),
  paymentAmount: AmountSchema,
  paymentCreateTime: v.pipe(v.string(), v.regex(isoDateTimePattern, 'must be an ISO 8601 date-time')),
  paymentTime: v.optional(v.pipe(v.string(), v.regex(isoDateTimePattern, 'must be an ISO 8601 date-time'))),
  orderSummaries: v.pipe(
    v.array(NotifyOrderSummarySchema, 'is required: one summary per order'),
    v.minLength(1, 'must hold at least one order summary'),
    v.maxLength(10, 'must hold at most 10 order summaries'),
  ),
});
export type NotifyPaymentRequest = v.InferOutput<typeof NotifyPaymentRequestSchema>;

/** What the merchant answers to a notification it accepted; anything else makes Antom deliver it again. */
export const notifyAcknowledgement = {
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
} as const;
export type NotifyAcknowledgement = typeof notifyAcknowledgement;

/**
 * Antom's documented per-payment `notifyPayment` body (the fields of Antom's Java SDK `AlipayPayResultNotify` and
 * its Python SDK's notify model): one notification per payment, which in a batch is one order. Loose: Antom adds
 * optional fields (`paymentMethodType`, `acquirerInfo`, `paymentResultInfo`, …) that the kit does not need.
 * `paymentId` and `paymentCreateTime` are documented as required, yet read as optional here: the order is matched
 * by `paymentId`, else by `paymentRequestId`, and nothing depends on the creation time.
 */
export const PaymentResultNotifySchema = v.looseObject({
  notifyType: v.picklist(['PAYMENT_RESULT', 'PAYMENT_PENDING'], 'must be PAYMENT_RESULT or PAYMENT_PENDING'),
  result: ResultSchema,
  paymentRequestId: v.pipe(v.string('is required'), v.minLength(1, 'is required'), v.maxLength(64)),
  paymentId: v.optional(v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(64))),
  paymentAmount: AmountSchema,
  paymentCreateTime: v.optional(v.pipe(v.string(), v.regex(isoDateTimePattern, 'must be an ISO 8601 date-time'))),
  paymentTime: v.optional(v.pipe(v.string(), v.regex(isoDateTimePattern, 'must be an ISO 8601 date-time'))),
});
export type PaymentResultNotify = v.InferOutput<typeof PaymentResultNotifySchema>;
