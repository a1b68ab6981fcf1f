/**
 * The shape of the sandbox's payment result notifications:
 * - `batch` (default; the spec's Decisions): one notification per batch, `batchPaymentRequestId` and `orderSummaries`;
 * - `payment`: Antom's documented per-payment `notifyPayment` (the fields of Antom's Java SDK `AlipayPayResultNotify`:
 *   `notifyType`, `result`, `paymentRequestId`, `paymentId`, `paymentAmount`, `paymentCreateTime`, `paymentTime`),
 *   one per order, acknowledged one by one.
 */
export type NotifyShape = 'batch' | 'payment';

export const notifyShapes: readonly NotifyShape[] = ['batch', 'payment'];
