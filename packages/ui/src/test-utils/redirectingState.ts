import { type CheckoutState, checkoutReducer, initialCheckoutState, type PlanEnvironment } from '@batchpay/client';
import type { CashierUrls, PlanCashierRedirectOptions } from '@batchpay/core';

/**
 * The checkout machine's state right after Antom answered PAYMENT_IN_PROCESS with `urls`, for a buyer in `env`: the
 * plan comes from core's planCashierRedirect, as in a real checkout (tests and stories never hand-write a plan).
 */
export function redirectingState(
  urls: CashierUrls,
  env: PlanEnvironment,
  options: { appIdentifier?: string; redirectOptions?: PlanCashierRedirectOptions; checkoutId?: string } = {},
): CheckoutState {
  const submitting = checkoutReducer(initialCheckoutState, { type: 'submit', idempotencyKey: 'key-story-0001' });
  return checkoutReducer(submitting, {
    type: 'answerReceived',
    checkoutId: options.checkoutId ?? 'co_story',
    outcome: {
      kind: 'redirect',
      urls,
      ...(options.appIdentifier ? { appIdentifier: options.appIdentifier } : {}),
      orderSummaries: [],
    },
    env,
    redirectOptions: options.redirectOptions,
  });
}
