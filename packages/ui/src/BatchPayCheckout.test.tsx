import { type CheckoutView, failedOutcome } from '@batchpay/core';
import type { BatchPayTransport, BatchPayTransportRequest } from '@batchpay/react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiOrigin, BatchPayCheckout } from './BatchPayCheckout.js';
import { ko } from './locales/ko.js';
import { QrCode } from './QrCode.js';
import { expectNoAxeViolations } from './test-utils/axe.js';
import { threeOrders } from './test-utils/fixtures.js';
import { checkoutView } from './test-utils/storyFixtures.js';

const cart = { cartId: 'cart_1', orders: threeOrders, paymentAmount: { currency: 'USD', value: '3999' } };
const methods = { methods: [{ paymentMethodType: 'ALIPAY_CN' }, { paymentMethodType: 'KAKAOPAY' }] };
const paidView: CheckoutView = checkoutView({
  checkoutId: 'co_1',
  status: 'succeeded',
  final: true,
  orders: checkoutView().orders.map((o) => ({ ...o, status: 'succeeded' as const })),
});

type Answer = { status: number; body: unknown };
type Route = (request: BatchPayTransportRequest) => Answer | undefined | Promise<Answer | undefined>;

/** A merchant backend in memory: the routes given, then a cart and the methods; anything else fails the test. */
function backend(route: Route = () => undefined) {
  const requests: string[] = [];
  const transport: BatchPayTransport = async (request) => {
    requests.push(`${request.method} ${request.path}`);
    const answer = await route(request);
    if (answer) return answer;
    if (request.path === '/api/carts/cart_1') return { status: 200, body: cart };
    if (request.path === '/api/payment-methods') return { status: 200, body: methods };
    throw new Error(`unexpected request ${request.method} ${request.path}`);
  };
  return { transport, requests };
}

const notFound = { status: 404, body: { error: { code: 'NOT_FOUND', message: 'no such cart' } } };

afterEach(() => {
  window.history.replaceState(null, '', '/');
  sessionStorage.clear();
});

