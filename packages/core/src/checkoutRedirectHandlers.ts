import type { CheckoutAction } from './checkoutReducer.js';

/** What a redirect runner reports back to the checkout (see @batchpay/react's `useCashierRedirect`). */
export interface CheckoutRedirectHandlers {
  onAttempt: () => void;
  onAppDidNotOpen: () => void;
  /** The wallet's Android package from the answer, for the `intent://` form of a scheme. */
  appIdentifier?: string;
}

/**
 * The handlers that make the checkout follow its redirect: an attempt opened (`redirectStarted`), an app that did
 * not open (`appDidNotOpen`), plus the redirecting state's `appIdentifier`.
 */
export function checkoutRedirectHandlers(
  dispatch: (action: CheckoutAction) => void,
  appIdentifier: string | undefined,
): CheckoutRedirectHandlers {
  return {
    onAttempt: () => dispatch({ type: 'redirectStarted' }),
    onAppDidNotOpen: () => dispatch({ type: 'appDidNotOpen' }),
    ...(appIdentifier ? { appIdentifier } : {}),
  };
}
