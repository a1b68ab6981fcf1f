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

// Every combinator call below is marked pure, so that a bundle drops the schemas it does not use (esbuild keeps any
// unmarked call at the top level of a module).

const id = /* @__PURE__ */ text(/[\s\S]/, 'must be a non-empty string');
const amount = /* @__PURE__ */ object({
  currency: /* @__PURE__ */ text(/^[A-Z]{3}$/, 'must be a 3-letter ISO 4217 currency code in capitals, such as "USD"'),
  value: /* @__PURE__ */ text(
    /^[1-9]\d{0,15}$/,
    'must be a positive whole number of minor units as a string, such as "1234"',
  ),
});
const orderSummary = /* @__PURE__ */ object({
  referenceOrderId: id,
  referenceMerchantId: id,
  paymentId: id,
  orderAmount: amount,
});

export const FailedOutcomeSchema = /* @__PURE__ */ object({
  kind: /* @__PURE__ */ oneOf(['failed']),
  code: /* @__PURE__ */ text(),
  status: /* @__PURE__ */ oneOf(resultStatuses),
  retry: /* @__PURE__ */ oneOf(['never', 'new-request-id', 'same-request-id']),
  messageKey: /* @__PURE__ */ text(),
  message: /* @__PURE__ */ text(),
}) satisfies AnswerSchema<FailedOutcome>;

export const BatchPayOutcomeSchema = /* @__PURE__ */ variant('kind', {
  succeeded: /* @__PURE__ */ object({
    kind: /* @__PURE__ */ oneOf(['succeeded']),
    code: /* @__PURE__ */ text(),
    // Antom's paymentResultInfo (card details) is not read by the browser, so it is dropped with the other unknowns.
    orderSummaries: /* @__PURE__ */ array(orderSummary),
  }),
  redirect: /* @__PURE__ */ object({
    kind: /* @__PURE__ */ oneOf(['redirect']),
    urls: /* @__PURE__ */ object({
      schemeUrl: /* @__PURE__ */ optional(/* @__PURE__ */ text()),
      applinkUrl: /* @__PURE__ */ optional(/* @__PURE__ */ text()),
      normalUrl: /* @__PURE__ */ optional(/* @__PURE__ */ text()),
    }),
    appIdentifier: /* @__PURE__ */ optional(/* @__PURE__ */ text()),
    orderSummaries: /* @__PURE__ */ array(orderSummary),
  }),
  failed: FailedOutcomeSchema,
}) satisfies AnswerSchema<BatchPayOutcome>;

export const CreateCheckoutResponseSchema = /* @__PURE__ */ object({
  checkoutId: id,
  outcome: BatchPayOutcomeSchema,
}) satisfies AnswerSchema<CreateCheckoutResponse>;

export const CheckoutOrderViewSchema = /* @__PURE__ */ object({
  referenceOrderId: /* @__PURE__ */ text(),
  referenceMerchantId: /* @__PURE__ */ text(),
  merchantName: /* @__PURE__ */ optional(/* @__PURE__ */ text()),
  orderDescription: /* @__PURE__ */ text(),
  orderAmount: amount,
  paymentId: /* @__PURE__ */ optional(/* @__PURE__ */ text()),
  status: /* @__PURE__ */ oneOf(['processing', 'succeeded', 'failed']),
}) satisfies AnswerSchema<CheckoutOrderView>;

export const CheckoutViewSchema = /* @__PURE__ */ object({
  checkoutId: id,
  status: /* @__PURE__ */ oneOf(checkoutStatuses),
  final: boolean,
  batchPaymentRequestId: /* @__PURE__ */ text(),
  paymentMethodType: /* @__PURE__ */ text(),
  paymentAmount: amount,
  createdAt: /* @__PURE__ */ text(),
  updatedAt: /* @__PURE__ */ text(),
  outcome: BatchPayOutcomeSchema,
  failure: /* @__PURE__ */ optional(FailedOutcomeSchema),
  orders: /* @__PURE__ */ array(CheckoutOrderViewSchema),
}) satisfies AnswerSchema<CheckoutView>;

export const CartViewSchema = /* @__PURE__ */ object({
  cartId: id,
  orders: /* @__PURE__ */ array(
    /* @__PURE__ */ object({
      referenceOrderId: id,
      orderDescription: /* @__PURE__ */ text(),
      orderAmount: amount,
      merchant: /* @__PURE__ */ object({
        referenceMerchantId: id,
        merchantName: /* @__PURE__ */ optional(/* @__PURE__ */ text()),
        merchantDisplayName: /* @__PURE__ */ optional(/* @__PURE__ */ text()),
      }),
      goods: /* @__PURE__ */ optional(
        /* @__PURE__ */ array(
          /* @__PURE__ */ object({
            referenceGoodsId: /* @__PURE__ */ text(),
            goodsName: /* @__PURE__ */ text(),
            goodsQuantity: /* @__PURE__ */ optional(
              /* @__PURE__ */ text(/^[1-9]\d*$/, 'must be a positive whole number as a string'),
            ),
          }),
        ),
      ),
    }),
  ),
  paymentAmount: amount,
}) satisfies AnswerSchema<CartView>;

export const PaymentMethodOptionSchema = /* @__PURE__ */ object({
  paymentMethodType: /* @__PURE__ */ text(/[\s\S]/, 'must be a non-empty string, such as "KAKAOPAY"'),
  displayName: /* @__PURE__ */ optional(/* @__PURE__ */ text()),
  region: /* @__PURE__ */ optional(/* @__PURE__ */ text()),
  disabled: /* @__PURE__ */ optional(boolean),
  disabledReason: /* @__PURE__ */ optional(/* @__PURE__ */ text()),
  logoUrl: /* @__PURE__ */ optional(/* @__PURE__ */ text()),
}) satisfies AnswerSchema<PaymentMethodOption>;

export const PaymentMethodsResponseSchema = /* @__PURE__ */ object({
  methods: /* @__PURE__ */ array(PaymentMethodOptionSchema),
}) satisfies AnswerSchema<PaymentMethodsResponse>;

export const ApiErrorBodySchema = /* @__PURE__ */ object({
  error: /* @__PURE__ */ object({
    code: /* @__PURE__ */ text(),
    message: /* @__PURE__ */ text(),
    field: /* @__PURE__ */ optional(/* @__PURE__ */ text()),
  }),
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
