import {
  AmountSchema,
  type ApiErrorBody,
  type BatchPayOutcome,
  type CartView,
  type CheckoutOrderView,
  type CheckoutView,
  type CreateCheckoutResponse,
  checkoutStatuses,
  type FailedOutcome,
  formatValidationIssues,
  OrderSchema,
  OrderSummarySchema,
  type PaymentMethodOption,
  type PaymentMethodsResponse,
  PaymentResultInfoSchema,
  parseSchema,
  resultStatuses,
} from '@batchpay/core';
import * as v from 'valibot';
import { BatchPayApiError } from './BatchPayApiError.js';

/*
 * The merchant backend's answers (types: core's checkoutApi.ts, which @batchpay/server answers with), checked field
 * by field as the browser receives them. Each schema's output type equals the core type (merchantApiSchemas.types
 * test): no cast, so an answer that passes is what the type says. Unknown fields are dropped.
 */

/** A schema whose output is the answer type `T`. */
export type ApiAnswerSchema<T> = v.GenericSchema<unknown, T>;

const id = v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty'));
const text = v.string('must be a string');
const orderStatuses = ['processing', 'succeeded', 'failed'] as const;
const retryAdvice = ['never', 'new-request-id', 'same-request-id'] as const;

export const FailedOutcomeSchema = v.object({
  kind: v.literal('failed'),
  code: v.string('must be a result code'),
  status: v.picklist(resultStatuses, 'must be S, F or U'),
  retry: v.picklist(retryAdvice, `must be one of ${retryAdvice.join(', ')}`),
  messageKey: text,
  message: text,
}) satisfies v.GenericSchema<unknown, FailedOutcome>;

const urlText = v.exactOptional(text);

export const BatchPayOutcomeSchema = v.variant(
  'kind',
  [
    v.object({
      kind: v.literal('succeeded'),
      code: text,
      orderSummaries: v.array(OrderSummarySchema, 'must be an array of order summaries'),
      paymentResultInfo: v.exactOptional(PaymentResultInfoSchema),
    }),
    v.object({
      kind: v.literal('redirect'),
      urls: v.object(
        { schemeUrl: urlText, applinkUrl: urlText, normalUrl: urlText },
        'must be an object of cashier URLs',
      ),
      appIdentifier: v.exactOptional(text),
      orderSummaries: v.array(OrderSummarySchema, 'must be an array of order summaries'),
    }),
    FailedOutcomeSchema,
  ],
  'must be an outcome of kind "succeeded", "redirect" or "failed"',
) satisfies v.GenericSchema<unknown, BatchPayOutcome>;

export const CreateCheckoutResponseSchema = v.object(
  { checkoutId: id, outcome: BatchPayOutcomeSchema },
  'must be a JSON object',
) satisfies v.GenericSchema<unknown, CreateCheckoutResponse>;

export const CheckoutOrderViewSchema = v.object({
  referenceOrderId: text,
  referenceMerchantId: text,
  merchantName: v.exactOptional(text),
  orderDescription: text,
  orderAmount: AmountSchema,
  paymentId: v.exactOptional(text),
  status: v.picklist(orderStatuses, `must be one of ${orderStatuses.join(', ')}`),
}) satisfies v.GenericSchema<unknown, CheckoutOrderView>;

export const CheckoutViewSchema = v.object(
  {
    checkoutId: id,
    status: v.picklist(checkoutStatuses, `must be one of ${checkoutStatuses.join(', ')}`),
    final: v.boolean('must be true or false'),
    batchPaymentRequestId: text,
    paymentMethodType: text,
    paymentAmount: AmountSchema,
    createdAt: text,
    updatedAt: text,
    outcome: BatchPayOutcomeSchema,
    failure: v.exactOptional(FailedOutcomeSchema),
    orders: v.array(CheckoutOrderViewSchema, 'must be an array of orders'),
  },
  'must be a JSON object',
) satisfies v.GenericSchema<unknown, CheckoutView>;

export const CartViewSchema = v.object(
  {
    cartId: id,
    orders: v.array(OrderSchema, 'must be an array of orders'),
    paymentAmount: AmountSchema,
  },
  'must be a JSON object',
) satisfies v.GenericSchema<unknown, CartView>;

export const PaymentMethodOptionSchema = v.object({
  paymentMethodType: v.pipe(v.string('is required, such as "KAKAOPAY"'), v.minLength(1, 'must not be empty')),
  displayName: v.exactOptional(text),
  region: v.exactOptional(text),
  disabled: v.exactOptional(v.boolean('must be true or false')),
  disabledReason: v.exactOptional(text),
  logoUrl: v.exactOptional(text),
}) satisfies v.GenericSchema<unknown, PaymentMethodOption>;

export const PaymentMethodsResponseSchema = v.object(
  { methods: v.array(PaymentMethodOptionSchema, 'must be an array of payment methods') },
  'must be a JSON object',
) satisfies v.GenericSchema<unknown, PaymentMethodsResponse>;

export const ApiErrorBodySchema = v.object({
  error: v.object({ code: text, message: text, field: v.exactOptional(text) }),
}) satisfies v.GenericSchema<unknown, ApiErrorBody>;

/**
 * The answer checked against `schema`, or a `BatchPayApiError` INVALID_RESPONSE that names the request, the fields
 * that are wrong and the likely fix (a wrong `apiBaseUrl`).
 */
export function parseApiAnswer<T>(schema: ApiAnswerSchema<T>, answer: unknown, request: string): T {
  const parsed = parseSchema(schema, answer);
  if (parsed.ok) return parsed.value;
  throw new BatchPayApiError({
    code: 'INVALID_RESPONSE',
    message:
      `${request} answered something else than expected (${formatValidationIssues(parsed.issues)}): ` +
      'check that apiBaseUrl points at a @batchpay/server backend',
    status: 200,
    retryable: false,
  });
}
