import type { CashierUrls } from '@batchpay/core';
import { act, screen } from '@testing-library/react';
import { lazy, StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CashierRedirect } from './CashierRedirect.js';
import { QrCode } from './qr.js';
import { expectNoAxeViolations } from './test-utils/axe.js';
import { decodeQrSvg } from './test-utils/decodeQrSvg.js';
import { redirectingState } from './test-utils/redirectingState.js';
import { type ProviderOptions, renderWithProvider } from './test-utils/renderWithProvider.js';

const wapUrls = {
  applinkUrl: 'https://kakaopay.example/app/pay?t=1',
  schemeUrl: 'kakaotalk://kakaopay/pay?t=1',
  normalUrl: 'https://cashier.example/pay?t=1',
} satisfies CashierUrls;
/** A phone of unknown OS walks all three URLs in turn. */
const anyPhone = { terminalType: 'WAP' } as const;
const redirecting = (urls: CashierUrls = wapUrls, env: Parameters<typeof redirectingState>[1] = anyPhone) =>
  ({ checkoutState: redirectingState(urls, env) }) satisfies ProviderOptions;
const wapPlan = { attempts: [{ url: wapUrls.applinkUrl }, { url: wapUrls.schemeUrl }, { url: wapUrls.normalUrl }] };

describe('CashierRedirect', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens the first URL, announces it politely, counts down and falls back to the next', async () => {
    const navigate = vi.fn();
    const { container } = renderWithProvider(
      <CashierRedirect paymentMethodType="KAKAOPAY" navigate={navigate} timeoutMs={3000} />,
      redirecting(),
    );
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenLastCalledWith(wapPlan.attempts[0]?.url, expect.objectContaining({ kind: 'applink' }));
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('Opening KakaoPay…');
    expect(screen.getByText('If KakaoPay does not open, we will try another way in 3 s.')).toBeInTheDocument();

    await act(async () => {
      vi.advanceTimersByTime(1100);
    });
    expect(screen.getByText('If KakaoPay does not open, we will try another way in 2 s.')).toBeInTheDocument();

    await act(async () => {
      vi.advanceTimersByTime(2000);
    });
    expect(navigate).toHaveBeenCalledTimes(2);
    expect(navigate).toHaveBeenLastCalledWith(
      expect.stringContaining('kakao'),
      expect.objectContaining({ kind: 'scheme' }),
    );
    expect(status).toHaveTextContent('KakaoPay did not open. Trying another way…');

    await act(async () => {
      vi.advanceTimersByTime(3100);
    });
    expect(navigate).toHaveBeenCalledTimes(3);
    expect(navigate).toHaveBeenLastCalledWith(wapPlan.attempts[2]?.url, expect.objectContaining({ kind: 'normal' }));
    expect(screen.queryByText(/we will try another way/)).not.toBeInTheDocument();
    vi.useRealTimers(); // axe schedules its own timers
    await expectNoAxeViolations(container);
  });

  it('offers a manual link for every URL, and a click stops the automatic fallback', async () => {
    const navigate = vi.fn();
    renderWithProvider(<CashierRedirect paymentMethodType="KAKAOPAY" navigate={navigate} />, redirecting());
    const app = screen.getByRole('link', { name: 'Open the KakaoPay app' });
    expect(app).toHaveAttribute('href', wapPlan.attempts[0]?.url);
    expect(screen.getByRole('link', { name: 'Try opening the KakaoPay app another way' })).toHaveAttribute(
      'href',
      wapPlan.attempts[1]?.url,
    );
    expect(screen.getByRole('link', { name: 'Open the KakaoPay payment page' })).toHaveAttribute(
      'href',
      wapPlan.attempts[2]?.url,
    );
    app.addEventListener('click', (event) => event.preventDefault()); // jsdom cannot navigate
    await act(async () => {
      app.click();
    });
    await act(async () => {
      vi.advanceTimersByTime(20_000);
    });
    // The buyer's own choice: nothing else opens by itself, and the page says where the buyer went.
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Opening KakaoPay…');
    expect(screen.getByRole('status').closest('section')).toHaveAttribute('data-state', 'manual');
  });

  it('navigates once under StrictMode’s double mount', () => {
    const navigate = vi.fn();
    renderWithProvider(
      <StrictMode>
        <CashierRedirect paymentMethodType="KAKAOPAY" navigate={navigate} />
      </StrictMode>,
      redirecting(),
    );
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('does not fall back when the page got hidden (the app opened)', async () => {
    const navigate = vi.fn();
    renderWithProvider(<CashierRedirect paymentMethodType="KAKAOPAY" navigate={navigate} />, redirecting());
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      vi.advanceTimersByTime(10_000);
    });
    visibility.mockRestore();
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('says so when there is no URL to open', () => {
    renderWithProvider(<CashierRedirect navigate={vi.fn()} />, redirecting({}));
    expect(screen.getByRole('status')).toHaveTextContent('The payment page could not be opened. Please try again.');
  });
});

