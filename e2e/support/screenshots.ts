import path from 'node:path';
import type { Page } from '@playwright/test';
import { screenshotDir } from './stack';

/** Saves a screenshot as `<name>.png` in `screenshotDir` (stable names: the README links those in docs/screenshots). */
export async function saveScreenshot(page: Page, name: 'cart' | 'checkout' | 'redirect' | 'result'): Promise<void> {
  // Caret and animations off, so the same page gives the same picture.
  await page.screenshot({
    path: path.join(screenshotDir, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    scale: 'css',
  });
}
