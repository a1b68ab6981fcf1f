import type { CreateCheckoutBody, CreateCheckoutResponse } from './checkoutApi.js';
import type { CheckoutAction, CheckoutState } from './checkoutReducer.js';
import { failedOutcomeFromError } from './failedOutcomeFromError.js';
import { type MerchantApiRequest, merchantApiRequests } from './merchantApiRequests.js';
import { type CheckoutAttemptInput, nextAttemptKey } from './nextAttemptKey.js';
import type { PendingCheckout } from './pendingCheckout.js';
import type { PlanCashierRedirectOptions } from './planCashierRedirect.js';

/** What `runCheckoutAttempt` needs of its client: the state, the key source, the dispatch and the request. */
export interface CheckoutAttemptClient {
  /** The checkout state now (read again after each dispatch). */
  state: () => CheckoutState;
  /** The attempt paid last (or resumed), whose key a retry of the same order reuses. */
  previous: PendingCheckout | null;
  createKey: () => string;
  /** The clock, epoch ms. */
  now: number;
  /** The new attempt, before its `submit` is dispatched. */
  begin: (attempt: PendingCheckout) => void;
  dispatch: (action: CheckoutAction) => void;
  /** Sends `POST /api/checkouts` (`merchantApiRequests.createCheckout`, with its retries); rejects with the error. */
  send: (request: MerchantApiRequest<CreateCheckoutResponse>) => Promise<CreateCheckoutResponse>;
  /** Antom's env, read once the attempt has started. */
  env: () => CreateCheckoutBody['env'];
  userRegion?: string | undefined;
  redirectOptions?: PlanCashierRedirectOptions | undefined;
}

/**
 * One `pay()`: picks the Idempotency-Key (`nextAttemptKey`; nothing is sent when none may start), dispatches
 * `submit`, sends the checkout and dispatches the answer or the failure. Answers the state after it.
 */
export async function runCheckoutAttempt(
  input: CheckoutAttemptInput,
  client: CheckoutAttemptClient,
): Promise<CheckoutState> {
  const idempotencyKey = nextAttemptKey(client.state(), client.previous, input, client.createKey);
  if (idempotencyKey === null) return client.state();
  const { cartId, paymentMethodType } = input;
  const { userRegion, redirectOptions, dispatch } = client;
  client.begin({ idempotencyKey, cartId, paymentMethodType, startedAt: client.now });
  dispatch({ type: 'submit', idempotencyKey });
  const env = client.env();
  try {
    const { checkoutId, outcome } = await client.send(
      merchantApiRequests.createCheckout(
        { cartId, paymentMethodType, env, ...(userRegion ? { userRegion } : {}) },
        idempotencyKey,
      ),
    );
    dispatch({ type: 'answerReceived', checkoutId, outcome, env, ...(redirectOptions ? { redirectOptions } : {}) });
  } catch (error) {
    dispatch({ type: 'failed', failure: failedOutcomeFromError(error) });
  }
  return client.state();
}
