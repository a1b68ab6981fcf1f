import { devices, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { clearSandboxScenarios } from './support/controls';
import { payToCashierFromPhone } from './support/phone';
import { saveScreenshot } from './support/screenshots';
import { resultHeading, waitForResultPage } from './support/shop';

test.beforeEach(async () => {
  await clearSandboxScenarios();
});

/** The developer panel's log of what the hooks did, one line per event. */
function eventLog(page: Page) {
  return page.getByRole('list', { name: 'Checkout events' }).getByRole('listitem');
}

const APPLINK = /\/sandbox\/applink\//;
const SCHEME = /^batchpay-sandbox:\/\//;
const CASHIER = /\/sandbox\/cashier\//;

/*
 * Each phone tries what its browser opens best (the table in core's README), then the cashier page; every URL stays
 * a button for the buyer. (e2e/redirect-per-browser records each attempt on more devices; this one runs the real
 * browser's handling of them, and pays.)
 */
const phones = [
  {
    // iOS Safari: the universal link, then the cashier page; the scheme only as a button ("another way").
    name: 'iPhone 15',
    device: devices['iPhone 15'],
    os: 'iOS',
    links: [
      { name: 'Open the KakaoPay app', href: APPLINK },
      { name: 'Open the KakaoPay payment page', href: CASHIER },
      { name: 'Try opening the KakaoPay app another way', href: SCHEME },
    ],
    opened: [/^Opening applink URL: http:\/\/127\.0\.0\.1:\d+\/sandbox\/applink\//, /^Opening normal URL: http:/],
    appRequests: [] as RegExp[],
    applinkRequests: 1,
    screenshot: true,
  },
  {
    // Android Chrome: the scheme as one intent:// (its fallback is the app link), then the cashier page.
    name: 'Pixel 7',
    device: devices['Pixel 7'],
    os: 'Android',
    links: [
      { name: 'Open the KakaoPay app', href: /^intent:\/\/pay\?.*#Intent;scheme=batchpay-sandbox;/ },
      { name: 'Open the KakaoPay payment page', href: CASHIER },
      { name: 'Try opening the KakaoPay app another way', href: APPLINK },
    ],
    opened: [/^Opening scheme URL: batchpay-sandbox:\/\//, /^Opening normal URL: http:/],
    appRequests: [/^intent:\/\/pay\?/],
    applinkRequests: 0,
    screenshot: false,
  },
] as const;

for (const phone of phones) {
  test.describe(`${phone.name} (${phone.os})`, () => {
    // Device profile in Debian's Chromium: the user agent, viewport, touch and pixel ratio of the phone.
    // (defaultBrowserType is left out: every test runs in the configured Chromium.)
    const { defaultBrowserType: _browser, ...profile } = phone.device;
    test.use(profile);

    test("the browser's way to the app is tried, then the cashier page, with every way kept as a button", async ({
      page,
    }) => {
      // What the page really navigated to, other than http(s): the scheme attempt.
      const appRequests: string[] = [];
      page.on('request', (request) => {
        if (!/^https?:/.test(request.url())) appRequests.push(request.url());
      });
      const applinkRequests = await payToCashierFromPhone(page, 'KakaoPay', async () => {
        const redirect = page.getByRole('region', { name: 'Paying with KakaoPay' });
        await expect(redirect.getByRole('status')).toHaveText('Opening KakaoPay…');
        // Every way stays available by hand.
        await expect(redirect.getByRole('link')).toHaveCount(phone.links.length);
        for (const link of phone.links) {
          await expect(redirect.getByRole('link', { name: link.name })).toHaveAttribute('href', link.href);
        }
        // The app did not open: after the wait, the cashier page (answered 204 once, so the page stays to be seen).
        await expect(eventLog(page).filter({ hasText: /^Opening \w+ URL/ })).toHaveText([...phone.opened]);
        expect(appRequests).toEqual(phone.appRequests.map((pattern) => expect.stringMatching(pattern)));
        await expectNoAxeViolations(page, `the redirect page on ${phone.name}`);
        if (phone.screenshot) await saveScreenshot(page, 'redirect');
      });
      expect(applinkRequests, 'the app link was requested by the page only where it is an attempt').toHaveLength(
        phone.applinkRequests,
      );

      // Headless Chromium keeps the tab's request for an unhandled custom scheme pending, and then drops navigations
      // and form submissions in that tab (reproduced without our code: any page that assigns `foo://x`, then posts a
      // form). A phone shows its "cannot open" notice instead. So where a scheme was opened, the buyer opens the
      // cashier page's button in a new tab, which also shows the result page working from its URL alone (empty
      // sessionStorage); elsewhere the buyer taps it.
      const cashierButton = page
        .getByRole('region', { name: 'Paying with KakaoPay' })
        .getByRole('link', { name: 'Open the KakaoPay payment page' });
      let tab = page;
      if (appRequests.length > 0) {
        tab = await page.context().newPage();
        await tab.goto((await cashierButton.getAttribute('href')) as string);
      } else {
        await cashierButton.click();
      }
      await tab.waitForURL(CASHIER);
      await tab.getByRole('button', { name: 'Pay', exact: true }).click();
      await waitForResultPage(tab);
      await expect(resultHeading(tab)).toHaveText('Payment complete');
      await expectNoAxeViolations(tab, `the result page on ${phone.name}`);
    });
  });
}