describe('BatchPayCheckout', () => {
  it('holds the place of the orders and the methods with fixed-size placeholders while loading', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const { transport } = backend(async (request) => {
      await gate;
      return request.path.startsWith('/api/carts') ? { status: 200, body: cart } : undefined;
    });
    const { container } = render(<BatchPayCheckout transport={transport} cartId="cart_1" />);
    const root = container.querySelector('.bp-checkout');
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(container.querySelectorAll('.bp-summary--skeleton .bp-skeleton').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.bp-picker .bp-skeleton')).toHaveLength(3);
    expect(screen.getByText('Loading your orders…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pay' })).toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations(container);
    release();
    expect(await screen.findByRole('radio', { name: 'Alipay' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Pay $39.99' })).toBeInTheDocument();
    expect(root).toHaveAttribute('data-state', 'ready');
    expect(container.querySelectorAll('.bp-skeleton')).toHaveLength(0);
  });

  it('shows a load error of the cart with Retry, and Retry loads it', async () => {
    const user = userEvent.setup();
    let fail = true;
    const { transport } = backend((request) => (fail && request.path.startsWith('/api/carts') ? notFound : undefined));
    const { container } = render(<BatchPayCheckout transport={transport} cartId="cart_1" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your orders could not be loaded.');
    expect(container.querySelector('.bp-checkout')).toHaveAttribute('data-state', 'error');
    await screen.findByRole('radio', { name: 'Alipay' });
    await expectNoAxeViolations(container);
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Your orders' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('pays with the keyboard and shows a direct S answer as paid, per order', async () => {
    const user = userEvent.setup();
    const onEvent = vi.fn();
    const { transport, requests } = backend((request) =>
      request.method === 'POST'
        ? {
            status: 200,
            body: { checkoutId: 'co_1', outcome: { kind: 'succeeded', code: 'SUCCESS', orderSummaries: [] } },
          }
        : request.path === '/api/checkouts/co_1'
          ? { status: 200, body: paidView }
          : undefined,
    );
    const { container } = render(
      <BatchPayCheckout transport={transport} cartId="cart_1" userRegion="KR" onEvent={onEvent} />,
    );
    // The buyer's region first: KakaoPay before Alipay.
    const radios = await screen.findAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('data-value'))).toEqual(['KAKAOPAY', 'ALIPAY_CN']);
    await screen.findByRole('button', { name: 'Pay $39.99' });
    await user.tab();
    expect(radios[0]).toHaveFocus();
    await user.keyboard(' ');
    expect(radios[0]).toHaveAttribute('aria-checked', 'true');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Pay $39.99' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Payment complete' })).toBeInTheDocument();
    // The Pay button is gone: the focus moved to the result, not to the page's start.
    expect(container.querySelector('.bp-checkout__content')).toHaveFocus();
    expect(screen.getAllByText('Paid')).toHaveLength(3);
    expect(document.body.textContent).not.toMatch(/processing/i);
    expect(container.querySelector('.bp-checkout')).toHaveAttribute('data-state', 'paid');
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual(['POST /api/checkouts']);
    expect(onEvent).toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('on the return page (?checkout=) shows the result of the checkout from the server, same component', async () => {
    window.history.replaceState(null, '', '/result?checkout=co_1');
    const { transport, requests } = backend((request) =>
      request.path === '/api/checkouts/co_1' ? { status: 200, body: paidView } : undefined,
    );
    const { container } = render(<BatchPayCheckout transport={transport} cartId="cart_1" />);
    // No checkout form flashes before the result.
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Payment complete' })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Running shoes from Seoul Sneakers$15.00 Paid');
    // One owner of the status: the machine asks once for a final answer (no second poller beside it).
    expect(requests.filter((r) => r === 'GET /api/checkouts/co_1')).toEqual(['GET /api/checkouts/co_1']);
    expect(requests.some((r) => r.startsWith('POST'))).toBe(false);
    await expectNoAxeViolations(container);
  });

  it('on the return page: a status that cannot be loaded shows with Retry', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/result?checkout=co_1');
    let fail = true;
    const { transport } = backend((request) =>
      request.path === '/api/checkouts/co_1' ? (fail ? notFound : { status: 200, body: paidView }) : undefined,
    );
    render(<BatchPayCheckout transport={transport} cartId="cart_1" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not look up this payment.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Payment complete' })).toBeInTheDocument();
  });

  it('a partly paid checkout offers paying only the unpaid orders, never Try again', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/result?checkout=co_1');
    const onPayRemaining = vi.fn();
    const partly = checkoutView({
      checkoutId: 'co_1',
      status: 'partially_paid' as never,
      final: true,
      orders: checkoutView().orders.map((o, i) => ({ ...o, status: i === 2 ? 'failed' : 'succeeded' })),
    });
    const { transport } = backend((request) =>
      request.path === '/api/checkouts/co_1' ? { status: 200, body: partly } : undefined,
    );
    render(
      <BatchPayCheckout
        transport={transport}
        cartId="cart_1"
        onPayRemaining={onPayRemaining}
        contactHref="mailto:help@shop.example"
      />,
    );
    expect(await screen.findByRole('heading', { name: 'Part of your payment went through' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pay for the unpaid orders' }));
    expect(onPayRemaining.mock.calls[0]?.[0].map((o: { referenceOrderId: string }) => o.referenceOrderId)).toEqual([
      'A-2',
    ]);
  });

  it('speaks the buyer’s language from a loaded catalogue, with the merchant’s overrides and slots', async () => {
    const { transport } = backend();
    render(
      <BatchPayCheckout
        transport={transport}
        cartId="cart_1"
        locale="ko-KR"
        catalogues={[ko]}
        messages={{ checkout: { paymentHeading: '결제 방법' } }}
        logo={<span>Northwind</span>}
        footer="Secure checkout"
        headingLevel={3}
      />,
    );
    expect(await screen.findByRole('heading', { level: 3, name: '결제 방법' })).toBeInTheDocument();
    expect(screen.getByText('Northwind')).toBeInTheDocument();
    expect(screen.getByText('Secure checkout')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: /결제하기/ })).toBeInTheDocument());
  });

  it('takes the API base where the routes are mounted, as the server helper documents it', () => {
    expect(apiOrigin('/api')).toBe('');
    expect(apiOrigin('https://shop.example/api/')).toBe('https://shop.example');
    expect(apiOrigin('https://shop.example')).toBe('https://shop.example');
  });

  it('fetches from apiBaseUrl="/api" on the same origin', async () => {
    const seen: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      seen.push(String(input));
      return new Response(JSON.stringify(String(input).includes('/carts/') ? cart : methods), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
    try {
      render(<BatchPayCheckout apiBaseUrl="/api" cartId="cart_1" />);
      expect(await screen.findByRole('button', { name: 'Pay $39.99' })).toBeInTheDocument();
      expect(seen.sort()).toEqual(['/api/carts/cart_1', '/api/payment-methods']);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('after a declined payment, the buyer starts over (in place, or on the shop’s page)', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/result?checkout=co_1');
    const declined = checkoutView({
      checkoutId: 'co_1',
      status: 'failed',
      final: true,
      paymentMethodType: 'KAKAOPAY',
      failure: failedOutcome('USER_BALANCE_NOT_ENOUGH'),
      orders: checkoutView().orders.map((o) => ({ ...o, status: 'failed' as const })),
    });
    const { transport } = backend((request) =>
      request.path === '/api/checkouts/co_1' ? { status: 200, body: declined } : undefined,
    );
    const onStartOver = vi.fn();
    const { unmount } = render(<BatchPayCheckout transport={transport} cartId="cart_1" onStartOver={onStartOver} />);
    expect(await screen.findByRole('heading', { name: 'Payment not completed' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choose another payment method' }));
    expect(onStartOver).toHaveBeenLastCalledWith(undefined);
    unmount();
    sessionStorage.clear();

    // Without onStartOver the form comes back in place, on the same URL.
    render(<BatchPayCheckout transport={transport} cartId="cart_1" />);
    await user.click(await screen.findByRole('button', { name: 'Choose another payment method' }));
    expect(await screen.findByRole('radiogroup', { name: 'Payment method' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pay $39.99' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('after a cancelled payment, Try again hands the same method to the shop', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/result?checkout=co_1');
    const cancelled = checkoutView({
      checkoutId: 'co_1',
      status: 'cancelled',
      final: true,
      paymentMethodType: 'GCASH',
      failure: failedOutcome('ORDER_IS_CANCELED'),
      orders: checkoutView().orders.map((o) => ({ ...o, status: 'failed' as const })),
    });
    const { transport } = backend((request) =>
      request.path === '/api/checkouts/co_1' ? { status: 200, body: cancelled } : undefined,
    );
    const onStartOver = vi.fn();
    render(<BatchPayCheckout transport={transport} cartId="cart_1" onStartOver={onStartOver} />);
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(onStartOver).toHaveBeenCalledWith('GCASH');
  });

  /**
   * Renders `element` to HTML (a server: no location), then hydrates that HTML on the return page: no recoverable
   * error (a mismatch), and the paid result shows. `checkHtml` reads the server HTML first.
   */
  async function hydrateOnReturnPage(element: ReactElement, checkHtml: (container: HTMLElement) => void = () => {}) {
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    checkHtml(container);
    window.history.replaceState(null, '', '/result?checkout=co_1');
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const root = await act(async () => hydrateRoot(container, element, { onRecoverableError }));
    try {
      expect(await within(container).findByRole('heading', { name: 'Payment complete' })).toBeInTheDocument();
      expect(onRecoverableError).not.toHaveBeenCalled();
    } finally {
      act(() => root.unmount());
      container.remove();
    }
  }
  const paidBackend = () =>
    backend((request) => (request.path === '/api/checkouts/co_1' ? { status: 200, body: paidView } : undefined));

  it('hydrates the server HTML of the return page without a mismatch, then shows the result', async () => {
    // A server has no location: its HTML is the one without `?checkout=`; the browser then has it in the URL.
    await hydrateOnReturnPage(<BatchPayCheckout transport={paidBackend().transport} cartId="cart_1" />);
  });

  it('hydrates the return page rendered with serverUrl (its checking state) without a mismatch', async () => {
    await hydrateOnReturnPage(
      <BatchPayCheckout transport={paidBackend().transport} cartId="cart_1" serverUrl="/result?checkout=co_1" />,
      (container) => expect(container.querySelector('.bp-checkout')).toHaveAttribute('data-state', 'checking'),
    );
  });

  it('after Pay on a desktop: the redirect, a manual link for each URL and the opt-in QR code', async () => {
    const user = userEvent.setup();
    const urls = { normalUrl: 'https://cashier.example/pay?t=1', applinkUrl: 'https://wallet.example/app?t=1' };
    const { transport } = backend((request) =>
      request.method === 'POST'
        ? { status: 200, body: { checkoutId: 'co_1', outcome: { kind: 'redirect', urls, orderSummaries: [] } } }
        : request.path === '/api/checkouts/co_1'
          ? { status: 200, body: checkoutView({ checkoutId: 'co_1' }) }
          : undefined,
    );
    const { container } = render(
      <BatchPayCheckout
        transport={transport}
        cartId="cart_1"
        env={{ terminalType: 'WEB' }}
        qrCode={QrCode}
        appOpenTimeoutMs={60_000}
      />,
    );
    await user.click(await screen.findByRole('radio', { name: 'KakaoPay' }));
    await user.click(screen.getByRole('button', { name: 'Pay $39.99' }));
    const redirect = await screen.findByRole('region', { name: 'Paying with KakaoPay' });
    expect(container.querySelector('.bp-checkout')).toHaveAttribute('data-state', 'redirecting');
    expect(within(redirect).getByRole('link', { name: 'Open the KakaoPay payment page' })).toHaveAttribute(
      'href',
      urls.normalUrl,
    );
    expect(within(redirect).getByRole('img', { name: 'Scan to pay with your phone' })).toBeInTheDocument();
  });
});
