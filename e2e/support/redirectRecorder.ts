import { expect, type Page } from '@playwright/test';
import { urls } from './stack';

/** How the page fired a URL, as the recorder saw it. */
export type RecordedFire = 'location' | 'iframe' | 'anchor' | 'window-open';

/** One URL the page tried to open: how, and when (the page's `performance.now()`, ms). */
export interface RecordedRedirect {
  fire: RecordedFire;
  url: string;
  at: number;
  /** Whether the page had transient user activation then (what Chrome asks of an `intent://` to an app). */
  activation: boolean;
}

declare global {
  interface Window {
    __redirects?: RecordedRedirect[];
    __announcements?: string[];
    __payTapAt?: number;
  }
}

/**
 * Records on the page every URL it opens: top-level navigations (the Navigation API's `navigate` event, which sees
 * `location.assign` and link clicks before they leave), each iframe `src`, each synthetic anchor `click()` and each
 * `window.open`, into `window.__redirects`. A URL that is not http(s) (an app scheme, an `intent://`) is recorded and
 * then stopped: a navigation is cancelled, an iframe gets `about:blank`, an anchor is not clicked. So the test does
 * not depend on what Chromium does with a scheme no app handles (a phone would show a notice or nothing).
 */
export async function installRedirectRecorder(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const log: RecordedRedirect[] = [];
    window.__redirects = log;
    const isWeb = (url: string) => /^https?:/i.test(url);
    const record = (fire: RecordedFire, url: string) =>
      log.push({ fire, url, at: performance.now(), activation: navigator.userActivation?.isActive ?? false });

    // A navigation started by a synthetic anchor click is the anchor's, not a second entry.
    let inAnchorClick = 0;
    const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigate', (event) => {
      const navigate = event as Event & { destination: { url: string } };
      const url = navigate.destination.url;
      if (inAnchorClick === 0) record('location', url);
      if (!isWeb(url) && navigate.cancelable) navigate.preventDefault();
    });

    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function recordedClick(this: HTMLAnchorElement) {
      record('anchor', this.href);
      if (!isWeb(this.href)) return;
      inAnchorClick += 1;
      try {
        click.call(this);
      } finally {
        inAnchorClick -= 1;
      }
    };

    const src = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'src');
    Object.defineProperty(HTMLIFrameElement.prototype, 'src', {
      configurable: true,
      enumerable: src?.enumerable ?? true,
      get(this: HTMLIFrameElement) {
        return src?.get?.call(this);
      },
      set(this: HTMLIFrameElement, value: string) {
        const url = String(value);
        record('iframe', url);
        src?.set?.call(this, isWeb(url) ? url : 'about:blank');
      },
    });
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function recordedSetAttribute(this: Element, name: string, value: string) {
      if (this instanceof HTMLIFrameElement && name.toLowerCase() === 'src') {
        (this as HTMLIFrameElement).src = value;
        return;
      }
      setAttribute.call(this, name, value);
    };

    // When the buyer tapped Pay (the timeline's zero for "how long until the cashier page").
    document.addEventListener(
      'click',
      (event) => {
        const button = (event.target as Element | null)?.closest?.('button');
        if (button && /^Pay\b/.test(button.textContent ?? '')) window.__payTapAt = performance.now();
      },
      true,
    );

    // What the redirect's live region says, each change once, in order.
    const announcements: string[] = [];
    window.__announcements = announcements;
    new MutationObserver(() => {
      const text = document.querySelector('.bp-redirect__status')?.textContent ?? null;
      if (text !== null && text !== announcements[announcements.length - 1]) announcements.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });

    const open = window.open;
    window.open = function recordedOpen(url?: string | URL, ...rest: [string?, string?]) {
      const href = url === undefined ? '' : new URL(String(url), location.href).href;
      record('window-open', href);
      return isWeb(href) ? open.call(window, url, ...rest) : null;
    };
  });
}

/** What the redirect's live region announced so far, each change once. */
export async function recordedAnnouncements(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__announcements ?? []);
}

/** When the buyer tapped Pay, on the clock of `RecordedRedirect.at`. */
export async function payTappedAt(page: Page): Promise<number | undefined> {
  return page.evaluate(() => window.__payTapAt);
}

/** What the page opened so far. */
export async function recordedRedirects(page: Page): Promise<RecordedRedirect[]> {
  return page.evaluate(() => window.__redirects ?? []);
}

/**
 * No wallet app is installed and the page must stay: the sandbox's app link and cashier page answer 204 (the browser
 * stays where it is), so the page can record what comes after. Answers the list of the URLs requested, in order.
 */
export async function answerWalletHostsWith204(page: Page): Promise<string[]> {
  const requested: string[] = [];
  for (const pattern of [`${urls.sandbox}/sandbox/applink/**`, `${urls.sandbox}/sandbox/cashier/**`]) {
    await page.route(pattern, async (route) => {
      requested.push(route.request().url());
      await route.fulfill({ status: 204 });
    });
  }
  return requested;
}

/** Lets the app link and the cashier page load for real again (after `answerWalletHostsWith204`). */
export async function letWalletHostsLoad(page: Page): Promise<void> {
  await page.unroute(`${urls.sandbox}/sandbox/applink/**`);
  await page.unroute(`${urls.sandbox}/sandbox/cashier/**`);
}

export type CashierUrlKind = 'normalUrl' | 'applinkUrl' | 'schemeUrl';

/** The sandbox's next PAYMENT_IN_PROCESS answer carries only these URLs (see the sandbox README's scenarios). */
export async function answerWithCashierUrls(kinds: readonly CashierUrlKind[]): Promise<void> {
  const response = await fetch(`${urls.sandbox}/sandbox/scenarios`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ cashierUrls: kinds }),
  });
  expect(response.ok, `the sandbox took the scenario: ${await response.text()}`).toBe(true);
}

/** Which of Antom's URLs a recorded URL is (the sandbox's shapes), or `intent` for Android's intent:// form. */
export function kindOf(url: string): 'applink' | 'normal' | 'scheme' | 'intent' | 'other' {
  if (url.startsWith('intent://')) return 'intent';
  if (url.startsWith('batchpay-sandbox://')) return 'scheme';
  if (url.startsWith(`${urls.sandbox}/sandbox/applink/`)) return 'applink';
  if (url.startsWith(`${urls.sandbox}/sandbox/cashier/`)) return 'normal';
  return 'other';
}

/** The `key=value` extras of an `intent://…#Intent;…;end` URL, decoded (`S.browser_fallback_url`, `package`). */
export function intentExtras(intentUrl: string): Record<string, string> {
  const at = intentUrl.indexOf('#Intent;');
  expect(at, `${intentUrl} has an #Intent; part`).toBeGreaterThan(0);
  const part = intentUrl.slice(at + '#Intent;'.length);
  expect(part.endsWith(';end') || part === 'end', `${intentUrl} ends with ;end`).toBe(true);
  const extras: Record<string, string> = {};
  for (const field of part.split(';')) {
    if (field === 'end') break;
    const eq = field.indexOf('=');
    extras[field.slice(0, eq)] = decodeURIComponent(field.slice(eq + 1));
  }
  return extras;
}
