import * as v from 'valibot';
import { BatchPayApiError } from './BatchPayApiError.js';
import {
  type ApiErrorBody,
  type CartView,
  type CheckoutView,
  type CreateCheckoutResponse,
  checkoutStatuses,
  type PaymentMethodsResponse,
} from './checkoutApi.js';
import { formatValidationIssues, parseSchema } from './parseSchema.js';
import type { PaymentMethodOption } from './paymentMethods.js';

/*
 * Shape checks of the merchant backend's answers (types: checkoutApi.ts), as the browser receives them. Each checks
 * the fields a client acts on; other fields pass through as the server sent them (a newer server may add some).
 */

/** A schema whose output is the answer type `T` (for clients that pass one of the schemas below along). */
export type ApiAnswerSchema<T> = v.GenericSchema<unknown, T>;

const id = v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty'));
const object = <T>(entries: v.ObjectEntries) =>
  v.pipe(
    v.looseObject(entries, 'must be a JSON object'),
    // The checked fields are those of T a client reads; the rest passes through untouched.
    v.transform((value) => value as unknown as T),
  );

export const CreateCheckoutResponseSchema = object<CreateCheckoutResponse>({
  checkoutId: id,
  outcome: v.variant(
    'kind',
    [
      v.looseObject({ kind: v.literal('succeeded') }),
      v.looseObject({ kind: v.literal('redirect'), urls: v.looseObject({}, 'must be an object of cashier URLs') }),
      v.looseObject({ kind: v.literal('failed'), code: v.string('must be a result code'), retry: v.string() }),
    ],
    'must be an outcome of kind "succeeded", "redirect" or "failed"',
  ),
});

export const CheckoutViewSchema = object<CheckoutView>({
  checkoutId: id,
  status: v.picklist(checkoutStatuses, `must be one of ${checkoutStatuses.join(', ')}`),
  final: v.boolean('must be true or false'),
  orders: v.array(v.looseObject({}), 'must be an array of orders'),
});

export const CartViewSchema = object<CartView>({
  orders: v.array(v.looseObject({}), 'must be an array of orders'),
  paymentAmount: v.looseObject({}, 'must be an amount'),
});

export const PaymentMethodsResponseSchema = v.looseObject({
  methods: v.pipe(
    v.array(v.unknown(), 'must be an array of payment methods'),
    // A method without a paymentMethodType cannot be paid with: it is left out rather than failing the list.
    v.filterItems(
      (m) =>
        typeof m === 'object' &&
        m !== null &&
        typeof (m as { paymentMethodType?: unknown }).paymentMethodType === 'string',
    ),
    v.transform((methods) => methods as PaymentMethodOption[]),
  ),
}) satisfies v.GenericSchema<unknown, PaymentMethodsResponse>;

export const ApiErrorBodySchema = object<ApiErrorBody>({
  error: v.looseObject({
    code: v.string('must be an error code'),
    message: v.string('must be a message'),
    field: v.optional(v.string()),
  }),
});

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
