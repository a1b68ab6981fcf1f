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
import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
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
 * one side only fails here.
 */
describe('answer schemas and the core types of the merchant API', () => {
  it('are the same types', () => {
    expectTypeOf<v.InferOutput<typeof CreateCheckoutResponseSchema>>().toEqualTypeOf<CreateCheckoutResponse>();
    expectTypeOf<v.InferOutput<typeof BatchPayOutcomeSchema>>().toEqualTypeOf<BatchPayOutcome>();
    expectTypeOf<v.InferOutput<typeof FailedOutcomeSchema>>().toEqualTypeOf<FailedOutcome>();
    expectTypeOf<v.InferOutput<typeof CheckoutViewSchema>>().toEqualTypeOf<CheckoutView>();
    expectTypeOf<v.InferOutput<typeof CheckoutOrderViewSchema>>().toEqualTypeOf<CheckoutOrderView>();
    expectTypeOf<v.InferOutput<typeof CartViewSchema>>().toEqualTypeOf<CartView>();
    expectTypeOf<v.InferOutput<typeof PaymentMethodOptionSchema>>().toEqualTypeOf<PaymentMethodOption>();
    expectTypeOf<v.InferOutput<typeof PaymentMethodsResponseSchema>>().toEqualTypeOf<PaymentMethodsResponse>();
    expectTypeOf<v.InferOutput<typeof ApiErrorBodySchema>>().toEqualTypeOf<ApiErrorBody>();
  });
});
