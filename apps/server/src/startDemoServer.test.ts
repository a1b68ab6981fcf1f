import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CartView, CheckoutView, CreateCheckoutResponse, Order, PaymentMethodsResponse } from '@batchpay/core';
import { type SandboxServer, startSandboxCli, submitCashierForm } from '@batchpay/sandbox';
import { describe, expect, it } from 'vitest';
import { defaultPaymentMethods, loadConfig } from './loadConfig';
import { type DemoServer, startDemoServer } from './startDemoServer';
import { testResources } from './test-utils/testResources';

const { cleanups, tempDir, freePort } = testResources('demo-server-');

const origin = 'http://127.0.0.1:5173';

describe('loadConfig', () => {
  it('has working defaults: port 8788, the sandbox on 8787, .sandbox and .data at the repo root, eight methods', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8788);
    expect(config.sandboxUrl).toBe('http://127.0.0.1:8787');
    expect(config.sandboxDataDir).toMatch(/\/\.sandbox$/);
    expect(config.returnUrl).toBe(`${origin}/result`);
    expect(config.publicUrl).toBe('http://127.0.0.1:8788');
    expect(config.paymentMethods).toEqual(defaultPaymentMethods);
    expect(config.antom).toBeUndefined();
  });

  it('names the missing variable when Antom is half configured, and a bad port', () => {
    expect(() => loadConfig({ ANTOM_CLIENT_ID: 'X', ANTOM_BASE_URL: 'https://open-na-global.alipay.com' })).toThrow(
      /missing: ANTOM_PRIVATE_KEY, ANTOM_PUBLIC_KEY/,
    );
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT is "eighty"/);
    expect(() => loadConfig({ DEMO_ORIGIN: 'http://127.0.0.1:5173/app' })).toThrow(/DEMO_ORIGIN/);
  });
});

