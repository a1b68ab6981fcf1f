import type { CheckoutView } from '@batchpay/core';
import { generateKeyPair } from '@batchpay/core/signature';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuthorizeTarget } from './BatchPayHandlerOptions.js';
import { webEnv } from './test-utils/merchantApi.js';
import { type HostileGateway, startHostileGateway } from './test-utils/startHostileGateway.js';
import { type MerchantUnderTest, removeDbFile, startMerchant } from './test-utils/startMerchant.js';
import { closedPortUrl } from './test-utils/startRawGateway.js';

const clientId = 'SANDBOX_2026HOOKS';
let merchantKeys: { privateKey: string; publicKey: string };
let gw: HostileGateway;
const merchants: MerchantUnderTest[] = [];
let keyCounter = 0;
const newKey = () => `hook-key-${++keyCounter}-${Math.random().toString(36).slice(2, 10)}`;

beforeAll(async () => {
  merchantKeys = await generateKeyPair();
  gw = await startHostileGateway({ clientId, now: () => Date.now() });
});
afterAll(async () => {
  await gw?.close();
});
afterEach(async () => {
  gw.reset();
  while (merchants.length) {
    const m = merchants.pop();
    if (m) {
      await m.stop().catch(() => {});
      removeDbFile(m.dbFile);
    }
  }
});

async function merchant(handler: Parameters<typeof startMerchant>[0]['handler'] = {}, baseUrl?: string) {
  const m = await startMerchant({
    antom: {
      clientId,
      privateKey: merchantKeys.privateKey,
      antomPublicKey: gw.antomPublicKey,
      baseUrl: baseUrl ?? gw.url,
      maxAttempts: 1,
    },
    handler,
  });
  merchants.push(m);
  return m;
}

const body = { cartId: 'cart-test', paymentMethodType: 'KAKAOPAY', env: webEnv, userRegion: 'KR' };

async function post(url: string, key: string, payload: unknown = body, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/api/checkouts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers },
    body: JSON.stringify(payload),
  });
  const json = (await response.json()) as {
    checkoutId: string;
    outcome: { kind: string; message?: string };
    error: { code: string; message: string; field?: string };
  };
  return { status: response.status, headers: response.headers, json };
}

describe('authorize', () => {
  it('is asked before every cart and checkout route, and a refusal is 403 FORBIDDEN that creates nothing', async () => {
    const asked: AuthorizeTarget[] = [];
    // Carts belong to the session that holds them: the cookie names the cart it may pay.
    const m = await merchant({
      authorize: (request, target) => {
        asked.push(target);
        const session = /(?:^|; )session=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
        if ('cartId' in target) return session === `owner-of-${target.cartId}`;
        return session === 'owner-of-cart-test';
      },
    });
    const stranger = { cookie: 'session=someone-else' };
    const owner = { cookie: 'session=owner-of-cart-test' };

    const cart = await fetch(`${m.url}/api/carts/cart-test`, { headers: stranger });
    expect(cart.status).toBe(403);
    expect(await cart.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const key = newKey();
    const before = gw.calls.batchPay;
    const refused = await post(m.url, key, body, stranger);
    expect(refused.status).toBe(403);
    expect(await m.storage.getCheckoutByIdempotencyKey(key)).toBeNull();
    expect(gw.calls.batchPay).toBe(before);

    const allowed = await post(m.url, key, body, owner);
    expect(allowed.status).toBe(201);
    const view = await fetch(`${m.url}/api/checkouts/${allowed.json.checkoutId}`, { headers: stranger });
    expect(view.status).toBe(403);
    const own = await fetch(`${m.url}/api/checkouts/${allowed.json.checkoutId}`, { headers: owner });
    expect(own.status).toBe(200);
    expect(asked).toEqual([
      { cartId: 'cart-test' },
      { cartId: 'cart-test' },
      { cartId: 'cart-test' },
      { checkoutId: allowed.json.checkoutId },
      { checkoutId: allowed.json.checkoutId },
    ]);
    expect(m.events.filter((e) => e.type === 'request.forbidden')).toHaveLength(3);
  });
});

describe('rate limit', () => {
  it('answers 429 RATE_LIMITED with Retry-After per client, on creation and on status reads', async () => {
    const m = await merchant({
      trustProxyHeader: 'x-forwarded-for',
      rateLimit: { checkouts: { burst: 2, perSecond: 0.01 }, statusReads: { burst: 3, perSecond: 0.01 } },
    });
    const a = { 'x-forwarded-for': '198.51.100.1' };
    const b = { 'x-forwarded-for': '198.51.100.2' };
    const before = gw.calls.batchPay;
    const first = await post(m.url, newKey(), body, a);
    expect(first.status).toBe(201);
    expect((await post(m.url, newKey(), body, a)).status).toBe(201);
    const limited = await post(m.url, newKey(), body, a);
    expect(limited.status).toBe(429);
    expect(limited.json).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // The policy (IETF RateLimit header fields draft) on every answer of a limited route, as batchpay-doctor checks.
    expect(first.headers.get('ratelimit-policy')).toBe('"checkouts";q=2;w=200');
    expect(limited.headers.get('ratelimit-policy')).toBe('"checkouts";q=2;w=200');
    expect((await post(m.url, newKey(), body, b)).status).toBe(201);
    expect(gw.calls.batchPay - before).toBe(3);

    const read = () => fetch(`${m.url}/api/checkouts/${first.json.checkoutId}`, { headers: a });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await read()).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await read()).headers.get('ratelimit-policy')).toBe('"statusReads";q=3;w=300');
    expect((await fetch(`${m.url}/api/payment-methods`)).headers.has('ratelimit-policy')).toBe(false);
  });
});

