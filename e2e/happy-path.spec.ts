import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { clearSandboxScenarios, holdNotifications, releaseNotifications, sandboxBatch } from './support/controls';
import { saveScreenshot } from './support/screenshots';
import { checkoutRows } from './support/serverDatabase';
import {
  chooseMethod,
  demoOrders,
  openCheckout,
  payButton,
  resultHeading,
  resultOrder,
  waitForResultPage,
} from './support/shop';

test.use({ viewport: { width: 1280, height: 900 } });

test.beforeEach(async () => {
  await clearSandboxScenarios();
});

test.afterEach(async () => {
  await releaseNotifications();
});

test('desktop: basket → pay with Alipay → sandbox cashier → Pay → result shows processing, then paid per order', async ({
  page,
}) => {
  // The basket: three sellers' orders, priced by the backend.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your basket' })).toBeVisible();
  for (const order of demoOrders) await expect(page.getByText(order)).toBeVisible();
  await expect(page.getByText('3 orders from 3 sellers')).toBeVisible();
  await expect(page.getByRole('main').getByText('$119.89')).toBeVisible();
  await expectNoAxeViolations(page, 'the basket page');
  await saveScreenshot(page, 'cart');

  await page.getByRole('link', { name: 'Go to checkout' }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await openCheckout(page);
  await expect(payButton(page)).toBeDisabled();
  await chooseMethod(page, 'Alipay');
  await expect(payButton(page)).toHaveText('Pay $119.89');
  await expect(payButton(page)).toBeEnabled();
  await expectNoAxeViolations(page, 'the checkout page');
  await saveScreenshot(page, 'checkout');

  // The notification is held back: the buyer is back before the shop knows.
  await holdNotifications();
  const before = checkoutRows().length;
  await payButton(page).click();

  // Desktop (WEB): straight to the hosted cashier page.
  await page.waitForURL(/\/sandbox\/cashier\//);
  await expect(page.getByRole('heading', { name: 'Pay $119.89' })).toBeVisible();
  await expect(page.getByText('Paying with Alipay for 3 orders from 3 merchants.')).toBeVisible();
  await page.getByRole('button', { name: 'Pay', exact: true }).click();

  const checkoutId = await waitForResultPage(page);
  await expect(resultHeading(page)).toHaveText('Payment processing');
  for (const order of demoOrders) await expect(resultOrder(page, order)).toContainText('Processing');
  await expectNoAxeViolations(page, 'the result page while processing');

  // The server stored one checkout, and the sandbox has its batch paid; the page still waits for the notification.
  const rows = checkoutRows();
  expect(rows).toHaveLength(before + 1);
  const row = rows.find((r) => r.checkout_id === checkoutId);
  expect(row?.payment_method_type).toBe('ALIPAY_CN');
  const batch = await sandboxBatch(row?.batch_payment_request_id ?? '');
  expect(batch.status).toBe('SUCCESS');
  await page.waitForTimeout(1500);
  await expect(resultHeading(page)).toHaveText('Payment processing');

  // Held: this batch's notification (once or more, as the sandbox may have redelivered it meanwhile).
  expect(await releaseNotifications()).toContain(row?.batch_payment_request_id);
  await expect(resultHeading(page)).toHaveText('Payment complete');
  for (const order of demoOrders) await expect(resultOrder(page, order)).toContainText('Paid');
  await expect(page.getByRole('link', { name: 'Continue shopping' })).toBeVisible();
  await expectNoAxeViolations(page, 'the result page when paid');
  await saveScreenshot(page, 'result');

  // The result page works from its URL alone: a new tab with empty sessionStorage shows the same.
  const other = await page.context().newPage();
  await other.goto(`/result?checkout=${checkoutId}`);
  await expect(resultHeading(other)).toHaveText('Payment complete');
  await other.close();
});
