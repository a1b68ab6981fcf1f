import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMerchantCredentials } from './createMerchantCredentials.js';
import { createSandbox } from './createSandbox.js';
import type { NotificationDelivery } from './NotificationDelivery.js';
import type { SandboxBatchView } from './SandboxBatch.js';
import { submitCashierForm } from './submitCashierForm.js';
import { callGateway, readAnswer, sampleBatchPay } from './test-utils/gatewayClient.js';
import { startNotifyReceiver } from './test-utils/startNotifyReceiver.js';
import { startTestSandbox, type TestSandbox } from './test-utils/startTestSandbox.js';

const csrfTokenIn = (html: string) => /name="csrf" value="([^"]*)"/.exec(html)?.[1];

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(async () => {
  await t.close();
});
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const evil = 'https://evil.example';

async function createBatch(overrides: Parameters<typeof sampleBatchPay>[0] = {}) {
  const body = sampleBatchPay(overrides);
  const answer = await readAnswer(await callGateway(t.server.url, t.merchant, body), t.server.sandbox.publicKey);
  expect(answer.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
  return { body, normalUrl: answer.json.normalUrl ?? '' };
}

async function statusOf(batchPaymentRequestId: string): Promise<string> {
  const res = await fetch(`${t.server.url}/sandbox/batches/${batchPaymentRequestId}`);
  return ((await res.json()) as SandboxBatchView).status;
}

describe('the control API answers only the demo origin', () => {
  it('another web page can neither read the control API nor change it', async () => {
    const read = await fetch(`${t.server.url}/sandbox/notifications`, { headers: { origin: evil } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    await read.arrayBuffer();
    const preflight = await fetch(`${t.server.url}/sandbox/scenarios`, {
      method: 'OPTIONS',
      headers: { origin: evil, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    // A "simple" cross-site POST needs no preflight: it is refused by its Origin, and nothing changes.
    const post = await fetch(`${t.server.url}/sandbox/scenarios`, {
      method: 'POST',
      headers: { origin: evil, 'content-type': 'text/plain' },
      body: JSON.stringify({ resultCode: 'RISK_REJECT' }),
    });
    expect(post.status).toBe(403);
    expect(((await post.json()) as { error: string }).error).toMatch(/--cors-origin https:\/\/evil\.example/);
    const scenarios = (await (await fetch(`${t.server.url}/sandbox/scenarios`)).json()) as { scenarios: unknown[] };
    expect(scenarios.scenarios).toEqual([]);
  });

  it('the demo origin (default http://127.0.0.1:5173) is answered; another origin is added by option', async () => {
    const demo = await fetch(`${t.server.url}/sandbox`, { headers: { origin: 'http://127.0.0.1:5173' } });
    expect(demo.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    await demo.arrayBuffer();
    const other = await startTestSandbox({ corsOrigins: ['http://127.0.0.1:14173'] });
    cleanups.push(() => other.close());
    const allowed = await fetch(`${other.server.url}/sandbox/scenarios`, {
      method: 'DELETE',
      headers: { origin: 'http://127.0.0.1:14173' },
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:14173');
    const demoNow = await fetch(`${other.server.url}/sandbox/scenarios`, {
      method: 'DELETE',
      headers: { origin: 'http://127.0.0.1:5173' },
    });
    expect(demoNow.status).toBe(403);
  });
});

describe('a registered merchant id keeps its key', () => {
  const register = (clientId: string, publicKey: string) =>
    fetch(`${t.server.url}/sandbox/merchants`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId, publicKey }),
    });

  it('the same key again is fine (a restart); another key is refused and the merchant keeps working', async () => {
    const owner = await createMerchantCredentials();
    const thief = await createMerchantCredentials();
    expect((await register(owner.clientId, owner.publicKey)).status).toBe(201);
    expect((await register(owner.clientId, owner.publicKey)).status).toBe(200);
    const takeover = await register(owner.clientId, thief.publicKey);
    expect(takeover.status).toBe(409);
    expect(((await takeover.json()) as { error: string }).error).toMatch(/already registered with another public key/);

    const body = sampleBatchPay();
    const asOwner = await readAnswer(await callGateway(t.server.url, owner, body), t.server.sandbox.publicKey);
    expect(asOwner.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
    const asThief = await readAnswer(
      await callGateway(t.server.url, { ...owner, privateKey: thief.privateKey }, sampleBatchPay()),
      t.server.sandbox.publicKey,
    );
    expect(asThief.json.result?.resultCode).toBe('INVALID_SIGNATURE');
    expect(() => t.server.sandbox.registerMerchant({ clientId: owner.clientId, publicKey: thief.publicKey })).toThrow(
      /already registered with another public key/,
    );
  });
});

describe('cashier forms carry a CSRF token bound to the batch', () => {
  const post = (url: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', body: new URLSearchParams(form), headers, redirect: 'manual' });

  it('a cross-site Pay or Decline is refused and changes nothing; the page itself still works', async () => {
    const { body, normalUrl } = await createBatch();
    const other = await createBatch();
    const token = csrfTokenIn(await (await fetch(normalUrl)).text()) ?? '';
    const otherToken = csrfTokenIn(await (await fetch(other.normalUrl)).text()) ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(otherToken).not.toBe(token);

    // What a hostile page's auto-submitting form sends: no token, or a guess, from its own origin.
    const crossSite = { origin: evil, 'sec-fetch-site': 'cross-site' };
    const attempts = [
      await post(normalUrl, { action: 'pay' }, crossSite),
      await post(normalUrl, { action: 'decline', declineCode: 'RISK_REJECT' }, crossSite),
      await post(normalUrl, { action: 'pay', csrf: token }, crossSite),
      await post(normalUrl, { action: 'pay' }),
      await post(normalUrl, { action: 'pay', csrf: 'x'.repeat(43) }),
      await post(normalUrl, { action: 'pay', csrf: otherToken }),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('Nothing was paid, declined or cancelled');
    }
    expect(await statusOf(body.batchPaymentRequestId)).toBe('PROCESSING');

    const paid = await post(normalUrl, { action: 'pay', csrf: token }, { origin: t.server.url });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(body.paymentRedirectUrl);
    expect(await statusOf(body.batchPaymentRequestId)).toBe('SUCCESS');
    expect(await statusOf(other.body.batchPaymentRequestId)).toBe('PROCESSING');
  });

  it('no other site may frame the cashier page, and its token stays out of the Referer', async () => {
    const { normalUrl } = await createBatch();
    const page = await fetch(normalUrl);
    await page.arrayBuffer();
    expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    // Not "no-referrer": with it a browser sends `Origin: null` on the page's own form, and Pay would be refused.
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
  });
});

describe('notifications go only to loopback or allowed hosts, and replies are not kept', () => {
  it('a merchant pointing paymentNotifyUrl at an internal address gets no request sent there', async () => {
    const calls: string[] = [];
    const merchant = await createMerchantCredentials();
    const sandbox = await createSandbox({
      merchants: [merchant],
      notifyTimeScale: 0.001,
      fetch: (input, init) => {
        calls.push(String(input));
        return fetch(input, init);
      },
    });
    cleanups.push(() => sandbox.close());
    const body = sampleBatchPay({ paymentNotifyUrl: 'http://10.20.30.40:3128/admin?x=1' });
    const answer = await readAnswer(await callGateway(sandbox, merchant, body), sandbox.publicKey);
    expect((await submitCashierForm(answer.json.normalUrl ?? '', 'pay', {}, sandbox)).status).toBe(303);
    await waitUntil(() => sandbox.notifications().length >= 2);
    expect(calls).toEqual([]);
    const first = sandbox.notifications()[0] as NotificationDelivery;
    expect(first).toMatchObject({ httpStatus: null, acknowledged: false });
    expect(first.error).toMatch(/Not sent: the notify host 10\.20\.30\.40 is neither loopback nor allowed/);
    expect(first.error).toMatch(/--notify-allow 10\.20\.30\.40/);
  });

  it('an allowed host is called; its reply is not stored, and a redirect is not followed', async () => {
    const secret = 'INTERNAL-SECRET-42';
    const target = await startNotifyReceiver();
    cleanups.push(() => target.close());
    let redirected = 0;
    const leaky = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        redirected += 1;
        if (redirected === 1) res.writeHead(302, { location: target.url }).end(secret);
        else res.writeHead(200, { 'content-type': 'text/plain' }).end(`${secret} ${'x'.repeat(10_000)}`);
      });
    });
    await new Promise<void>((resolve) => leaky.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => leaky.close(() => resolve())));
    const port = (leaky.address() as AddressInfo).port;
    const merchant = await createMerchantCredentials();
    // "shop.example" is allowed; the test's fetch sends its requests to the loopback server above.
    const sandbox = await createSandbox({
      merchants: [merchant],
      notifyTimeScale: 0.001,
      notifyAllowHosts: ['shop.example'],
      fetch: (input, init) => fetch(String(input).replace('http://shop.example', `http://127.0.0.1:${port}`), init),
    });
    cleanups.push(() => sandbox.close());
    const body = sampleBatchPay({ paymentNotifyUrl: 'http://shop.example/notify' });
    const answer = await readAnswer(await callGateway(sandbox, merchant, body), sandbox.publicKey);
    expect((await submitCashierForm(answer.json.normalUrl ?? '', 'pay', {}, sandbox)).status).toBe(303);
    await waitUntil(() => sandbox.notifications().length >= 2);
    const [first, second] = sandbox.notifications();
    expect(first).toMatchObject({ httpStatus: 302, acknowledged: false });
    expect(first?.error).toMatch(/redirect, not followed/);
    expect(second).toMatchObject({ httpStatus: 200, acknowledged: false });
    expect(target.received).toHaveLength(0);
    expect(JSON.stringify(sandbox.notifications())).not.toContain(secret);
  });
});

describe('return and notify URLs are absolute http(s) URLs a Location header can carry', () => {
  it.each([
    ['paymentRedirectUrl', 'javascript:alert(1)', /must be an http\(s\) URL, not javascript:/],
    ['paymentRedirectUrl', '/result?checkout=1', /must be an absolute URL/],
    ['paymentRedirectUrl', 'https://shop.example/r\r\nSet-Cookie: a=b', /control characters/],
    ['paymentRedirectUrl', 'https://shop.example/\u0000', /control characters/],
    ['paymentRedirectUrl', 'https://shop.example/\ud800', /printable ASCII/],
    ['paymentRedirectUrl', 'https://shop.example/caf\u00e9/\u20ac', /printable ASCII/],
    ['paymentNotifyUrl', 'ftp://shop.example/notify', /must be an http\(s\) URL, not ftp:/],
    ['paymentNotifyUrl', 'data:text/plain,hi', /must be an http\(s\) URL/],
  ])('%s %j is refused with PARAM_ILLEGAL and no batch', async (field, url, why) => {
    const body = sampleBatchPay({ [field]: url });
    const answer = await readAnswer(await callGateway(t.server.url, t.merchant, body), t.server.sandbox.publicKey);
    expect(answer.json.result?.resultCode).toBe('PARAM_ILLEGAL');
    expect(answer.json.result?.resultMessage).toMatch(new RegExp(`^${field} `));
    expect(answer.json.result?.resultMessage).toMatch(why);
    const view = await fetch(`${t.server.url}/sandbox/batches/${body.batchPaymentRequestId}`);
    expect(view.status).toBe(404);
    await view.arrayBuffer();
  });
});

describe('field names that trip object code, and an empty order list', () => {
  async function answerToText(text: string) {
    return readAnswer(await callGateway(t.server.url, t.merchant, text), t.server.sandbox.publicKey);
  }

  it.each([
    ['__proto__ at the top', (json: string) => json.replace('{', '{"__proto__":{"polluted":"yes"},'), /__proto__/],
    ['constructor at the top', (json: string) => json.replace('{', '{"constructor":{"name":"x"},'), /constructor/],
    [
      'constructor inside paymentMethodMetaData',
      (json: string) =>
        json.replace(
          '"paymentMethodType":"ALIPAY_CN"',
          '"paymentMethodType":"ALIPAY_CN","paymentMethodMetaData":{"constructor":{}}',
        ),
      /paymentMethod\.paymentMethodMetaData\.constructor/,
    ],
    [
      '__proto__ in an order',
      (json: string) => json.replace('"referenceOrderId":"A-1"', '"__proto__":{"x":1},"referenceOrderId":"A-1"'),
      /orderList\[0\]\.__proto__/,
    ],
  ])('%s is refused', async (_label, edit, why) => {
    const text = edit(JSON.stringify(sampleBatchPay()));
    const answer = await answerToText(text);
    expect(answer.json.result?.resultCode).toBe('PARAM_ILLEGAL');
    expect(answer.json.result?.resultMessage).toMatch(why);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an empty orderList is refused', async () => {
    const answer = await answerToText(JSON.stringify(sampleBatchPay({ orderList: [] })));
    expect(answer.json.result?.resultCode).toBe('PARAM_ILLEGAL');
    expect(answer.json.result?.resultMessage).toBe(
      'orderList must hold 1 to 10 orders: add the orders this payment covers',
    );
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('the condition did not come true in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
