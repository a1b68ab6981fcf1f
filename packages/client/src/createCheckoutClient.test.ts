import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BatchPayEvent } from './BatchPayEvent.js';
import { cashierRedirectView } from './cashierRedirectView.js';
import { checkoutReducer, initialCheckoutState } from './checkoutReducer.js';
import { type CheckoutClientOptions, createCheckoutClient } from './createCheckoutClient.js';
import { pendingCheckoutStorageKey } from './pendingCheckout.js';
import { fakeBrowser } from './test-utils/fakeBrowser.js';
import {
  applink,
  checkoutView,
  normal,
  redirectAll,
  scheme,
  succeededOutcome,
  unconfirmedOutcome,
} from './test-utils/fixtures.js';
import { type MerchantBackend, startMerchantBackend } from './test-utils/merchantBackend.js';

let backend: MerchantBackend;
beforeAll(async () => {
  backend = await startMerchantBackend();
});
afterEach(() => backend.reset());
afterAll(() => backend.close());

// A phone whose OS and browser are unknown: the plan walks all three URLs (applink, scheme, normal), each by location.
const iPhone = { terminalType: 'WAP' as const };
const androidChrome = { terminalType: 'WAP' as const, osType: 'ANDROID' as const, browser: 'android-browser' as const };
const order = { cartId: 'cart-1', paymentMethodType: 'KAKAOPAY' };

function setup(options: Partial<CheckoutClientOptions> = {}) {
  const browser = fakeBrowser();
  const events: BatchPayEvent[] = [];
  const client = createCheckoutClient({
    apiBaseUrl: backend.url,
    effects: browser.effects,
    environment: iPhone,
    retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 40 },
    onEvent: (e) => events.push(e),
    ...options,
  });
  const unmount = client.mount();
  return { browser, events, client, unmount };
}

/** Lets the real HTTP exchanges finish while the fake clock stands still. */
async function until(check: () => void) {
  await vi.waitFor(check, { timeout: 3000, interval: 5 });
}

