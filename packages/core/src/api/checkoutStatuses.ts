/**
 * `partially_paid`: some orders were paid and every other order is final without payment (failed, cancelled or
 * expired). Show it per order; never offer a second charge of the paid ones.
 */
export const checkoutStatuses = [
  'processing',
  'succeeded',
  'partially_paid',
  'failed',
  'cancelled',
  'expired',
] as const;
export type CheckoutStatus = (typeof checkoutStatuses)[number];

/**
 * No further change can come for these. The server answers them only when Antom's signed word (batchPay answer,
 * notification or inquiry) made every order final; its own clock alone never does (a local expiry stays
 * `processing` while the server asks Antom).
 */
export function isFinalCheckoutStatus(status: CheckoutStatus): boolean {
  return status !== 'processing';
}
