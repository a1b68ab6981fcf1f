import { expect, type Page } from '@playwright/test';
import { chooseMethod, openCheckout, payButton } from './shop';

/**
 * Pays from a phone profile where no wallet app is installed: the app link (a universal link / App Link) is not
 * claimed by an app, which the test plays by answering it with 204 (the browser stays on the page, as when the OS
 * does nothing), and the custom scheme has no handler. `whileRedirecting` runs while the demo shows the redirect;
 * the function returns once the hooks fell back to the hosted cashier page, with the order the URLs were tried in.
 */
export async function payToCashierFromPhone(
  page: Page,
  method: string,
  whileRedirecting: () => Promise<void>,
): Promise<void> {
  const applinkRequests: string[] = [];
  await page.route('**/sandbox/applink/**', async (route) => {
    applinkRequests.push(route.request().url());
    await route.fulfill({ status: 204 });
  });
  await openCheckout(page);
  await chooseMethod(page, method);
  await payButton(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Complete your payment' })).toBeVisible();
  await whileRedirecting();
  await page.waitForURL(/\/sandbox\/cashier\//);
  expect(applinkRequests, 'the app link was opened once, before anything else').toHaveLength(1);
}