describe('createCheckoutClient: pay and the redirect', () => {
  it('pays, opens the first URL, goes on when the app did not open, and the store tells every change', async () => {
    backend.on('POST /api/checkouts', [{ body: { checkoutId: 'co-1', outcome: redirectAll } }]);
    const { client, browser, events } = setup();
    const seen: string[] = [];
    client.subscribe(() => seen.push(client.getSnapshot().status));

    const after = await client.pay(order);
    expect(after).toMatchObject({ status: 'redirecting', attemptIndex: 0, redirect: 'waiting' });
    expect(seen).toEqual(['submitting', 'redirecting', 'redirecting']);
    expect(backend.requests('POST /api/checkouts')[0]).toMatchObject({
      idempotencyKey: 'key-1',
      body: { cartId: 'cart-1', paymentMethodType: 'KAKAOPAY', env: { terminalType: 'WAP' } },
    });
    expect(browser.navigations).toEqual([{ url: applink, kind: 'applink', target: 'same-tab', fire: 'location' }]);

    browser.advance(5000);
    expect(client.getSnapshot()).toMatchObject({ attemptIndex: 1 });
    expect(cashierRedirectView(client.getSnapshot(), 0).currentAttempt).toMatchObject({ kind: 'scheme' });
    expect(browser.navigations.map((n) => n.url)).toEqual([applink, scheme]);
    browser.advance(5000);
    expect(browser.navigations.map((n) => n.url)).toEqual([applink, scheme, normal]);
    expect(client.getSnapshot()).toMatchObject({ redirect: 'opened' });
    expect(events.map((e) => e.type)).toEqual([
      'pay-started',
      'answer-received',
      'redirect-attempt',
      'redirect-fallback',
      'redirect-attempt',
      'redirect-fallback',
      'redirect-attempt',
    ]);
    // The pending checkout is stored with its id, for the page the buyer comes back to.
    expect(JSON.parse(browser.stored.get(pendingCheckoutStorageKey) ?? '{}')).toMatchObject({
      idempotencyKey: 'key-1',
      checkoutId: 'co-1',
    });
  });

  it('a timeout while the page is hidden never navigates; visible again → the status is polled to the end', async () => {
    backend.on('POST /api/checkouts', [{ body: { checkoutId: 'co-1', outcome: redirectAll } }]);
    backend.on('GET /api/checkouts/:id', [{ body: checkoutView('processing') }, { body: checkoutView('succeeded') }]);
    const { client, browser, events } = setup();
    await client.pay(order);
    browser.hide();
    expect(client.getSnapshot()).toMatchObject({ redirect: 'left' });
    browser.advance(60_000);
    expect(browser.navigations).toHaveLength(1);

    browser.show();
    expect(client.getSnapshot()).toMatchObject({ status: 'awaiting-return', checkoutId: 'co-1' });
    browser.flush();
    await until(() => expect(client.getSnapshot()).toMatchObject({ status: 'awaiting-return', polls: 1 }));
    browser.advance(1000);
    await until(() => expect(client.getSnapshot().status).toBe('succeeded'));
    expect(backend.requests('GET').map((r) => r.path)).toEqual(['/api/checkouts/co-1', '/api/checkouts/co-1']);
    expect(browser.stored.has(pendingCheckoutStorageKey)).toBe(false);
    expect(events.filter((e) => e.type === 'status-changed')).toHaveLength(2);
    // Final: no more timers.
    browser.advance(60_000);
    expect(backend.requests('GET')).toHaveLength(2);
  });

  it('the timer that fires while hidden (no visibilitychange seen) counts as "the app opened"', async () => {
    backend.on('POST /api/checkouts', [{ body: { checkoutId: 'co-1', outcome: redirectAll } }]);
    const { client, browser } = setup();
    await client.pay(order);
    // Hidden without an event reaching us (a frozen page): the timer finds the page hidden.
    browser.hideSilently();
    browser.advance(5000);
    expect(client.getSnapshot()).toMatchObject({ redirect: 'left', attemptIndex: 0 });
    expect(browser.navigations).toHaveLength(1);
  });

  it('a page restored from the back-forward cache is a return', async () => {
    backend.on('POST /api/checkouts', [{ body: { checkoutId: 'co-1', outcome: redirectAll } }]);
    const { client, browser } = setup();
    await client.pay(order);
    browser.unload();
    browser.restore();
    expect(client.getSnapshot()).toMatchObject({ status: 'awaiting-return', checkoutId: 'co-1' });
  });

  it('a manual link and "next" move the one position the store shows; cancel stops the timer', async () => {
    backend.on('POST /api/checkouts', [{ body: { checkoutId: 'co-1', outcome: redirectAll } }]);
    const { client, browser } = setup({ redirect: { autoStart: false } });
    await client.pay(order);
    expect(client.getSnapshot()).toMatchObject({ redirect: 'idle' });
    expect(browser.navigations).toHaveLength(0);
    client.startRedirect();
    client.tryNext();
    expect(client.getSnapshot()).toMatchObject({ attemptIndex: 1, redirect: 'waiting' });
    expect(browser.navigations.map((n) => n.kind)).toEqual(['applink', 'scheme']);
    client.chooseLink(2);
    expect(client.getSnapshot()).toMatchObject({ attemptIndex: 2, redirect: 'manual' });
    expect(browser.navigations).toHaveLength(2);
    expect(browser.pendingTimers()).toBe(0);
    client.cancelRedirect();
    expect(client.getSnapshot()).toMatchObject({ attemptIndex: 2 });
  });

  it('on Android Chrome the first attempt is one intent:// with the applink as its fallback and the package', async () => {
    backend.on('POST /api/checkouts', [
      { body: { checkoutId: 'co-1', outcome: { ...redirectAll, appIdentifier: 'com.eg.android.AlipayGphone' } } },
    ]);
    const { client, browser } = setup({ environment: androidChrome });
    await client.pay(order);
    expect(browser.navigations[0]).toMatchObject({ kind: 'scheme', fire: 'location' });
    expect(browser.navigations[0]?.url).toBe(
      `intent://platformapi/startapp?x=1#Intent;scheme=alipays;package=com.eg.android.AlipayGphone;S.browser_fallback_url=${encodeURIComponent(applink)};end`,
    );
    // Then the cashier page, if the page is still visible when the wait ends.
    client.tryNext();
    expect(browser.navigations[1]).toMatchObject({ kind: 'normal', url: normal });
  });

  it('an appIdentifier that could hijack the intent is left out of it', async () => {
    const hostile = 'com.x;S.browser_fallback_url=https%3A%2F%2Fevil.example;end';
    backend.on('POST /api/checkouts', [
      { body: { checkoutId: 'co-1', outcome: { ...redirectAll, appIdentifier: hostile } } },
    ]);
    const { client, browser } = setup({ environment: androidChrome });
    await client.pay(order);
    expect(browser.navigations[0]?.url).not.toContain('evil');
    expect(browser.navigations[0]?.url).not.toContain('package=');
  });

  it('in an Android WebView the scheme fires through a hidden iframe, and the page stays', async () => {
    backend.on('POST /api/checkouts', [{ body: { checkoutId: 'co-1', outcome: redirectAll } }]);
    const { client, browser } = setup({
      environment: { terminalType: 'WAP', osType: 'ANDROID', browser: 'android-webview' },
    });
    await client.pay(order);
    expect(browser.navigations[0]).toMatchObject({ kind: 'scheme', fire: 'iframe', url: scheme });
  });

  it('opens the cashier page in a new tab when asked (desktop)', async () => {
    backend.on('POST /api/checkouts', [{ body: { checkoutId: 'co-1', outcome: redirectAll } }]);
    const { client, browser } = setup({
      environment: { terminalType: 'WEB', browser: 'desktop' },
      redirect: { normalUrlTarget: 'new-tab' },
    });
    await client.pay(order);
    expect(browser.navigations).toEqual([{ url: normal, kind: 'normal', target: 'new-tab', fire: 'location' }]);
  });
});