describe('the demo server', () => {
  it('serves the demo cart and methods, allows only the demo origin, and runs a checkout to success', async () => {
    const sandboxDir = tempDir();
    const sandbox: SandboxServer = await startSandboxCli({
      port: 0,
      host: '127.0.0.1',
      dataDir: sandboxDir,
      notifyTimeScale: 0.001,
    });
    cleanups.push(() => sandbox.close());
    const port = await freePort();
    const lines: string[] = [];
    const server: DemoServer = await startDemoServer(
      loadConfig({
        PORT: String(port),
        DATA_DIR: tempDir(),
        SANDBOX_DATA_DIR: sandboxDir,
        SANDBOX_URL: sandbox.url,
        SANDBOX_AUTOSTART: '0',
      }),
      (line) => lines.push(line),
    );
    cleanups.push(() => server.close());

    // The server sends whole batchPay orders (a browser keeps a CartView's fields of them).
    const cart = (await (await fetch(`${server.url}/api/carts/demo-cart`)).json()) as Omit<CartView, 'orders'> & {
      orders: Order[];
    };
    expect(cart.paymentAmount).toEqual({ currency: 'USD', value: '11989' });
    expect(new Set(cart.orders.map((o) => o.merchant.merchantMCC)).size).toBe(3);
    expect(new Set(cart.orders.map((o) => o.orderAmount.currency))).toEqual(new Set(['USD']));
    const methods = (await (await fetch(`${server.url}/api/payment-methods`)).json()) as PaymentMethodsResponse;
    expect(methods.methods.map((m) => m.paymentMethodType)).toEqual(defaultPaymentMethods);

    const preflight = (from: string) =>
      fetch(`${server.url}/api/checkouts`, {
        method: 'OPTIONS',
        headers: {
          origin: from,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,idempotency-key',
        },
      });
    const allowed = await preflight(origin);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    const exposed = await fetch(`${server.url}/api/payment-methods`, { headers: { origin } });
    expect(exposed.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('retry-after');
    const refused = await preflight('http://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();

    const created = await fetch(`${server.url}/api/checkouts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'demo-test-key-1', origin },
      body: JSON.stringify({
        cartId: 'demo-cart',
        paymentMethodType: 'KAKAOPAY',
        env: { terminalType: 'WEB' },
        userRegion: 'KR',
      }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('access-control-allow-origin')).toBe(origin);
    const { checkoutId, outcome } = (await created.json()) as CreateCheckoutResponse;
    if (outcome.kind !== 'redirect' || !outcome.urls.normalUrl)
      throw new Error(`expected a redirect: ${JSON.stringify(outcome)}`);
    const paid = await submitCashierForm(outcome.urls.normalUrl, 'pay');
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`${origin}/result?checkout=${checkoutId}`);

    let view: CheckoutView | undefined;
    for (let i = 0; i < 100; i++) {
      view = (await (await fetch(`${server.url}/api/checkouts/${checkoutId}`)).json()) as CheckoutView;
      if (view.final) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(view?.status).toBe('succeeded');
    const steps = lines.filter((l) => l.includes(checkoutId));
    expect(steps.map((l) => l.split(/\s+/)[1])).toEqual(
      expect.arrayContaining(['checkout.created', 'antom.batchPay', 'checkout.outcome', 'notify.accepted']),
    );
    expect(steps.every((l) => !l.includes('\n'))).toBe(true);
  });

  it("with the sandbox sending Antom's per-payment notifyPayment (--notify-shape payment): one notification per order, succeeded", async () => {
    const sandboxDir = tempDir();
    const sandbox: SandboxServer = await startSandboxCli({
      port: 0,
      host: '127.0.0.1',
      dataDir: sandboxDir,
      notifyTimeScale: 0.001,
      notifyShape: 'payment',
    });
    cleanups.push(() => sandbox.close());
    const lines: string[] = [];
    const server = await startDemoServer(
      loadConfig({
        PORT: String(await freePort()),
        DATA_DIR: tempDir(),
        SANDBOX_DATA_DIR: sandboxDir,
        SANDBOX_URL: sandbox.url,
        SANDBOX_AUTOSTART: '0',
      }),
      (line) => lines.push(line),
    );
    cleanups.push(() => server.close());
    const created = await fetch(`${server.url}/api/checkouts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'demo-per-payment-1' },
      body: JSON.stringify({ cartId: 'demo-cart', paymentMethodType: 'GCASH', env: { terminalType: 'WEB' } }),
    });
    const { checkoutId, outcome } = (await created.json()) as CreateCheckoutResponse;
    if (outcome.kind !== 'redirect' || !outcome.urls.normalUrl)
      throw new Error(`expected a redirect: ${JSON.stringify(outcome)}`);
    expect((await submitCashierForm(outcome.urls.normalUrl, 'pay')).status).toBe(303);
    let view: CheckoutView | undefined;
    for (let i = 0; i < 100; i++) {
      const answer = await fetch(`${server.url}/api/checkouts/${checkoutId}`);
      expect(answer.headers.get('ratelimit-policy')).toBe('"statusReads";q=120;w=30');
      view = (await answer.json()) as CheckoutView;
      if (view.final) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(view).toMatchObject({ status: 'succeeded', final: true });
    const accepted = lines.filter((l) => l.includes(checkoutId) && l.split(/\s+/)[1] === 'notify.accepted');
    expect(accepted).toHaveLength(view?.orders.length ?? 0);
    expect(accepted.every((l) => l.includes('matched by paymentId'))).toBe(true);
  });

  it('with no sandbox running and no merchant.json, starts one itself and works with no setup', async () => {
    const sandboxDir = tempDir();
    const sandboxPort = await freePort();
    const lines: string[] = [];
    const server = await startDemoServer(
      loadConfig({
        PORT: '0',
        DATA_DIR: tempDir(),
        SANDBOX_DATA_DIR: sandboxDir,
        SANDBOX_URL: `http://127.0.0.1:${sandboxPort}`,
      }),
      (line) => lines.push(line),
    );
    cleanups.push(() => server.close());
    expect(existsSync(join(sandboxDir, 'merchant.json'))).toBe(true);
    expect(lines[0]).toContain('sandbox started in-process');
    const created = await fetch(`${server.url}/api/checkouts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'demo-test-key-2' },
      body: JSON.stringify({
        cartId: 'demo-cart',
        paymentMethodType: 'GCASH',
        env: { terminalType: 'WAP', osType: 'ANDROID' },
      }),
    });
    const body = (await created.json()) as CreateCheckoutResponse;
    expect(body.outcome.kind).toBe('redirect');
  });
});
