import { expect, test } from '@playwright/test';

type Shift = { value: number; hadRecentInput: boolean };

// The checkout holds the place of the basket and the payment methods while they load: what arrives does not push
// the page around (Chromium's layout-shift entries, the metric Lighthouse's CLS is made of).
for (const width of [360, 1440]) {
  test(`${width} px: the checkout does not jump when the basket and the methods arrive`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => {
      const w = window as unknown as { layoutShift: number };
      w.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as Shift[]) {
          if (!entry.hadRecentInput) w.layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The answers come late, as on a phone: the placeholders are painted first.
    await page.route('**/api/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.goto('/checkout');
    await expect(page.getByRole('radio').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your orders' })).toBeVisible();
    await expect(page.locator('.bp-skeleton')).toHaveCount(0);
    const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
    // Lighthouse calls under 0.1 good; the demo measures 0.004 at 360 px and 0 at 1440 px.
    expect(shift).toBeLessThan(0.05);
  });
}