describe('createCheckoutClient: answers that must not mislead', () => {
  it('a direct S answer is paid with its view and orders, read once', async () => {
    backend.on('POST /api/checkouts', [{ body: { checkoutId: 'co-1', outcome: succeededOutcome } }]);
    backend.on('GET /api/checkouts/:id', [{ body: checkoutView('succeeded') }]);
    const { client } = setup();
    const state = await client.pay(order);
    expect(state).toMatchObject({ status: 'succeeded', outcome: succeededOutcome, view: { status: 'succeeded' } });
    expect(state.status === 'succeeded' && state.view?.orders).toHaveLength(2);
  });

  it('a direct S is paid even when the view cannot be read', async () => {
    backend.on('POST /api/checkouts', [{ body: { checkoutId: 'co-1', outcome: succeededOutcome } }]);
    backend.on('GET /api/checkouts/:id', [{ status: 500, body: null }]);
    const { client } = setup();
    expect(await client.pay(order)).toEqual({ status: 'succeeded', checkoutId: 'co-1', outcome: succeededOutcome });
  });

  it('PAYMENT_UNCONFIRMED polls the status: no navigation, no second batch', async () => {
    backend.on('POST /api/checkouts', [{ body: { checkoutId: 'co-1', outcome: unconfirmedOutcome } }]);
    backend.on('GET /api/checkouts/:id', [{ body: checkoutView('processing') }]);
    const { client, browser } = setup();
    await client.pay(order);
    expect(client.getSnapshot()).toMatchObject({ status: 'awaiting-return', unconfirmed: true });
    expect(await client.pay(order)).toBe(client.getSnapshot());
    browser.flush();
    await until(() => expect(backend.requests('GET')).toHaveLength(1));
    expect(browser.navigations).toEqual([]);
    expect(backend.requests('POST')).toHaveLength(1);
    // Kept in storage with its id, so a reload keeps polling.
    expect(browser.stored.get(pendingCheckoutStorageKey)).toContain('co-1');
  });

  it('a plain-http loopback cashier URL that is refused names allowInsecureLocalhost; the batch is polled, not retried', async () => {
    backend.on('POST /api/checkouts', [
      {
        body: {
          checkoutId: 'co-1',
          outcome: { kind: 'redirect', urls: { normalUrl: 'http://127.0.0.1:7000/pay' }, orderSummaries: [] },
        },
      },
    ]);
    backend.on('GET /api/checkouts/:id', [{ body: checkoutView('processing') }]);
    const { client, browser } = setup();
    const state = await client.pay(order);
    expect(state).toMatchObject({ status: 'redirecting', redirect: 'exhausted' });
    expect(browser.warnings).toHaveLength(1);
    expect(browser.warnings[0]).toMatch(/allowInsecureLocalhost/);
    expect(browser.warnings[0]).toContain('http://127.0.0.1:7000/pay');
    expect(client.getSnapshot().status).not.toBe('failed');
    await client.pay(order);
    expect(backend.requests('POST')).toHaveLength(1);
    browser.advance(1000);
    await until(() => expect(backend.requests('GET')).toHaveLength(1));
  });

  it('no warning with the option: the URL is used', async () => {
    backend.on('POST /api/checkouts', [
      {
        body: {
          checkoutId: 'co-1',
          outcome: { kind: 'redirect', urls: { normalUrl: 'http://127.0.0.1:7000/pay' }, orderSummaries: [] },
        },
      },
    ]);
    const { client, browser } = setup({ redirectOptions: { allowInsecureLocalhost: true } });
    await client.pay(order);
    expect(browser.warnings).toEqual([]);
    expect(browser.navigations.map((n) => n.url)).toEqual(['http://127.0.0.1:7000/pay']);
  });

  it('409 CHECKOUT_IN_PROGRESS and 429 are sent again after their Retry-After, with the same key', async () => {
    backend.on('POST /api/checkouts', [
      {
        status: 409,
        headers: { 'retry-after': '2' },
        body: { error: { code: 'CHECKOUT_IN_PROGRESS', message: 'busy' } },
      },
      { status: 429, headers: { 'retry-after': '3' }, body: { error: { code: 'RATE_LIMITED', message: 'slow down' } } },
      { body: { checkoutId: 'co-1', outcome: redirectAll } },
    ]);
    const { client, browser } = setup();
    const paying = client.pay(order);
    // The 409 came back: one wait is armed, for its Retry-After.
    await until(() => expect(browser.pendingTimers()).toBe(1));
    browser.advance(1999);
    expect(browser.pendingTimers()).toBe(1);
    expect(backend.requests('POST')).toHaveLength(1);
    browser.advance(1);
    await until(() => expect(backend.requests('POST')).toHaveLength(2));
    await until(() => expect(browser.pendingTimers()).toBe(1));
    browser.advance(2999);
    expect(browser.pendingTimers()).toBe(1);
    expect(backend.requests('POST')).toHaveLength(2);
    browser.advance(1);
    expect(await paying).toMatchObject({ status: 'redirecting' });
    expect(backend.requests('POST').map((r) => r.idempotencyKey)).toEqual(['key-1', 'key-1', 'key-1']);
  });

  it('offline: retried with the same key, then failed with same-request-id, and the next pay keeps the key', async () => {
    backend.on('POST /api/checkouts', [
      { destroy: true },
      { destroy: true },
      { destroy: true },
      { body: { checkoutId: 'co-1', outcome: redirectAll } },
    ]);
    const { client, browser } = setup();
    const paying = client.pay(order);
    for (const n of [1, 2]) {
      await until(() => expect(backend.requests('POST')).toHaveLength(n));
      // The failure came back and its retry wait is armed.
      await until(() => expect(browser.pendingTimers()).toBe(1));
      browser.advance(100);
    }
    const failed = await paying;
    expect(failed).toMatchObject({ status: 'failed', failure: { code: 'TRANSPORT_ERROR', retry: 'same-request-id' } });
    expect(await client.pay(order)).toMatchObject({ status: 'redirecting' });
    expect(new Set(backend.requests('POST').map((r) => r.idempotencyKey))).toEqual(new Set(['key-1']));
  });

  it('a refusal (4xx) fails at once and the next pay takes a new key', async () => {
    backend.on('POST /api/checkouts', [
      { status: 422, body: { error: { code: 'UNKNOWN_CART', message: 'no cart', field: 'cartId' } } },
      { body: { checkoutId: 'co-1', outcome: redirectAll } },
    ]);
    const { client } = setup();
    expect(await client.pay(order)).toMatchObject({ status: 'failed', failure: { code: 'UNKNOWN_CART' } });
    await client.pay(order);
    expect(backend.requests('POST').map((r) => r.idempotencyKey)).toEqual(['key-1', 'key-2']);
  });

  it('an answer of the wrong shape is a clear INVALID_RESPONSE, not a crash', async () => {
    backend.on('POST /api/checkouts', [{ body: { checkoutId: 'co-1', outcome: { kind: 'succeeded' } } }]);
    const { client } = setup();
    const state = await client.pay(order);
    expect(state).toMatchObject({ status: 'failed', failure: { code: 'INVALID_RESPONSE' } });
    expect(state.status === 'failed' && state.failure.message).toMatch(/outcome\.code.*apiBaseUrl/);
  });
});

