import { expect, test } from '@playwright/test';

// The build prerenders each page (apps/demo/prerenderPages.ts): its HTML already holds the page's title and text, so
// it paints before the script; the script then hydrates that HTML without a mismatch and the page works.
const pages = [
  { path: '/', title: 'Basket – Northwind Market', text: 'Your orders from every seller' },
  { path: '/checkout', title: 'Checkout – Northwind Market', text: 'One payment for every seller' },
  { path: '/result?checkout=co_unknown', title: 'Payment result – Northwind Market', text: 'Checking your payment' },
];

for (const { path, title, text } of pages) {
  test(`${path}: the HTML holds the page, and it hydrates without an error`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(text);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    await page.waitForLoadState('networkidle');
    // React reports a hydration mismatch as an error (#418 / "Hydration failed") and re-renders from scratch.
    expect(problems.filter((p) => /hydrat|#418|#423|#425/i.test(p))).toEqual([]);
  });
}

test('the prerendered checkout is live after hydration: a method can be chosen', async ({ page }) => {
  await page.goto('/checkout');
  const method = page.getByRole('radio').first();
  await method.click();
  await expect(method).toHaveAttribute('aria-checked', 'true');
});

// `vite preview` serves a page's HTML for other URLs too: result.html for `/result` without a checkout, index.html for
// an unknown path. Its inline guard empties the prerendered page's <main> before it paints (the shop's header stays),
// so the buyer never sees "Checking your payment" or the basket on a page that is neither; the app then renders the
// right page, once.
const otherPages = [
  { path: '/result', wrong: 'Checking your payment', right: 'This link has no payment to show' },
  { path: '/no-such-page', wrong: 'Your orders from every seller', right: 'Page not found' },
];

for (const { path, wrong, right } of otherPages) {
  test(`${path}: another page's prerendered HTML is not shown, before or after the script`, async ({ page }) => {
    // Before the script: the app's module never loads, so only the HTML and its inline guard are on the page.
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto(path);
    await expect(page.getByRole('main')).toBeEmpty();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByText(wrong)).toHaveCount(0);

    await page.unroute(/\/assets\/.*\.js$/);
    await page.goto(path);
    await expect(page.getByText(right)).toBeVisible();
    await expect(page.getByText(wrong)).toHaveCount(0);
    await expect(page.getByRole('banner')).toHaveCount(1);
  });
}

test('a page prerendered for its own URL is shown before the script runs', async ({ page }) => {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('/checkout');
  await expect(page.getByText('One payment for every seller')).toBeVisible();
});
