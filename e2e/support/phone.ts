import { expect, type Page } from '@playwright/test';
import { chooseMethod, openCheckout, payButton } from './shop';

/**
 * Pays from a phone profile where no wallet app is installed: the app link (a universal link / App Link) is not
 * claimed by an app, which the test plays by answering it with 204 (the browser stays on the page, as when the OS
 * does nothing), and a custom scheme has no handler. The page's first trip to the cashier page is answered with 204
 * too, so the redirect page stays to be looked at (`whileRedirecting`) once every attempt was made. Returns the
 * app link requests the page made; the buyer goes on to the cashier page by its button.
 */
export async function payToCashierFromPhone(
  page: Page,
  method: string,
  whileRedirecting: () => Promise<void>,
): Promise<string[]> {
  const applinkRequests: string[] = [];
  await page.route('**/sandbox/applink/**', async (route) => {
    applinkRequests.push(route.request().url());
    await route.fulfill({ status: 204 });
  });
  await page.route('**/sandbox/cashier/**', (route) => route.fulfill({ status: 204 }), { times: 1 });
  await openCheckout(page);
  await chooseMethod(page, method);
  await payButton(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Complete your payment' })).toBeVisible();
  await whileRedirecting();
  return applinkRequests;
}