describe('what the server sends Antom and the buyer', () => {
  it('sets env.clientIp from the connection (or the trusted proxy), never from the browser', async () => {
    const direct = await merchant();
    await post(direct.url, newKey(), { ...body, env: { terminalType: 'WEB', clientIp: '6.6.6.6' } });
    const sent = JSON.parse(gw.requests.at(-1)?.body ?? '{}') as { env: { clientIp?: string } };
    expect(sent.env.clientIp).toBe('127.0.0.1');

    const proxied = await merchant({ trustProxyHeader: 'x-forwarded-for' });
    await post(
      proxied.url,
      newKey(),
      { ...body, env: { terminalType: 'WEB', clientIp: '6.6.6.6' } },
      {
        'x-forwarded-for': '6.6.6.6, 203.0.113.7',
      },
    );
    const viaProxy = JSON.parse(gw.requests.at(-1)?.body ?? '{}') as { env: { clientIp?: string } };
    expect(viaProxy.env.clientIp).toBe('203.0.113.7');
  });

  it('keeps transport causes and paths out of the buyer-facing message; they go to the event log', async () => {
    const m = await merchant({}, await closedPortUrl());
    const { json } = await post(m.url, newKey());
    expect(json.outcome).toMatchObject({ kind: 'failed', code: 'TRANSPORT_ERROR', retry: 'same-request-id' });
    expect(json.outcome.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|\/ams\/|fetch failed/);
    const view = (await (await fetch(`${m.url}/api/checkouts/${json.checkoutId}`)).json()) as CheckoutView;
    expect(JSON.stringify(view)).not.toMatch(/ECONNREFUSED|\/ams\//);
    expect(m.events.find((e) => e.type === 'antom.batchPay.failed')?.detail).toMatch(/\/ams\/sandbox\/api/);
  });

  it('a changed env or userRegion under the same Idempotency-Key is 409 naming the key', async () => {
    const m = await merchant();
    const key = newKey();
    expect((await post(m.url, key)).status).toBe(201);
    const region = await post(m.url, key, { ...body, userRegion: 'US' });
    expect(region.status).toBe(409);
    expect(region.json).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' } });
    const env = await post(m.url, key, { ...body, env: { terminalType: 'WAP', osType: 'IOS' } });
    expect(env.status).toBe(409);
    expect(env.json.error.message).toMatch(/Idempotency-Key/);
    // The same body again (the browser's own clientIp ignored) replays the first answer.
    const same = await post(m.url, key, { ...body, env: { terminalType: 'WEB', clientIp: '10.0.0.1' } });
    expect(same.status).toBe(200);
    expect(gw.calls.batchPay).toBeGreaterThanOrEqual(1);
  });

  it('names a wrong type as such, and refuses MINI_APP with the field that names it', async () => {
    const m = await merchant();
    const wrong = await post(m.url, newKey(), { ...body, cartId: 123 });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toMatchObject({ field: 'cartId' });
    expect(wrong.json.error.message).toContain('cartId must be a string');
    const missing = await post(m.url, newKey(), { paymentMethodType: 'KAKAOPAY', env: webEnv });
    expect(missing.json.error.message).toContain('cartId is required');
    const mini = await post(m.url, newKey(), { ...body, env: { terminalType: 'MINI_APP' } });
    expect(mini.status).toBe(400);
    expect(mini.json.error).toMatchObject({ code: 'UNSUPPORTED_TERMINAL_TYPE', field: 'env.terminalType' });
  });
});

describe('a lease held elsewhere', () => {
  it('a same-key retry gets 409 CHECKOUT_IN_PROGRESS with Retry-After after a short wait, not a 30 s hang', async () => {
    const m = await merchant({ waitForConcurrentMs: 200 });
    const key = newKey();
    const before = gw.calls.batchPay;
    const now = new Date();
    // Another instance holds this checkout and renews its lease (it is calling Antom right now).
    await m.storage.createCheckout({
      checkoutId: 'co_elsewhere',
      idempotencyKey: key,
      cartId: 'cart-test',
      paymentMethodType: 'KAKAOPAY',
      batchPaymentRequestId: 'bp_elsewhere',
      requestBody: JSON.stringify({ env: webEnv, userRegion: 'KR', orderList: [] }),
      currency: 'USD',
      paymentAmount: '8349',
      expiresAt: new Date(now.getTime() + 14 * 60_000).toISOString(),
      leaseUntil: new Date(now.getTime() + 20_000).toISOString(),
      now: now.toISOString(),
      orders: [{ referenceOrderId: 'ORD-SHOES-1', referenceMerchantId: 'SELLER_SHOES', orderAmount: '5000' }],
    });
    const answer = await post(m.url, key);
    expect(answer.status).toBe(409);
    expect(answer.json).toMatchObject({ error: { code: 'CHECKOUT_IN_PROGRESS' } });
    const retryAfter = Number(answer.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(gw.calls.batchPay).toBe(before);
  });
});
