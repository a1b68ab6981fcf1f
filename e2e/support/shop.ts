import { expect, type Locator, type Page } from '@playwright/test';

/** The three orders of apps/server's demo cart, as the buyer sees them. */
export const demoOrders = ['Jeju green tea, 2 tins', 'Travel guide and postcards', 'Packable rain jacket'] as const;

export function payButton(page: Page): Locator {
  return page.getByRole('button', { name: /^Pay / });
}

/** Opens the checkout and waits until the basket and the payment methods are there. */
export async function openCheckout(page: Page): Promise<void> {
  await page.goto('/checkout');
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Pay with' })).toBeVisible();
}

export async function chooseMethod(page: Page, name: string): Promise<void> {
  const option = page.getByRole('radio', { name, exact: true });
  await option.click();
  await expect(option).toHaveAttribute('aria-checked', 'true');
}

/** Pays with `method` and waits for the sandbox's hosted cashier page. */
export async function payToCashier(page: Page, method: string): Promise<void> {
  await openCheckout(page);
  await chooseMethod(page, method);
  await payButton(page).click();
  await page.waitForURL(/\/sandbox\/cashier\//);
  await expect(page.getByRole('button', { name: 'Pay', exact: true })).toBeVisible();
}

/** The demo's result page, once the cashier sent the buyer back. */
export async function waitForResultPage(page: Page): Promise<string> {
  await page.waitForURL(/\/result\?checkout=/);
  const checkoutId = new URL(page.url()).searchParams.get('checkout');
  expect(checkoutId).toBeTruthy();
  return checkoutId as string;
}

/** The result page's heading (Payment processing / complete / not completed). */
export function resultHeading(page: Page): Locator {
  return page.getByRole('main').getByRole('heading', { level: 2 });
}

/** The line of one order on the result page. */
export function resultOrder(page: Page, description: string): Locator {
  return page.getByRole('main').getByRole('listitem').filter({ hasText: description });
}
