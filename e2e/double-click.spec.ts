import { expect, type Page, test } from '@playwright/test';
import { clearSandboxScenarios, sandboxBatch } from './support/controls';
import { checkoutRows } from './support/serverDatabase';
import { chooseMethod, openCheckout, payButton } from './support/shop';

test.beforeEach(async () => {
  await clearSandboxScenarios();
});

/** The Idempotency-Key of every POST /api/checkouts the page sends. */
function recordCheckoutPosts(page: Page): string[] {
  const keys: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/checkouts') {
      keys.push(request.headers()['idempotency-key'] ?? '(none)');
    }
  });
  return keys;
}

async function expectOneBatchSince(before: number, keys: string[]): Promise<void> {
  const rows = checkoutRows().slice(before);
  expect(rows, 'checkouts the server stored').toHaveLength(1);
  const [row] = rows;
  expect(row?.antom_calls, 'batchPay calls the server made').toBe(1);
  expect(keys.length).toBeGreaterThanOrEqual(1);
  expect(new Set(keys), 'Idempotency-Keys the browser sent').toEqual(new Set([row?.idempotency_key]));
  expect((await sandboxBatch(row?.batch_payment_request_id ?? '')).status).toBe('PROCESSING');
}

test('a double click on Pay creates one batch (checked in the server database and the sandbox)', async ({ page }) => {
  await openCheckout(page);
  await chooseMethod(page, 'TrueMoney');
  const keys = recordCheckoutPosts(page);
  const before = checkoutRows().length;

  await payButton(page).dblclick();
  await page.waitForURL(/\/sandbox\/cashier\//);
  await expectOneBatchSince(before, keys);
});

test('two clicks in the same task (before React re-renders) still create one batch', async ({ page }) => {
  await openCheckout(page);
  await chooseMethod(page, 'AlipayHK');
  const keys = recordCheckoutPosts(page);
  const before = checkoutRows().length;

  await payButton(page).evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
    button.click();
  });
  await page.waitForURL(/\/sandbox\/cashier\//);
  await expectOneBatchSince(before, keys);
});
