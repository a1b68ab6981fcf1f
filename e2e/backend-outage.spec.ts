import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { clearSandboxScenarios } from './support/controls';
import { checkoutRows } from './support/serverDatabase';
import { chooseMethod, openCheckout, payButton, resultHeading, waitForResultPage } from './support/shop';

test.beforeEach(async () => {
  await clearSandboxScenarios();
});

test('the backend unreachable for a moment: the buyer sees it, tries again, and no second batch is made', async ({
  page,
}) => {
  await openCheckout(page);
  await chooseMethod(page, 'Alipay');
  const before = checkoutRows().length;

  // The first request reaches the server (which creates the batch) but its answer is lost on the way back; the
  // hook's own retries then find the backend unreachable. After that the network is back.
  const keys: string[] = [];
  let networkUp = false;
  await page.route('**/api/checkouts', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '(none)');
    if (networkUp) return route.continue();
    if (keys.length === 1) {
      await route.fetch();
      return route.abort('connectionreset');
    }
    return route.abort('connectionrefused');
  });

  await payButton(page).click();
  const failure = page.getByRole('main').getByRole('region', { name: 'Payment not completed' });
  await expect(failure).toContainText('We could not reach the shop. Check your connection.');
  await expect(failure.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectNoAxeViolations(page, 'the checkout page while the backend is unreachable');
  // (The hook may retry by itself first, always with the same key.)
  const triedWhileDown = keys.length;
  expect(triedWhileDown).toBeGreaterThanOrEqual(1);

  networkUp = true;
  await failure.getByRole('button', { name: 'Try again' }).click();
  await page.waitForURL(/\/sandbox\/cashier\//);
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  await waitForResultPage(page);
  await expect(resultHeading(page)).toHaveText('Payment complete');

  // Every attempt carried the same key, and the server made one checkout with one batchPay call.
  expect(keys.length).toBe(triedWhileDown + 1);
  expect(new Set(keys).size).toBe(1);
  const rows = checkoutRows().slice(before);
  expect(rows).toHaveLength(1);
  expect(rows[0]?.idempotency_key).toBe(keys[0]);
  expect(rows[0]?.antom_calls).toBe(1);
});