describe('createCheckoutClient: resume', () => {
  it('a return in a new tab (empty storage) polls from ?checkout= alone', async () => {
    backend.on('GET /api/checkouts/:id', [{ body: checkoutView('succeeded', 'co-7') }]);
    const browser = fakeBrowser();
    browser.setHref('https://shop.example/result?checkout=co-7');
    const client = createCheckoutClient({ apiBaseUrl: backend.url, effects: browser.effects });
    expect(client.getSnapshot().status).toBe('idle');
    client.mount();
    expect(client.getSnapshot()).toMatchObject({ status: 'awaiting-return', checkoutId: 'co-7' });
    browser.flush();
    await until(() => expect(client.getSnapshot()).toMatchObject({ status: 'succeeded', checkoutId: 'co-7' }));
  });

  it('a status the server cannot give is counted in the state; refreshStatus asks again at once', async () => {
    backend.on('GET /api/checkouts/:id', [{ status: 503, body: null }]);
    const browser = fakeBrowser();
    browser.setHref('https://shop.example/result?checkout=co-7');
    const client = createCheckoutClient({ apiBaseUrl: backend.url, effects: browser.effects });
    client.mount();
    browser.flush();
    await until(() => expect(client.getSnapshot()).toMatchObject({ status: 'awaiting-return', statusFailures: 1 }));
    expect(backend.requests('GET')).toHaveLength(1);
    backend.on('GET /api/checkouts/:id', [{ body: checkoutView('succeeded', 'co-7') }]);
    // No timer ran: the Retry itself asks.
    client.refreshStatus();
    await until(() => expect(client.getSnapshot()).toMatchObject({ status: 'succeeded', checkoutId: 'co-7' }));
    expect(backend.requests('GET')).toHaveLength(2);
  });

  it('a reload resumes the stored attempt (its key too) and a second mount (StrictMode) does nothing twice', async () => {
    backend.on('GET /api/checkouts/:id', [{ body: checkoutView('processing') }]);
    const browser = fakeBrowser();
    browser.stored.set(
      pendingCheckoutStorageKey,
      JSON.stringify({
        idempotencyKey: 'stored-key',
        cartId: 'c',
        paymentMethodType: 'KAKAOPAY',
        checkoutId: 'co-3',
        startedAt: 1,
      }),
    );
    const client = createCheckoutClient({ apiBaseUrl: backend.url, effects: browser.effects });
    const events: string[] = [];
    client.setOptions({ onEvent: (e) => events.push(e.type) });
    const stop = client.mount();
    stop();
    client.mount();
    expect(client.getSnapshot()).toMatchObject({
      status: 'awaiting-return',
      checkoutId: 'co-3',
      idempotencyKey: 'stored-key',
    });
    expect(events).toEqual(['returned']);
    expect(browser.listeners()).toBe(1);
    browser.flush();
    await until(() => expect(backend.requests('GET')).toHaveLength(1));
  });

  it('nothing to resume: stays idle; resume off: ignores the URL', () => {
    const browser = fakeBrowser();
    const client = createCheckoutClient({ apiBaseUrl: backend.url, effects: browser.effects });
    client.mount();
    expect(client.getSnapshot().status).toBe('idle');
    browser.setHref('https://shop.example/result?checkout=co-7');
    const off = createCheckoutClient({ apiBaseUrl: backend.url, effects: browser.effects, resume: false });
    off.mount();
    expect(off.getSnapshot().status).toBe('idle');
  });

  it('unmounting stops every timer and listener', async () => {
    backend.on('POST /api/checkouts', [{ body: { checkoutId: 'co-1', outcome: redirectAll } }]);
    const { client, browser, unmount } = setup();
    await client.pay(order);
    expect(browser.pendingTimers()).toBe(1);
    unmount();
    expect(browser.pendingTimers()).toBe(0);
    expect(browser.listeners()).toBe(0);
  });

  it('needs apiBaseUrl or transport, and says so', () => {
    expect(() => createCheckoutClient({})).toThrow(/apiBaseUrl.*or transport/);
  });

  it('starts from a given state (a story, a server that knows it) and carries on from there', () => {
    const browser = fakeBrowser();
    const initialState = checkoutReducer(
      checkoutReducer(initialCheckoutState, { type: 'submit', idempotencyKey: 'k' }),
      {
        type: 'answerReceived',
        checkoutId: 'co-1',
        outcome: redirectAll,
        env: iPhone,
      },
    );
    const client = createCheckoutClient({ apiBaseUrl: backend.url, effects: browser.effects, initialState });
    expect(client.getSnapshot()).toBe(initialState);
    client.mount();
    client.startRedirect();
    expect(browser.navigations.map((n) => n.url)).toEqual([applink]);
  });
});
