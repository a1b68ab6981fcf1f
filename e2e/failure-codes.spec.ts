import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { clearSandboxScenarios, setSandboxAnswer } from './support/controls';
import { checkoutRows } from './support/serverDatabase';
import { chooseMethod, openCheckout, payButton, resultHeading, waitForResultPage } from './support/shop';

test.beforeEach(async () => {
  await clearSandboxScenarios();
});

/** Sets the sandbox's answer for the next payment through the developer panel, as a developer would. */
async function answerNextPaymentWith(page: Page, code: string): Promise<void> {
  const panel = page.getByRole('complementary', { name: 'Developer panel' });
  await panel.getByLabel('Sandbox answer for the next payment').selectOption(code);
  await panel.getByRole('button', { name: 'Apply to next payment' }).click();
  await expect(panel.getByRole('status')).toHaveText(`The next payment will be answered with ${code}.`);
}

function failure(page: Page) {
  return page.getByRole('main').getByRole('region', { name: 'Payment not completed' });
}

async function payAtCashier(page: Page): Promise<void> {
  await page.waitForURL(/\/sandbox\/cashier\//);
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  await waitForResultPage(page);
  await expect(resultHeading(page)).toHaveText('Payment complete');
}

test('buyer can fix it (USER_BALANCE_NOT_ENOUGH): the reason, "Choose another payment method", and the other method pays', async ({
  page,
}) => {
  await openCheckout(page);
  await answerNextPaymentWith(page, 'USER_BALANCE_NOT_ENOUGH');
  await chooseMethod(page, 'KakaoPay');
  await payButton(page).click();

  await expect(failure(page)).toContainText('There is not enough money in your payment account.');
  await expect(failure(page)).toContainText('Please choose another payment method.');
  await expect(failure(page).getByRole('button', { name: 'Choose another payment method' })).toBeVisible();
  await expect(failure(page).getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the checkout page with a buyer-fixable failure');

  await failure(page).getByRole('button', { name: 'Choose another payment method' }).click();
  await expect(failure(page)).toHaveCount(0);
  // Focus moves to the methods, none chosen, so the buyer picks again.
  const methods = page.getByRole('radiogroup', { name: 'Pay with' });
  await expect(methods.locator(':focus')).toHaveAttribute('role', 'radio');
  await expect(methods.getByRole('radio', { checked: true })).toHaveCount(0);
  await chooseMethod(page, 'NAVER Pay');
  await payButton(page).click();
  await payAtCashier(page);
});

test('call again (UNKNOWN_EXCEPTION): the server calls again with the same id; "Try again" reuses the same checkout', async ({
  page,
}) => {
  await openCheckout(page);
  // The first call and the server's three calls again (same id, with backoff) all get UNKNOWN_EXCEPTION.
  await setSandboxAnswer('UNKNOWN_EXCEPTION', 4);
  await chooseMethod(page, 'Alipay');
  const before = checkoutRows().length;
  await payButton(page).click();

  await expect(failure(page)).toContainText('We could not get an answer from the payment service.');
  await expect(failure(page)).toContainText('Please try again.');
  await expect(failure(page).getByRole('button', { name: 'Choose another payment method' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the checkout page with a retryable failure');

  await failure(page).getByRole('button', { name: 'Try again' }).click();
  await payAtCashier(page);
  // One checkout, one batchPay request id: "call the interface again" never creates a second payment.
  const attempts = checkoutRows().slice(before);
  expect(attempts).toHaveLength(1);
  expect(attempts[0]?.batch_payment_request_id).toBeTruthy();
});

test('do not retry (RISK_REJECT): the reason, no retry button, Pay stays off, and a way to contact the seller', async ({
  page,
}) => {
  await openCheckout(page);
  await answerNextPaymentWith(page, 'RISK_REJECT');
  await chooseMethod(page, 'GCash');
  const before = checkoutRows().length;
  await payButton(page).click();

  await expect(failure(page)).toContainText('The payment was declined for security reasons.');
  await expect(failure(page)).toContainText('Please contact the seller for help.');
  await expect(failure(page).getByRole('button')).toHaveCount(0);
  await expect(failure(page).getByRole('link', { name: 'Contact the seller' })).toHaveAttribute('href', /^mailto:/);
  await expect(payButton(page)).toBeDisabled();
  await expectNoAxeViolations(page, 'the checkout page with a do-not-retry failure');
  // Clicking around sends nothing more.
  await chooseMethod(page, 'DANA');
  await payButton(page).click({ force: true });
  await page.waitForTimeout(500);
  expect(checkoutRows()).toHaveLength(before + 1);
});
