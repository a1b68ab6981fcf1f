import type {
  ApiErrorBody,
  BatchPayOutcome,
  CartView,
  CheckoutOrderView,
  CheckoutView,
  CreateCheckoutResponse,
  FailedOutcome,
  PaymentMethodOption,
  PaymentMethodsResponse,
} from '@batchpay/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { AnswerOf } from './answerSchema.js';
import type {
  ApiErrorBodySchema,
  BatchPayOutcomeSchema,
  CartViewSchema,
  CheckoutOrderViewSchema,
  CheckoutViewSchema,
  CreateCheckoutResponseSchema,
  FailedOutcomeSchema,
  PaymentMethodOptionSchema,
  PaymentMethodsResponseSchema,
} from './merchantApiSchemas.js';

/*
 * The server answers with core's checkoutApi.ts types; the browser checks with these schemas. Their output types
 * must be the same types, field for field (checked by `pnpm --filter @batchpay/client typecheck`): a field added on
 * one side only fails here. The one exception: a succeeded outcome's `paymentResultInfo` (Antom's card details),
 * which the browser never reads and drops; what contains an outcome is checked to be a core type, and equal to it
 * once that field is left out.
 */
type WithoutCardDetails<T> = T extends { kind: 'succeeded' } ? Omit<T, 'paymentResultInfo'> : T;
type BrowserOutcome = WithoutCardDetails<BatchPayOutcome>;
describe('answer schemas and the core types of the merchant API', () => {
  it('are the same types', () => {
    expectTypeOf<AnswerOf<typeof BatchPayOutcomeSchema>>().toEqualTypeOf<BrowserOutcome>();
    expectTypeOf<AnswerOf<typeof BatchPayOutcomeSchema>>().toExtend<BatchPayOutcome>();
    expectTypeOf<AnswerOf<typeof CreateCheckoutResponseSchema>>().toEqualTypeOf<{
      checkoutId: CreateCheckoutResponse['checkoutId'];
      outcome: BrowserOutcome;
    }>();
    expectTypeOf<AnswerOf<typeof CreateCheckoutResponseSchema>>().toExtend<CreateCheckoutResponse>();
    expectTypeOf<AnswerOf<typeof CheckoutViewSchema>>().toExtend<CheckoutView>();
    expectTypeOf<AnswerOf<typeof FailedOutcomeSchema>>().toEqualTypeOf<FailedOutcome>();
    expectTypeOf<AnswerOf<typeof CheckoutOrderViewSchema>>().toEqualTypeOf<CheckoutOrderView>();
    expectTypeOf<AnswerOf<typeof CartViewSchema>>().toEqualTypeOf<CartView>();
    expectTypeOf<AnswerOf<typeof PaymentMethodOptionSchema>>().toEqualTypeOf<PaymentMethodOption>();
    expectTypeOf<AnswerOf<typeof PaymentMethodsResponseSchema>>().toEqualTypeOf<PaymentMethodsResponse>();
    expectTypeOf<AnswerOf<typeof ApiErrorBodySchema>>().toEqualTypeOf<ApiErrorBody>();
  });
});
