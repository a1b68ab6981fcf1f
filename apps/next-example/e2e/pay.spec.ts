import { expect, test } from '@playwright/test';

test('a server-component page renders <BatchPayCheckout>, and the buyer pays end to end through the sandbox', async ({
  page,
}) => {
  await page.goto('/checkout');
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  // Server HTML already holds the checkout's place; the browser fills it.
  await page.getByRole('radio', { name: 'Alipay', exact: true }).click();
  const pay = page.getByRole('button', { name: 'Pay $61.99' });
  await expect(pay).toBeVisible();
  await pay.click();

  // Desktop: straight to the hosted cashier of the sandbox.
  await page.waitForURL(/\/sandbox\/cashier\//);
  await page.getByRole('button', { name: 'Pay', exact: true }).click();

  // Back on the same page with ?checkout=: the same component shows the result, paid once Antom's notification came.
  await page.waitForURL(/\/checkout\?checkout=/);
  // The server HTML of that page is already its checking state (serverUrl), never the form for a moment.
  const returnHtml = await (await page.request.get(page.url())).text();
  expect(returnHtml).toContain('Checking your payment');
  expect(returnHtml).not.toContain('role="radiogroup"');
  await expect(page.getByRole('heading', { level: 2, name: 'Payment complete' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Jeju green tea, 2 tins' })).toContainText('Paid');
  await expect(page.getByRole('listitem').filter({ hasText: 'Travel guide' })).toContainText('Paid');
});

test('a server component formats amounts with @batchpay/core (no client code needed)', async ({ page }) => {
  const response = await page.request.get('/');
  expect(await response.text()).toContain('$61.99');
});
