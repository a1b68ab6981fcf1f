import * as v from 'valibot';
import { EnvSchema } from '../wire/batchPaySchemas.js';

/** Body of `POST /api/checkouts` (with an `Idempotency-Key` header). */
export const CreateCheckoutBodySchema = v.object({
  cartId: v.pipe(
    v.string((issue) =>
      issue.input === undefined
        ? 'is required: the id of the cart to pay'
        : 'must be a string: the id of the cart to pay',
    ),
    v.minLength(1, 'must not be empty'),
    v.maxLength(64, 'must be at most 64 characters'),
  ),
  paymentMethodType: v.pipe(
    v.string((issue) =>
      issue.input === undefined
        ? 'is required: the paymentMethodType the buyer chose, such as "KAKAOPAY"'
        : 'must be a string: the paymentMethodType the buyer chose, such as "KAKAOPAY"',
    ),
    v.minLength(1, 'must not be empty'),
    v.maxLength(64, 'must be at most 64 characters'),
  ),
  env: EnvSchema,
  userRegion: v.optional(
    v.pipe(
      v.string('must be a string: a 2-letter ISO 3166 region code, such as "KR"'),
      v.regex(/^[A-Za-z]{2}$/, 'must be a 2-letter ISO 3166 region code, such as "KR"'),
      v.toUpperCase(),
    ),
  ),
});
export type CreateCheckoutBody = v.InferOutput<typeof CreateCheckoutBodySchema>;
