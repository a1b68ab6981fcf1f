import { devices, expect, type Page, test } from '@playwright/test';
import { clearSandboxScenarios } from './support/controls';
import {
  answerWalletHostsWith204,
  answerWithCashierUrls,
  type CashierUrlKind,
  installRedirectRecorder,
  intentExtras,
  kindOf,
  letWalletHostsLoad,
  payTappedAt,
  type RecordedFire,
  type RecordedRedirect,
  recordedAnnouncements,
  recordedRedirects,
} from './support/redirectRecorder';
import { chooseMethod, openCheckout, payButton, resultHeading, waitForResultPage } from './support/shop';
import { appOpenTimeoutMs, urls } from './support/stack';

/*
 * The cashier redirect per browser (issue "The wallet app opens on the first try"): the real checkout of the demo on
 * five emulated devices, with no wallet app installed. The page records every URL it opens (navigation, hidden
 * iframe, hidden anchor); the sandbox's app link and cashier page answer 204 so the page lives on to record the
 * fallbacks (a real browser would leave the page), and app schemes are stopped by the recorder. Then the buyer
 * finishes on the real cashier page through the manual link.
 */

const J = appOpenTimeoutMs;
const METHOD = 'KakaoPay';
const SANDBOX_PACKAGE = 'com.batchpay.sandbox.wallet';

// Device profiles in Debian's Chromium (defaultBrowserType is left out: every test runs in the configured Chromium).
const { defaultBrowserType: _iphoneBrowser, ...iPhone } = devices['iPhone 15'];
const { defaultBrowserType: _pixelBrowser, ...pixel } = devices['Pixel 7'];
const { defaultBrowserType: _desktopBrowser, ...desktop } = devices['Desktop Chrome'];
const profiles = {
  'iPhone Safari': iPhone,
  'Pixel Chrome': pixel,
  'Android WebView': {
    ...pixel,
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36',
  },
  'WeChat iOS': {
    ...iPhone,
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323a) NetType/WIFI Language/en',
  },
  desktop,
} as const;
type Profile = keyof typeof profiles;

type Kind = ReturnType<typeof kindOf>;
interface Step {
  kind: Kind;
  fire: RecordedFire;
}
const step = (kind: Kind, fire: RecordedFire = 'location'): Step => ({ kind, fire });

interface RedirectCase {
  device: Profile;
  /** The URLs the sandbox answers with. */
  urls: readonly CashierUrlKind[];
  /** What the page opens by itself, in order; each one J after the previous (the app did not open). */
  attempts: readonly Step[];
  /** For an intent: the URL kind of its `S.browser_fallback_url`. */
  intentFallback?: 'applink' | 'normal';
  /** The buyer reads that a URL is not used on this device (never "not safe"). */
  notUsed?: boolean;
  /** What the live region says, in order (default: "Opening KakaoPay…" throughout). */
  announced?: readonly string[];
}

const OPENING = `Opening ${METHOD}…`;
const DID_NOT_OPEN = `${METHOD} did not open. Trying another way…`;
const OPENING_PAGE = `${METHOD} did not open. Opening the ${METHOD} payment page…`;
const ALL_FAILED = `${METHOD} could not be opened automatically. Use one of the buttons below.`;

const ALL: readonly CashierUrlKind[] = ['applinkUrl', 'schemeUrl', 'normalUrl'];

const cases: readonly RedirectCase[] = [
  { device: 'iPhone Safari', urls: ALL, attempts: [step('applink'), step('normal')] },
  { device: 'iPhone Safari', urls: ['schemeUrl', 'normalUrl'], attempts: [step('scheme', 'anchor'), step('normal')] },
  { device: 'Pixel Chrome', urls: ALL, attempts: [step('intent'), step('normal')], intentFallback: 'applink' },
  {
    device: 'Pixel Chrome',
    urls: ['schemeUrl', 'normalUrl'],
    attempts: [step('intent'), step('normal')],
    intentFallback: 'normal',
  },
  { device: 'Pixel Chrome', urls: ['applinkUrl', 'normalUrl'], attempts: [step('applink'), step('normal')] },
  {
    device: 'Android WebView',
    urls: ALL,
    attempts: [step('scheme', 'iframe'), step('applink'), step('normal')],
  },
  { device: 'WeChat iOS', urls: ALL, attempts: [step('applink'), step('normal')], notUsed: true },
  { device: 'desktop', urls: ALL, attempts: [step('normal')], notUsed: true },
  { device: 'desktop', urls: ['applinkUrl'], attempts: [step('applink')], announced: [OPENING, ALL_FAILED] },
];

