import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxBatchView } from './SandboxBatch.js';
import { submitCashierForm } from './submitCashierForm.js';
import { callGateway, inquiryPath, readAnswer, sampleBatchPay } from './test-utils/gatewayClient.js';
import { type NotifyReceiver, startNotifyReceiver } from './test-utils/startNotifyReceiver.js';
import { startTestSandbox, type TestSandbox } from './test-utils/startTestSandbox.js';

let t: TestSandbox;
let receiver: NotifyReceiver;
let clockOffsetMs = 0;
const clock = () => new Date(Date.now() + clockOffsetMs);

beforeAll(async () => {
  receiver = await startNotifyReceiver(() => 'ack');
  t = await startTestSandbox({ now: clock });
});
afterAll(async () => {
  await t.close();
  await receiver.close();
});
afterEach(() => {
  clockOffsetMs = 0;
});

async function create(overrides: Parameters<typeof sampleBatchPay>[0] = {}) {
  const body = sampleBatchPay({ paymentNotifyUrl: receiver.url, ...overrides });
  const answer = await readAnswer(
    await callGateway(t.server.url, t.merchant, body, { time: String(clock().getTime()) }),
    t.server.sandbox.publicKey,
  );
  expect(answer.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
  return { body, answer, normalUrl: answer.json.normalUrl ?? '' };
}

const act = (url: string, action: string, extra: Record<string, string> = {}) => submitCashierForm(url, action, extra);

async function view(id: string): Promise<SandboxBatchView> {
  return (await (await fetch(`${t.server.url}/sandbox/batches/${id}`)).json()) as SandboxBatchView;
}

async function inquire(paymentId: string) {
  const res = await callGateway(
    t.server.url,
    t.merchant,
    { paymentId },
    { path: inquiryPath, time: String(clock().getTime()) },
  );
  return readAnswer(res, t.server.sandbox.publicKey, inquiryPath);
}

const button = (html: string, name: string) => new RegExp(`<button[^>]*>${name}</button>`).test(html);

async function notificationFor(id: string) {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const note = receiver.received.find((n) => JSON.parse(n.body).batchPaymentRequestId === id);
    if (note) return JSON.parse(note.body);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no notification for ${id}`);
}

describe('hosted cashier page (normalUrl)', () => {
  it('shows the orders, the merchants, the amounts and the method, with Pay, Decline and Cancel', async () => {
    const { normalUrl } = await create({ paymentMethod: { paymentMethodType: 'KAKAOPAY' } });
    expect(normalUrl.startsWith(`${t.server.url}/sandbox/cashier/`)).toBe(true);
    const res = await fetch(normalUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<main>');
    expect(html).toContain('<h1>Pay $30.00</h1>');
    expect(html).toMatch(/Seller A[\s\S]*Shoes[\s\S]*\$10\.00/);
    expect(html).toMatch(/Seller B[\s\S]*Insurance[\s\S]*\$20\.00/);
    expect(html).toContain('Kakao');
    expect(html).toMatch(/<label for="declineCode">/);
    expect(button(html, 'Pay') && button(html, 'Decline') && button(html, 'Cancel')).toBe(true);
  });

  it('escapes merchant-provided text', async () => {
    const body = sampleBatchPay();
    const first = body.orderList[0];
    if (!first) throw new Error('sample has orders');
    first.orderDescription = '<script>alert(1)</script>';
    const { normalUrl } = await create({ orderList: [first] });
    const html = await (await fetch(normalUrl)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('Pay marks the batch paid, notifies SUCCESS and sends the buyer to paymentRedirectUrl', async () => {
    const { body, answer, normalUrl } = await create();
    const res = await act(normalUrl, 'pay');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(body.paymentRedirectUrl);
    expect((await view(body.batchPaymentRequestId)).status).toBe('SUCCESS');
    expect((await notificationFor(body.batchPaymentRequestId)).result.resultCode).toBe('SUCCESS');
    const inquiry = await inquire(answer.json.orderSummaries?.[0]?.paymentId ?? '');
    expect(inquiry.json.paymentStatus).toBe('SUCCESS');
    // The page now says it is paid, with no Pay button, and a second Pay is refused.
    const html = await (await fetch(normalUrl)).text();
    expect(html).toContain('Payment complete');
    expect(button(html, 'Pay')).toBe(false);
    expect((await act(normalUrl, 'pay')).status).toBe(409);
  });

  it('Decline fails the batch with the chosen code, notifies FAIL and redirects', async () => {
    const { body, answer, normalUrl } = await create();
    const res = await act(normalUrl, 'decline', { declineCode: 'USER_PAYMENT_VERIFICATION_FAILED' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(body.paymentRedirectUrl);
    const v = await view(body.batchPaymentRequestId);
    expect([v.status, v.resultCode]).toEqual(['FAIL', 'USER_PAYMENT_VERIFICATION_FAILED']);
    const note = await notificationFor(body.batchPaymentRequestId);
    expect(note.result).toMatchObject({ resultCode: 'USER_PAYMENT_VERIFICATION_FAILED', resultStatus: 'F' });
    const inquiry = await inquire(answer.json.orderSummaries?.[1]?.paymentId ?? '');
    expect(inquiry.json).toMatchObject({
      paymentStatus: 'FAIL',
      paymentResultCode: 'USER_PAYMENT_VERIFICATION_FAILED',
    });
  });

  it('Cancel cancels the batch: inquiry says CANCELLED, the notification says ORDER_IS_CANCELED', async () => {
    const { body, answer, normalUrl } = await create();
    const res = await act(normalUrl, 'cancel');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(body.paymentRedirectUrl);
    const inquiry = await inquire(answer.json.orderSummaries?.[0]?.paymentId ?? '');
    expect(inquiry.json).toMatchObject({ paymentStatus: 'CANCELLED', paymentResultCode: 'ORDER_IS_CANCELED' });
    const note = await notificationFor(body.batchPaymentRequestId);
    expect(note.result).toMatchObject({ resultCode: 'ORDER_IS_CANCELED', resultStatus: 'F' });
    // The same request again: ORDER_IS_CANCELED.
    const again = await readAnswer(await callGateway(t.server.url, t.merchant, body), t.server.sandbox.publicKey);
    expect(again.json.result).toMatchObject({ resultCode: 'ORDER_IS_CANCELED', resultStatus: 'F' });
    expect((await fetch(normalUrl).then((r) => r.text())).includes('Payment cancelled')).toBe(true);
  });

  it('after the default expiry (14 minutes) the page says so and the batch cannot be paid', async () => {
    const { body, answer, normalUrl } = await create();
    clockOffsetMs = 14 * 60_000 + 1000;
    const html = await (await fetch(normalUrl)).text();
    expect(html).toContain('Payment expired');
    expect(html).toMatch(/can no longer be paid/);
    expect(button(html, 'Pay')).toBe(false);
    const res = await act(normalUrl, 'pay');
    expect(res.status).toBe(409);
    const v = await view(body.batchPaymentRequestId);
    expect([v.status, v.resultCode]).toEqual(['FAIL', 'ORDER_IS_CLOSED']);
    const note = await notificationFor(body.batchPaymentRequestId);
    expect(note.result).toMatchObject({ resultCode: 'ORDER_IS_CLOSED', resultStatus: 'F' });
    const inquiry = await inquire(answer.json.orderSummaries?.[0]?.paymentId ?? '');
    expect(inquiry.json).toMatchObject({ paymentStatus: 'FAIL', paymentResultCode: 'ORDER_IS_CLOSED' });
    const again = await readAnswer(
      await callGateway(t.server.url, t.merchant, body, { time: String(clock().getTime()) }),
      t.server.sandbox.publicKey,
    );
    expect(again.json.result?.resultCode).toBe('ORDER_IS_CLOSED');
  });

  it('honours paymentExpiryTime from the request', async () => {
    const expiry = new Date(clock().getTime() + 2 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const { body, normalUrl } = await create({ paymentExpiryTime: expiry });
    clockOffsetMs = 60_000;
    expect(await (await fetch(normalUrl)).text()).toContain('<h1>Pay $30.00</h1>');
    clockOffsetMs = 3 * 60_000;
    expect(await (await fetch(normalUrl)).text()).toContain('Payment expired');
    expect((await view(body.batchPaymentRequestId)).expiresAt).toBe(expiry);
  });

  it('closes an unpaid batch at its expiry time without being asked, even when its timer fires a moment early', async () => {
    // Node's timers count from the event loop's cached time, so on a busy machine a timer can fire while the wall
    // clock still reads a little before the expiry. Here the clock lags 300 ms behind the timer.
    const expiry = new Date(Math.ceil((clock().getTime() + 1000) / 1000) * 1000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
    const { body } = await create({ paymentExpiryTime: expiry });
    clockOffsetMs = -300;
    await expect
      .poll(async () => (await view(body.batchPaymentRequestId)).resultCode, { timeout: 5000 })
      .toBe('ORDER_IS_CLOSED');
    const note = await notificationFor(body.batchPaymentRequestId);
    expect(note.result).toMatchObject({ resultCode: 'ORDER_IS_CLOSED', resultStatus: 'F' });
  });

  it('the applink page says the app is not installed and continues to the web cashier', async () => {
    const { answer, normalUrl } = await create();
    const res = await fetch(answer.json.applinkUrl ?? '');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/not installed/);
    const link = /<a href="([^"]+)">Continue to the web cashier<\/a>/.exec(html)?.[1];
    expect(link && new URL(link, t.server.url).href).toBe(normalUrl);
    expect(answer.json.schemeUrl).toMatch(/^batchpay-sandbox:\/\/pay\?token=/);
    expect(answer.json.appIdentifier).toBe('com.batchpay.sandbox.wallet');
  });

  it('an unknown cashier link is a 404 page, and an unknown action a 400', async () => {
    const res = await fetch(`${t.server.url}/sandbox/cashier/nope`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Payment not found');
    const { normalUrl } = await create();
    expect((await act(normalUrl, 'steal')).status).toBe(400);
  });
});
