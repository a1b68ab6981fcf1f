import { devices, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { clearSandboxScenarios } from './support/controls';
import { saveScreenshot } from './support/screenshots';
import { payToCashierFromPhone } from './support/phone';
import { resultHeading, waitForResultPage } from './support/shop';

test.beforeEach(async () => {
  await clearSandboxScenarios();
});

/** The developer panel's log of what the hooks did, one line per event. */
function eventLog(page: Page) {
  return page.getByRole('list', { name: 'Checkout events' }).getByRole('listitem');
}

const phones = [
  { name: 'iPhone 15', device: devices['iPhone 15'], os: 'iOS', screenshot: true },
  { name: 'Pixel 7', device: devices['Pixel 7'], os: 'Android', screenshot: false },
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
        await expectNoAxeViolations(page, `the redirect page on ${phone.name}`);
        if (phone.screenshot) await saveScreenshot(page, 'redirect');
      });

      await page.getByRole('button', { name: 'Pay', exact: true }).click();
      await waitForResultPage(page);
      await expect(resultHeading(page)).toHaveText('Payment complete');
      await expectNoAxeViolations(page, `the result page on ${phone.name}`);
    });
  });
}