interface CheckoutAnswer {
  checkoutId: string;
  outcome: { kind: string; urls?: Record<CashierUrlKind, string | undefined>; appIdentifier?: string };
}

/** Pays on the demo's checkout; answers the merchant backend's answer as the browser received it. */
async function pay(page: Page): Promise<CheckoutAnswer> {
  await openCheckout(page);
  await chooseMethod(page, METHOD);
  const answer = page.waitForResponse(
    (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/checkouts',
  );
  await payButton(page).click();
  const body = (await (await answer).json()) as CheckoutAnswer;
  expect(body.outcome.kind).toBe('redirect');
  await expect(page.getByRole('heading', { level: 1, name: 'Complete your payment' })).toBeVisible();
  return body;
}

function redirectRegion(page: Page) {
  return page.getByRole('region', { name: `Paying with ${METHOD}` });
}

/** Waits until the machine opens nothing more by itself (the cashier page was opened, or every URL was tried). */
async function redirectSettled(page: Page): Promise<void> {
  await expect(page.locator('.bp-redirect')).toHaveAttribute('data-state', /^(opened|exhausted)$/, {
    timeout: 4 * J + 10_000,
  });
}

/** The attempts' times from the first one (ms, rounded), and from the tap on Pay, for the report's timeline. */
function timeline(recorded: readonly RecordedRedirect[], tappedAt: number | undefined): string {
  const first = recorded[0]?.at ?? 0;
  const steps = recorded.map((r) => `${kindOf(r.url)} (${r.fire}) at +${Math.round(r.at - first)} ms`).join(' → ');
  return tappedAt === undefined ? steps : `${steps} (first attempt ${Math.round(first - tappedAt)} ms after the tap)`;
}

/** Each automatic attempt waited one app-open timeout after the previous one, and not a second one. */
function expectOneTimeoutBetween(recorded: readonly RecordedRedirect[]): void {
  for (let i = 1; i < recorded.length; i++) {
    const gap = (recorded[i] as RecordedRedirect).at - (recorded[i - 1] as RecordedRedirect).at;
    // The machine counts the timeout from the moment it decided to open the attempt, a few ms before the page
    // navigates; a tenth of the timeout leaves room for that on a busy machine.
    expect(gap, `attempt ${i + 1} came one app-open timeout (${J} ms) after attempt ${i}`).toBeGreaterThanOrEqual(
      0.9 * J,
    );
    expect(gap, `attempt ${i + 1} did not wait a second timeout`).toBeLessThan(2 * J);
  }
}

/**
 * The buyer finishes on the real cashier page through a manual link (the payment page's, else the app link's, which
 * shows "not installed" and continues to the cashier), and the result page says paid.
 */
async function finishOnCashier(page: Page, hasNormalUrl: boolean): Promise<void> {
  await letWalletHostsLoad(page);
  if (hasNormalUrl) {
    await redirectRegion(page)
      .getByRole('link', { name: `Open the ${METHOD} payment page` })
      .click();
  } else {
    await redirectRegion(page)
      .getByRole('link', { name: `Open the ${METHOD} app` })
      .click();
    await page.getByRole('link', { name: 'Continue to the web cashier' }).click();
  }
  await page.waitForURL(/\/sandbox\/cashier\//);
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  await waitForResultPage(page);
  await expect(resultHeading(page)).toHaveText('Payment complete');
}

test.beforeEach(async () => {
  await clearSandboxScenarios();
});

for (const c of cases) {
  const urlsTitle = c.urls.length === 3 ? 'all three URLs' : c.urls.join(' + ');
  const expected = c.attempts.map((s) => `${s.kind} (${s.fire})`).join(' → ');
  test.describe(c.device, () => {
    test.use(profiles[c.device]);

    test(`${urlsTitle}: ${expected}${c.attempts.length > 1 ? ', one app-open timeout apart' : ''}, then the cashier by hand`, async ({
      page,
    }) => {
      await installRedirectRecorder(page);
      const requested = await answerWalletHostsWith204(page);
      await answerWithCashierUrls(c.urls);

      const { outcome } = await pay(page);
      const answered = outcome.urls ?? ({} as Record<CashierUrlKind, string | undefined>);
      expect(Object.keys(answered).sort()).toEqual([...c.urls].sort());
      await redirectSettled(page);

      const recorded = await recordedRedirects(page);
      const note = `${c.device}, ${urlsTitle}: ${timeline(recorded, await payTappedAt(page))}`;
      test.info().annotations.push({ type: 'timeline', description: note });
      console.log(note);
      expect(recorded.map((r) => ({ kind: kindOf(r.url), fire: r.fire }))).toEqual(c.attempts);
      expectOneTimeoutBetween(recorded);

      // Each URL is the one Antom answered (an intent carries the scheme's path, the package and the fallback).
      for (const r of recorded) {
        const kind = kindOf(r.url);
        if (kind === 'applink') expect(r.url).toBe(answered.applinkUrl);
        if (kind === 'normal') expect(r.url).toBe(answered.normalUrl);
        if (kind === 'scheme') expect(r.url).toBe(answered.schemeUrl);
        if (kind === 'intent') {
          expect(
            r.url.startsWith(`intent://${(answered.schemeUrl as string).replace(/^batchpay-sandbox:\/\//, '')}#`),
          ).toBe(true);
          const extras = intentExtras(r.url);
          expect(extras.scheme).toBe('batchpay-sandbox');
          expect(extras.package).toBe(SANDBOX_PACKAGE);
          expect(extras['S.browser_fallback_url']).toBe(
            c.intentFallback === 'applink' ? answered.applinkUrl : answered.normalUrl,
          );
          // Chrome opens an app from an intent only with the tap's user activation.
          expect(r.activation, 'the intent fired while the tap still counted as a user gesture').toBe(true);
        }
      }
      // The browser asked the network for the web URLs it fired, in the same order (the schemes never reached it).
      expect(requested).toEqual(recorded.filter((r) => /^https?:/.test(r.url)).map((r) => r.url));

      // Every usable URL stays a button for the buyer; a scheme on a desktop or in WeChat is "not used", not "not safe".
      const region = redirectRegion(page);
      const usable =
        c.device === 'desktop' || c.device === 'WeChat iOS' ? c.urls.filter((u) => u !== 'schemeUrl') : c.urls;
      await expect(region.getByRole('link')).toHaveCount(usable.length);
      for (const kind of usable) {
        const href = kind === 'schemeUrl' && c.device === 'Pixel Chrome' ? /^intent:\/\// : answered[kind];
        await expect(region.locator(`a[data-kind="${kind.replace(/Url$/, '')}"]`)).toHaveAttribute(
          'href',
          href as string | RegExp,
        );
      }
      // Each attempt is announced: the next way to open the app, then the cashier page.
      const eachAttempt = c.attempts.map((a, i) =>
        i === 0 ? OPENING : a.kind === 'normal' ? OPENING_PAGE : DID_NOT_OPEN,
      );
      expect(await recordedAnnouncements(page), 'what the live region said').toEqual(c.announced ?? eachAttempt);
      await expect(region.getByText('not safe')).toHaveCount(0);
      await expect(region.getByText(`Some ways to open ${METHOD} are not used on this device.`)).toHaveCount(
        c.notUsed ? 1 : 0,
      );

      await finishOnCashier(page, c.urls.includes('normalUrl'));
    });
  });
}

/**
 * Antom's answer as hostile as it can be, played at the browser's seam: the merchant backend's real answer to
 * `POST /api/checkouts`, with its `appIdentifier` and `schemeUrl` replaced before the page reads it.
 */
async function backendAnswersWith(page: Page, change: { appIdentifier?: string; schemeUrl?: string }): Promise<void> {
  await page.route(`${urls.server}/api/checkouts`, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    const response = await route.fetch();
    const body = (await response.json()) as CheckoutAnswer;
    if (body.outcome.kind === 'redirect') {
      if (change.appIdentifier !== undefined) body.outcome.appIdentifier = change.appIdentifier;
      if (change.schemeUrl !== undefined)
        body.outcome.urls = { ...body.outcome.urls, schemeUrl: change.schemeUrl } as never;
    }
    await route.fulfill({ response, json: body });
  });
}

/** An appIdentifier that would end the intent early and put the attacker's fallback first (Android stops at `end`). */
const HOSTILE_PACKAGE = 'com.x;S.browser_fallback_url=https%3A%2F%2Fevil.example;end';
const HOSTILE_INTENT = `intent://pay#Intent;scheme=batchpay-sandbox;package=com.evil.app;S.browser_fallback_url=${encodeURIComponent('https://evil.example/')};end`;
const HOSTILE_TEL = 'tel:+18005550199';

interface HostileCase {
  title: string;
  device: Profile;
  urls: readonly CashierUrlKind[];
  change: { appIdentifier?: string; schemeUrl?: string };
  attempts: readonly Step[];
  /** The kinds of the manual links the buyer gets. */
  links: readonly ('applink' | 'scheme' | 'normal')[];
  /** The buyer reads that a link was not safe and was skipped. */
  unsafe: boolean;
  /** Text that must appear nowhere: not in a navigation, a request, the page or its links. */
  never: readonly string[];
}

const hostileCases: readonly HostileCase[] = [
  {
    title: 'an appIdentifier that smuggles a fallback is dropped: the intent has no package= and the applink fallback',
    device: 'Pixel Chrome',
    urls: ALL,
    change: { appIdentifier: HOSTILE_PACKAGE },
    attempts: [step('intent'), step('normal')],
    links: ['scheme', 'normal', 'applink'],
    unsafe: false,
    never: ['evil', 'package='],
  },
  {
    title: 'a schemeUrl of intent: (and a smuggling appIdentifier) is never opened: applink → normal',
    device: 'Pixel Chrome',
    urls: ALL,
    change: { appIdentifier: HOSTILE_PACKAGE, schemeUrl: HOSTILE_INTENT },
    attempts: [step('applink'), step('normal')],
    links: ['applink', 'normal'],
    unsafe: true,
    never: ['evil', 'intent:'],
  },
  {
    title: 'a schemeUrl of tel: never reaches the hidden iframe: applink → normal',
    device: 'Android WebView',
    urls: ALL,
    change: { schemeUrl: HOSTILE_TEL },
    attempts: [step('applink'), step('normal')],
    links: ['applink', 'normal'],
    unsafe: true,
    never: ['tel:', '18005550199'],
  },
  {
    title: 'a schemeUrl of tel: never reaches the hidden anchor: the cashier page at once',
    device: 'iPhone Safari',
    urls: ['schemeUrl', 'normalUrl'],
    change: { schemeUrl: HOSTILE_TEL },
    attempts: [step('normal')],
    links: ['normal'],
    unsafe: true,
    never: ['tel:', '18005550199'],
  },
];

for (const h of hostileCases) {
  test.describe(`${h.device}, hostile answer`, () => {
    test.use(profiles[h.device]);

    test(h.title, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const frames: string[] = [];
      page.on('framenavigated', (frame) => frames.push(frame.url()));
      await installRedirectRecorder(page);
      const requested = await answerWalletHostsWith204(page);
      await answerWithCashierUrls(h.urls);
      await backendAnswersWith(page, h.change);

      const { outcome } = await pay(page);
      const answered = outcome.urls ?? ({} as Record<CashierUrlKind, string | undefined>);
      await redirectSettled(page);

      const recorded = await recordedRedirects(page);
      console.log(`${h.device}, hostile: ${timeline(recorded, await payTappedAt(page))}`);
      expect(recorded.map((r) => ({ kind: kindOf(r.url), fire: r.fire }))).toEqual(h.attempts);
      expectOneTimeoutBetween(recorded);
      for (const r of recorded) {
        if (kindOf(r.url) === 'intent') {
          const extras = intentExtras(r.url);
          expect(extras).toEqual({
            scheme: 'batchpay-sandbox',
            'S.browser_fallback_url': answered.applinkUrl,
          });
        }
      }
      expect(requested).toEqual(recorded.filter((r) => /^https?:/.test(r.url)).map((r) => r.url));

      // The buyer still has a button for each usable URL, and is told when one was refused.
      const region = redirectRegion(page);
      await expect(region.locator('a[data-kind]')).toHaveCount(h.links.length);
      const kinds = await region.locator('a[data-kind]').evaluateAll((links) => links.map((a) => a.dataset.kind));
      expect(kinds).toEqual(h.links);
      const eachAttempt = h.attempts.map((a, i) =>
        i === 0 ? OPENING : a.kind === 'normal' ? OPENING_PAGE : DID_NOT_OPEN,
      );
      expect(await recordedAnnouncements(page), 'what the live region said').toEqual(eachAttempt);
      await expect(region.getByText('A payment link was not safe to open and was skipped.')).toHaveCount(
        h.unsafe ? 1 : 0,
      );

      // Nothing hostile anywhere: what the page opened, what it asked the network for, what it shows and links to.
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const html = await page.content();
      for (const text of h.never) {
        for (const r of recorded) expect(r.url, 'an opened URL').not.toContain(text);
        for (const url of [...requests, ...frames]) expect(url, 'a request or frame').not.toContain(text);
        for (const href of hrefs) expect(href, 'a link on the page').not.toContain(text);
        expect(html.includes(text), `the page shows no "${text}"`).toBe(false);
      }

      await finishOnCashier(page, true);
    });
  });
}