describe('CashierRedirect per browser (the plan of core, the position of the machine)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a desktop buyer reads that the app scheme is not used here, never that a link was not safe', () => {
    renderWithProvider(
      <CashierRedirect paymentMethodType="KAKAOPAY" navigate={vi.fn()} />,
      redirecting(wapUrls, { terminalType: 'WEB', browser: 'desktop' }),
    );
    expect(screen.getByText('Some ways to open KakaoPay are not used on this device.')).toBeInTheDocument();
    expect(screen.queryByText(/not safe/)).not.toBeInTheDocument();
  });

  it('a refused URL is called not safe, and is neither shown nor opened', () => {
    const navigate = vi.fn();
    renderWithProvider(
      <CashierRedirect paymentMethodType="KAKAOPAY" navigate={navigate} />,
      redirecting({ schemeUrl: 'javascript:alert(1)', normalUrl: wapUrls.normalUrl }, anyPhone),
    );
    expect(screen.getByText('A payment link was not safe to open and was skipped.')).toBeInTheDocument();
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('href')).not.toMatch(/javascript/i);
    expect(navigate.mock.calls.map(([url]) => url)).toEqual([wapUrls.normalUrl]);
  });

  it('iOS: the applink, then the cashier page; the scheme stays a button the buyer can tap', async () => {
    const navigate = vi.fn();
    renderWithProvider(
      <CashierRedirect paymentMethodType="KAKAOPAY" navigate={navigate} timeoutMs={3000} />,
      redirecting(wapUrls, { terminalType: 'WAP', osType: 'IOS', browser: 'ios-browser' }),
    );
    await act(async () => {
      vi.advanceTimersByTime(3100);
    });
    expect(navigate.mock.calls.map(([url]) => url)).toEqual([wapUrls.applinkUrl, wapUrls.normalUrl]);
    const links = screen.getAllByRole('link').map((l) => l.getAttribute('href'));
    expect(links).toEqual([wapUrls.applinkUrl, wapUrls.normalUrl, wapUrls.schemeUrl]);
    const scheme = screen.getByRole('link', { name: 'Try opening the KakaoPay app another way' });
    scheme.addEventListener('click', (event) => event.preventDefault()); // jsdom cannot navigate
    await act(async () => {
      scheme.click();
      vi.advanceTimersByTime(20_000);
    });
    expect(navigate).toHaveBeenCalledTimes(2);
  });

  it('Android WebView: the scheme goes through a hidden iframe first', () => {
    const navigate = vi.fn();
    renderWithProvider(
      <CashierRedirect paymentMethodType="KAKAOPAY" navigate={navigate} />,
      redirecting(wapUrls, { terminalType: 'WAP', osType: 'ANDROID', browser: 'android-webview' }),
    );
    expect(navigate).toHaveBeenCalledWith(
      wapUrls.schemeUrl,
      expect.objectContaining({ kind: 'scheme', fire: 'iframe' }),
    );
  });
});

describe('CashierRedirect QR code (opt-in: the merchant passes the component from @batchpay/ui/qr)', () => {
  it('shows a QR code of the app link on a desktop when given the QR component', async () => {
    const navigate = vi.fn();
    const { container } = renderWithProvider(
      <CashierRedirect paymentMethodType="KAKAOPAY" navigate={navigate} qrCode={QrCode} terminalType="WEB" />,
      redirecting(),
    );
    const qr = screen.getByRole('img', { name: 'Scan to pay with your phone' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(decodeQrSvg(qr)).toBe(wapPlan.attempts[0]?.url); // a QR reader gets the app link back
    expect(screen.getByText('Scan this code with your phone camera or the KakaoPay app.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('encodes the cashier URL when there is no app link', () => {
    const cashierOnly = { schemeUrl: 'kakaotalk://kakaopay/pay?t=2', normalUrl: 'https://cashier.example/pay?t=2' };
    renderWithProvider(
      <CashierRedirect navigate={vi.fn()} qrCode={QrCode} terminalType="WEB" />,
      redirecting(cashierOnly),
    );
    expect(decodeQrSvg(screen.getByRole('img', { name: 'Scan to pay with your phone' }))).toBe(
      'https://cashier.example/pay?t=2',
    );
  });

  it('holds the place of a lazily loaded QR component until it arrives', async () => {
    const LazyQrCode = lazy(() => import('./qr.js').then((module) => ({ default: module.QrCode })));
    const { container } = renderWithProvider(
      <CashierRedirect navigate={vi.fn()} qrCode={LazyQrCode} terminalType="WEB" />,
      redirecting(),
    );
    expect(container.querySelector('.bp-redirect__qr-placeholder')).not.toBeNull();
    expect(await screen.findByRole('img', { name: 'Scan to pay with your phone' })).toBeInTheDocument();
    expect(container.querySelector('.bp-redirect__qr-placeholder')).toBeNull();
  });

  it('shows no QR code on a phone, nor without the QR component', () => {
    const navigate = vi.fn();
    const { rerender } = renderWithProvider(
      <CashierRedirect navigate={navigate} qrCode={QrCode} terminalType="WAP" />,
      redirecting(),
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    rerender(<CashierRedirect navigate={navigate} terminalType="WEB" />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByText(/Scan this code/)).not.toBeInTheDocument();
  });
});
