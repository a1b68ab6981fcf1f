import {
  type BatchPayOutcome,
  type BatchPayRequest,
  type CreateCheckoutBody,
  CreateCheckoutBodySchema,
  type CreateCheckoutResponse,
  defaultPaymentExpiry,
  parseSchema,
  validateBatchPayRequest,
} from '@batchpay/core';
import { CartError, priceCart } from '../cart/priceCart.js';
import type { RequestInfo } from '../createBatchPayHandler.js';
import type { HandlerContext } from '../HandlerContext.js';
import { ApiError } from '../http/ApiError.js';
import { describeIssues } from '../http/describeIssues.js';
import { jsonResponse } from '../http/jsonResponse.js';
import { parseJsonObject, readBodyText } from '../http/readBodyText.js';
import type { CheckoutRecord } from '../storage/BatchPayStorage.js';
import { runCreation } from './runCreation.js';
import { storedOutcome } from './toCheckoutView.js';

const idempotencyKeyPattern = /^[A-Za-z0-9_.:-]{8,128}$/;

function withCheckoutParam(returnUrl: string, checkoutId: string): string {
  const url = new URL(returnUrl);
  url.searchParams.set('checkout', checkoutId);
  return url.toString();
}

/** ISO 8601 without milliseconds, as Antom's examples write it: 2019-11-27T12:01:01Z. */
function toIsoSeconds(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits for the request that holds this checkout (here or on another instance), or takes it over when it gave up. */
async function settle(ctx: HandlerContext, checkout: CheckoutRecord): Promise<BatchPayOutcome> {
  const deadline = Date.now() + ctx.waitForConcurrentMs;
  let current: CheckoutRecord | null = checkout;
  for (;;) {
    if (!current) throw new Error(`Checkout ${checkout.checkoutId} disappeared while waiting for it.`);
    if (current.creation !== 'pending') return storedOutcome(current);
    const running = ctx.inflight.get(current.checkoutId);
    if (running) return running;
    const now = ctx.now();
    if (
      await ctx.storage.claimCheckout(
        current.checkoutId,
        now.toISOString(),
        new Date(now.getTime() + ctx.leaseMs).toISOString(),
      )
    ) {
      ctx.emit({
        type: 'checkout.resumed',
        checkoutId: current.checkoutId,
        batchPaymentRequestId: current.batchPaymentRequestId,
        detail: 'same Idempotency-Key, same batchPaymentRequestId',
      });
      return track(ctx, current);
    }
    if (Date.now() > deadline) {
      const leftMs = Date.parse(current.leaseUntil) - ctx.now().getTime();
      const seconds = Math.min(30, Math.max(1, Math.ceil(leftMs / 1000)));
      throw new ApiError(
        409,
        'CHECKOUT_IN_PROGRESS',
        `This checkout is still being created: retry with the same Idempotency-Key after ${seconds} s (Retry-After).`,
        'Idempotency-Key',
        { 'retry-after': String(seconds) },
      );
    }
    await delay(50);
    current = await ctx.storage.getCheckout(current.checkoutId);
  }
}

function track(ctx: HandlerContext, checkout: CheckoutRecord, fresh = false): Promise<BatchPayOutcome> {
  const running = runCreation(ctx, checkout, { fresh }).finally(() => ctx.inflight.delete(checkout.checkoutId));
  ctx.inflight.set(checkout.checkoutId, running);
  return running;
}

/** `POST /api/checkouts`: one batch per Idempotency-Key, amounts from the server's own cart, never from the body. */
export async function handleCreateCheckout(
  ctx: HandlerContext,
  request: Request,
  info: RequestInfo,
): Promise<Response> {
  const key = request.headers.get('idempotency-key');
  if (!key) {
    throw new ApiError(
      400,
      'MISSING_IDEMPOTENCY_KEY',
      'Send an Idempotency-Key header (a new random id per checkout attempt, such as a UUID).',
      'Idempotency-Key',
    );
  }
  if (!idempotencyKeyPattern.test(key)) {
    throw new ApiError(
      400,
      'INVALID_IDEMPOTENCY_KEY',
      'The Idempotency-Key must be 8 to 128 characters of letters, digits, "_", "-", "." or ":" (a UUID works).',
      'Idempotency-Key',
    );
  }
  const parsed = parseSchema(CreateCheckoutBodySchema, parseJsonObject(await readBodyText(request, ctx.maxBodyBytes)));
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new ApiError(400, 'INVALID_BODY', describeIssues(parsed.issues), first?.path);
  }
  // The risk data Antom gets carries the address the server saw, never one the browser wrote.
  const { clientIp: _fromBrowser, ...browserEnv } = parsed.value.env;
  const body: CreateCheckoutBody = {
    ...parsed.value,
    env: { ...browserEnv, ...(info.clientIp ? { clientIp: info.clientIp } : {}) },
  };
  await ctx.authorize(request, { cartId: body.cartId });
  const existing = await ctx.storage.getCheckoutByIdempotencyKey(key);
  if (existing) return answerExisting(ctx, existing, body);

  if (body.env.terminalType === 'MINI_APP') {
    throw new ApiError(
      400,
      'UNSUPPORTED_TERMINAL_TYPE',
      'env.terminalType MINI_APP is not supported by this server (it needs an appId): use WEB, WAP or APP.',
      'env.terminalType',
    );
  }

  if (!ctx.methods.some((m) => m.paymentMethodType === body.paymentMethodType && !m.disabled)) {
    throw new ApiError(
      400,
      'UNKNOWN_PAYMENT_METHOD',
      `paymentMethodType "${body.paymentMethodType}" is not offered here: pick one from GET /api/payment-methods.`,
      'paymentMethodType',
    );
  }
  const cart = await ctx.storage.getCart(body.cartId);
  if (!cart) throw new ApiError(404, 'UNKNOWN_CART', `No cart "${body.cartId}": check the cartId.`, 'cartId');
  let priced: ReturnType<typeof priceCart>;
  try {
    priced = priceCart(cart);
  } catch (error) {
    if (error instanceof CartError)
      throw new ApiError(422, 'CART_NOT_PAYABLE', `The cart cannot be paid: ${error.message}`, 'cartId');
    throw error;
  }

  const now = ctx.now();
  const expiresAt =
    ctx.paymentExpiryMs === undefined
      ? defaultPaymentExpiry(body.paymentMethodType, now)
      : new Date(now.getTime() + ctx.paymentExpiryMs);
  const checkoutId = `co_${ctx.newId()}`;
  const batchPaymentRequestId = `bp_${ctx.newId().replaceAll('-', '')}`;
  const batchPay: BatchPayRequest = {
    productCode: 'CASHIER_PAYMENT',
    batchPaymentRequestId,
    paymentAmount: priced.paymentAmount,
    paymentMethod: { paymentMethodType: body.paymentMethodType },
    paymentRedirectUrl: withCheckoutParam(ctx.returnUrl, checkoutId),
    paymentNotifyUrl: ctx.notifyUrl,
    ...(ctx.paymentExpiryMs === undefined ? {} : { paymentExpiryTime: toIsoSeconds(expiresAt) }),
    ...(body.userRegion ? { userRegion: body.userRegion } : {}),
    env: body.env,
    orderList: priced.orders,
  };
  const valid = validateBatchPayRequest(batchPay, { level: 'kit', now });
  if (!valid.ok) {
    const first = valid.issues[0];
    const fromClient = first && /^(env|userRegion|paymentMethod)/.test(first.path);
    throw new ApiError(
      fromClient ? 400 : 422,
      fromClient ? 'INVALID_BODY' : 'CART_NOT_PAYABLE',
      `The payment request would be refused: ${describeIssues(valid.issues)}`,
      fromClient ? first.path : 'cartId',
    );
  }
  const { created, checkout } = await ctx.storage.createCheckout({
    checkoutId,
    idempotencyKey: key,
    cartId: body.cartId,
    paymentMethodType: body.paymentMethodType,
    batchPaymentRequestId,
    requestBody: JSON.stringify(valid.value),
    currency: priced.paymentAmount.currency,
    paymentAmount: priced.paymentAmount.value,
    expiresAt: expiresAt.toISOString(),
    leaseUntil: new Date(now.getTime() + ctx.leaseMs).toISOString(),
    now: now.toISOString(),
    // This request calls Antom right after the insert: the call is counted in the same commit.
    antomCalls: 1,
    orders: priced.orders.map((o) => ({
      referenceOrderId: o.referenceOrderId,
      referenceMerchantId: o.merchant.referenceMerchantId,
      orderAmount: o.orderAmount.value,
    })),
  });
  if (!created) return answerExisting(ctx, checkout, body);
  ctx.emit({
    type: 'checkout.created',
    checkoutId,
    batchPaymentRequestId,
    detail: `cart ${body.cartId}, ${priced.orders.length} orders, ${priced.paymentAmount.currency} ${priced.paymentAmount.value} (minor units), ${body.paymentMethodType}`,
  });
  const outcome = await track(ctx, checkout, true);
  const answer: CreateCheckoutResponse = { checkoutId, outcome };
  return jsonResponse(answer, 201);
}

