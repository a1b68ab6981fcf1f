import type { CashierRedirectPlan } from '@batchpay/core';
import { toAndroidIntentUrl } from '@batchpay/core';

export interface CashierAttemptUrlOptions {
  /** Fire a scheme as an `intent://` URL (see `prefersAndroidIntent`). */
  androidIntent?: boolean | undefined;
  /** Android package of the wallet (`appIdentifier` of the answer), put into the `intent://` form. */
  appIdentifier?: string | undefined;
}

/**
 * The URL to open for attempt `index` of a plan: the attempt's own URL, or for a scheme with `androidIntent` its
 * `intent://` form whose browser fallback is the plan's next URL. Null when there is no such attempt.
 */
export function cashierAttemptUrl(
  plan: CashierRedirectPlan,
  index: number,
  options: CashierAttemptUrlOptions = {},
): string | null {
  const attempt = plan.attempts[index];
  if (!attempt) return null;
  if (attempt.kind !== 'scheme' || !options.androidIntent) return attempt.url;
  const fallbackUrl = plan.attempts[index + 1]?.url;
  return toAndroidIntentUrl(attempt.url, {
    ...(options.appIdentifier ? { packageName: options.appIdentifier } : {}),
    ...(fallbackUrl ? { fallbackUrl } : {}),
  });
}
