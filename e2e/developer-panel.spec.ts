import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { clearSandboxScenarios } from './support/controls';
import { openCheckout } from './support/shop';

test.beforeEach(async () => {
  await clearSandboxScenarios();
});

function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Developer panel' });
}

function methodNames(page: Page) {
  return page.getByRole('radiogroup', { name: 'Pay with' }).getByRole('radio');
}

test('the buyer region re-sorts the payment methods, home wallets first and marked', async ({ page }) => {
  await openCheckout(page);
  await panel(page).getByLabel('Buyer region').selectOption('KR');
  await expect(methodNames(page).nth(0)).toHaveAccessibleName('KakaoPay');
  await expect(methodNames(page).nth(1)).toHaveAccessibleName('NAVER Pay');
  await expect(methodNames(page).nth(0)).toHaveAccessibleDescription('Popular in your region');
  await expect(methodNames(page).nth(2)).toHaveAccessibleDescription('');

  await panel(page).getByLabel('Buyer region').selectOption('PH');
  await expect(methodNames(page).nth(0)).toHaveAccessibleName('GCash');
  await expect(methodNames(page).nth(0)).toHaveAccessibleDescription('Popular in your region');
  // The setting stays across pages and reloads.
  await page.reload();
  await expect(methodNames(page).nth(0)).toHaveAccessibleName('GCash');
  await expectNoAxeViolations(page, 'the checkout page with the developer panel set');
});

test('the terminal to emulate goes to the hooks: a shop app (APP) on a desktop browser tries the scheme first', async ({
  page,
}) => {
  await page.route('**/sandbox/applink/**', (route) => route.fulfill({ status: 204 }));
  await openCheckout(page);
  await panel(page).getByLabel('Terminal to emulate').selectOption('APP-IOS');
  await page.getByRole('radio', { name: 'Alipay', exact: true }).click();
  await page.getByRole('button', { name: /^Pay / }).click();
  const attempts = panel(page).getByRole('list', { name: 'Checkout events' }).getByRole('listitem');
  await expect(attempts.filter({ hasText: /^Opening \w+ URL/ }).first()).toHaveText(
    /^Opening scheme URL: batchpay-sandbox:\/\//,
  );
  await expect(attempts.filter({ hasText: /^Opening \w+ URL/ }).nth(1)).toHaveText(/^Opening applink URL: http/);
  await page.waitForURL(/\/sandbox\/cashier\//);
});
