import type { CashierRedirectPlan } from '@batchpay/core';

const loopback = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i;

/**
 * The developer's console message when the plan refused a plain-http loopback URL (a local sandbox), naming the
 * option that allows it; null when there is no such URL.
 */
export function insecureLocalhostWarning(plan: CashierRedirectPlan): string | null {
  const refused = plan.rejected.filter((r) => loopback.test(r.url));
  if (refused.length === 0) return null;
  return (
    `@batchpay/client refused ${refused.map((r) => r.url).join(', ')}: a plain-http loopback cashier URL (a local ` +
    'sandbox) is refused unless you pass redirectOptions: { allowInsecureLocalhost: true }. Never set it in ' +
    'production; the batch is live and its status is still polled.'
  );
}
