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

const phones = [
  // iOS: the custom scheme itself. Android Chrome: the scheme as an intent:// URL (the browser falls back by itself).
  {
    name: 'iPhone 15',
    device: devices['iPhone 15'],
    os: 'iOS',
    schemeRequest: /^batchpay-sandbox:\/\/pay\?/,
    screenshot: true,
  },
  { name: 'Pixel 7', device: devices['Pixel 7'], os: 'Android', schemeRequest: /^intent:\/\/pay\?/, screenshot: false },
] as const;

for (const phone of phones) {
  test.describe(`${phone.name} (${phone.os})`, () => {
    // Device profile in Debian's Chromium: the user agent, viewport, touch and pixel ratio of the phone.
    // (defaultBrowserType is left out: every test runs in the configured Chromium.)
    const { defaultBrowserType: _browser, ...profile } = phone.device;
    test.use(profile);

    test('the app link is tried, then the scheme, then the cashier page, and the buyer sees each fallback', async ({
      page,
    }) => {
      // What the page really navigated to, other than http(s): the scheme attempt.
      const appRequests: string[] = [];
      page.on('request', (request) => {
        if (!/^https?:/.test(request.url())) appRequests.push(request.url());
      });
      await payToCashierFromPhone(page, 'KakaoPay', async () => {
        const redirect = page.getByRole('region', { name: 'Paying with KakaoPay' });
        await expect(redirect.getByRole('status')).toHaveText('Opening KakaoPay…');
        // Every way stays available by hand.
        await expect(redirect.getByRole('link', { name: 'Open the KakaoPay app' })).toHaveAttribute(
          'href',
          /\/sandbox\/applink\//,
        );
        await expect(redirect.getByRole('link', { name: 'Try opening the KakaoPay app another way' })).toHaveAttribute(
          'href',
          /^batchpay-sandbox:\/\//,
        );
        await expect(redirect.getByRole('link', { name: 'Open the KakaoPay payment page' })).toHaveAttribute(
          'href',
          /\/sandbox\/cashier\//,
        );
        // The app link did not open the app: the scheme is next, and the buyer is told.
        await expect(redirect.getByRole('status')).toHaveText('KakaoPay did not open. Trying another way…');
        await expect(eventLog(page).filter({ hasText: /^Opening \w+ URL/ })).toHaveText([
          /^Opening applink URL: http:\/\/127\.0\.0\.1:\d+\/sandbox\/applink\//,
          /^Opening scheme URL: batchpay-sandbox:\/\//,
        ]);
        await expect.poll(() => appRequests).toEqual([expect.stringMatching(phone.schemeRequest)]);
        await expectNoAxeViolations(page, `the redirect page on ${phone.name}`);
        if (phone.screenshot) await saveScreenshot(page, 'redirect');
      });

      // Headless Chromium keeps the tab's request for the unhandled custom scheme pending, and then drops form
      // submissions in that tab (reproduced without our code: any page that assigns `foo://x`, then posts a form).
      // A phone shows its "cannot open" notice instead. So the buyer finishes on the cashier page in a new tab,
      // which also shows the result page working from its URL alone (empty sessionStorage).
      const tab = await page.context().newPage();
      await tab.goto(page.url());
      await tab.getByRole('button', { name: 'Pay', exact: true }).click();
      await waitForResultPage(tab);
      await expect(resultHeading(tab)).toHaveText('Payment complete');
      await expectNoAxeViolations(tab, `the result page on ${phone.name}`);
    });
  });
}