/** JSON of an object with its keys sorted, so that two equal objects compare equal. */
function canonical(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** The env and userRegion a checkout was created with (clientIp left out: a buyer's address may change). */
function requestShape(env: Record<string, unknown>, userRegion: string | undefined): string {
  const { clientIp: _ip, ...rest } = env;
  return canonical({ env: rest, userRegion });
}

async function answerExisting(
  ctx: HandlerContext,
  checkout: CheckoutRecord,
  body: CreateCheckoutBody,
): Promise<Response> {
  if (checkout.cartId !== body.cartId || checkout.paymentMethodType !== body.paymentMethodType) {
    throw new ApiError(
      409,
      'IDEMPOTENCY_KEY_REUSED',
      `This Idempotency-Key already belongs to a checkout of cart "${checkout.cartId}" with ${checkout.paymentMethodType}: use a new key for a different checkout.`,
      'Idempotency-Key',
    );
  }
  const sent = JSON.parse(checkout.requestBody) as BatchPayRequest;
  if (
    requestShape(sent.env as Record<string, unknown>, sent.userRegion) !==
    requestShape(body.env as Record<string, unknown>, body.userRegion)
  ) {
    throw new ApiError(
      409,
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key already belongs to a checkout with another env or userRegion: use a new key for a different checkout, or resend the same body.',
      'Idempotency-Key',
    );
  }
  const outcome = await settle(ctx, checkout);
  ctx.emit({
    type: 'checkout.replayed',
    checkoutId: checkout.checkoutId,
    batchPaymentRequestId: checkout.batchPaymentRequestId,
    detail: `same Idempotency-Key, outcome ${outcome.kind}`,
  });
  const answer: CreateCheckoutResponse = { checkoutId: checkout.checkoutId, outcome };
  return jsonResponse(answer, 200);
}
