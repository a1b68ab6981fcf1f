import * as v from 'valibot';
import { AmountSchema, isoDateTimePattern, PaymentResultInfoSchema, ResultSchema } from './batchPaySchemas.js';

/** `POST /v1/payments/inquiryPayment`: by `paymentId` (wins when both are sent) or `paymentRequestId`. */
export const InquiryPaymentRequestSchema = v.pipe(
  v.object({
    paymentId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64, 'must be at most 64 characters'))),
    paymentRequestId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64, 'must be at most 64 characters'))),
    merchantAccountId: v.optional(v.pipe(v.string(), v.maxLength(32, 'must be at most 32 characters'))),
  }),
  v.check(
    (input) => input.paymentId !== undefined || input.paymentRequestId !== undefined,
    'needs paymentId or paymentRequestId: they cannot both be empty',
  ),
);
export type InquiryPaymentRequest = v.InferOutput<typeof InquiryPaymentRequestSchema>;

export const paymentStatuses = ['SUCCESS', 'FAIL', 'PROCESSING', 'CANCELLED', 'PENDING'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

export const InquiryPaymentResponseSchema = v.looseObject({
  result: ResultSchema,
  paymentStatus: v.optional(v.picklist(paymentStatuses, 'must be SUCCESS, FAIL, PROCESSING, CANCELLED or PENDING')),
  paymentResultCode: v.optional(v.pipe(v.string(), v.maxLength(64))),
  paymentResultMessage: v.optional(v.pipe(v.string(), v.maxLength(256))),
  paymentRequestId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  paymentId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  paymentAmount: v.optional(AmountSchema),
  paymentCreateTime: v.optional(v.pipe(v.string(), v.regex(isoDateTimePattern, 'must be an ISO 8601 date-time'))),
  paymentTime: v.optional(v.pipe(v.string(), v.regex(isoDateTimePattern, 'must be an ISO 8601 date-time'))),
  paymentMethodType: v.optional(v.string()),
  paymentResultInfo: v.optional(PaymentResultInfoSchema),
});
export type InquiryPaymentResponse = v.InferOutput<typeof InquiryPaymentResponseSchema>;
