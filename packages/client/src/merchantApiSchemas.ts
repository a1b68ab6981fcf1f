import {
  type ApiErrorBody,
  type BatchPayOutcome,
  type CartView,
  type CheckoutOrderView,
  type CheckoutView,
  type CreateCheckoutResponse,
  checkoutStatuses,
  type FailedOutcome,
  formatValidationIssues,
  type PaymentMethodOption,
  type PaymentMethodsResponse,
  resultStatuses,
} from '@batchpay/core';
import {
  type AnswerSchema,
  array,
  boolean,
  checkAnswer,
  object,
  oneOf,
  optional,
  text,
  variant,
} from './answerSchema.js';
import { BatchPayApiError } from './BatchPayApiError.js';

/*
 * The merchant backend's answers (types: core's checkoutApi.ts, which @batchpay/server answers with), checked field
 * by field as the browser receives them. Each schema's type is the core type (merchantApiSchemas.types test), less
 * what the browser never reads: no cast, so an answer that passes is what the type says. Unknown fields are dropped.
 */

/** A schema whose output is the answer type `T`. */
export type ApiAnswerSchema<T> = AnswerSchema<T>;

const id = text(/[\s\S]/, 'must be a non-empty string');
const amount = object({
  currency: text(/^[A-Z]{3}$/, 'must be a 3-letter ISO 4217 currency code in capitals, such as "USD"'),
  value: text(/^[1-9]\d{0,15}$/, 'must be a positive whole number of minor units as a string, such as "1234"'),
});
const orderSummary = object({ referenceOrderId: id, referenceMerchantId: id, paymentId: id, orderAmount: amount });

export const FailedOutcomeSchema = object({
  kind: oneOf(['failed']),
  code: text(),
  status: oneOf(resultStatuses),
  retry: oneOf(['never', 'new-request-id', 'same-request-id']),
  messageKey: text(),
  message: text(),
}) satisfies AnswerSchema<FailedOutcome>;

export const BatchPayOutcomeSchema = variant('kind', {
  succeeded: object({
    kind: oneOf(['succeeded']),
    code: text(),
    // Antom's paymentResultInfo (card details) is not read by the browser, so it is dropped with the other unknowns.
    orderSummaries: array(orderSummary),
  }),
  redirect: object({
    kind: oneOf(['redirect']),
    urls: object({ schemeUrl: optional(text()), applinkUrl: optional(text()), normalUrl: optional(text()) }),
    appIdentifier: optional(text()),
    orderSummaries: array(orderSummary),
  }),
  failed: FailedOutcomeSchema,
}) satisfies AnswerSchema<BatchPayOutcome>;

export const CreateCheckoutResponseSchema = object({
  checkoutId: id,
  outcome: BatchPayOutcomeSchema,
}) satisfies AnswerSchema<CreateCheckoutResponse>;

export const CheckoutOrderViewSchema = object({
  referenceOrderId: text(),
  referenceMerchantId: text(),
  merchantName: optional(text()),
  orderDescription: text(),
  orderAmount: amount,
  paymentId: optional(text()),
  status: oneOf(['processing', 'succeeded', 'failed']),
}) satisfies AnswerSchema<CheckoutOrderView>;

export const CheckoutViewSchema = object({
  checkoutId: id,
  status: oneOf(checkoutStatuses),
  final: boolean,
  batchPaymentRequestId: text(),
  paymentMethodType: text(),
  paymentAmount: amount,
  createdAt: text(),
  updatedAt: text(),
  outcome: BatchPayOutcomeSchema,
  failure: optional(FailedOutcomeSchema),
  orders: array(CheckoutOrderViewSchema),
}) satisfies AnswerSchema<CheckoutView>;

export const CartViewSchema = object({
  cartId: id,
  orders: array(
    object({
      referenceOrderId: id,
      orderDescription: text(),
      orderAmount: amount,
      merchant: object({
        referenceMerchantId: id,
        merchantName: optional(text()),
        merchantDisplayName: optional(text()),
      }),
      goods: optional(
        array(
          object({
            referenceGoodsId: text(),
            goodsName: text(),
            goodsQuantity: optional(text(/^[1-9]\d*$/, 'must be a positive whole number as a string')),
          }),
        ),
      ),
    }),
  ),
  paymentAmount: amount,
}) satisfies AnswerSchema<CartView>;

export const PaymentMethodOptionSchema = object({
  paymentMethodType: text(/[\s\S]/, 'must be a non-empty string, such as "KAKAOPAY"'),
  displayName: optional(text()),
  region: optional(text()),
  disabled: optional(boolean),
  disabledReason: optional(text()),
  logoUrl: optional(text()),
}) satisfies AnswerSchema<PaymentMethodOption>;

export const PaymentMethodsResponseSchema = object({
  methods: array(PaymentMethodOptionSchema),
}) satisfies AnswerSchema<PaymentMethodsResponse>;

export const ApiErrorBodySchema = object({
  error: object({ code: text(), message: text(), field: optional(text()) }),
}) satisfies AnswerSchema<ApiErrorBody>;

/**
 * The answer checked against `schema`, or a `BatchPayApiError` INVALID_RESPONSE that names the request, the fields
 * that are wrong and the likely fix (a wrong `apiBaseUrl`).
 */
export function parseApiAnswer<T>(schema: ApiAnswerSchema<T>, answer: unknown, request: string): T {
  const parsed = checkAnswer(schema, answer);
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
