import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { openCheckout } from './support/shop';

/** Whether the page scrolls sideways (content wider than the viewport). */
async function scrollsSideways(page: import('@playwright/test').Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

for (const width of [360, 768, 1440]) {
  test(`${width} px wide: basket, checkout and result fit without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Go to checkout' })).toBeVisible();
    expect(await scrollsSideways(page), 'basket scrolls sideways').toBe(false);

    await openCheckout(page);
    await expect(page.getByRole('button', { name: /^Pay / })).toBeVisible();
    expect(await scrollsSideways(page), 'checkout scrolls sideways').toBe(false);
    // On a phone the basket comes before the payment, so the buyer sees what they pay for.
    const summaryTop = (await page.getByRole('region', { name: 'Your orders' }).boundingBox())?.y ?? 0;
    const paymentTop = (await page.getByRole('region', { name: 'Payment' }).boundingBox())?.y ?? 0;
    expect(summaryTop < paymentTop).toBe(width < 760);

    await page.goto('/result?checkout=co_does-not-exist');
    await expect(page.getByRole('alert')).toContainText('We could not look up this payment');
    expect(await scrollsSideways(page), 'result scrolls sideways').toBe(false);
  });
}

test('the pages the buyer can land on by mistake have no axe violations either', async ({ page }) => {
  await page.goto('/result?checkout=co_does-not-exist');
  await expect(page.getByRole('alert')).toContainText('We could not look up this payment');
  await expect(page.getByRole('link', { name: 'Back to the basket' })).toBeVisible();
  await expectNoAxeViolations(page, 'the result page for an unknown checkout');

  await page.goto('/result');
  await expect(page.getByRole('alert')).toContainText('This link has no payment to show.');
  await expectNoAxeViolations(page, 'the result page without a checkout id');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page, 'the not-found page');
});
