import { checkoutIdFromUrl } from '@batchpay/client';

/** The `?checkout=<id>` the merchant backend puts into `paymentRedirectUrl`, or null (also on a server). */
export function readCheckoutIdFromUrl(href?: string): string | null {
  return checkoutIdFromUrl(href ?? globalThis.location?.href);
}
