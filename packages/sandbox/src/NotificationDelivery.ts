/** One attempt to deliver a payment result notification, as the sandbox's delivery log records it. */
export interface NotificationDelivery {
  batchPaymentRequestId: string;
  clientId: string;
  /** The order's paymentId when the sandbox sends per-payment notifications (`notifyShape: 'payment'`). */
  paymentId?: string;
  /** 1 for the first delivery, up to 8 (the documented schedule). */
  attempt: number;
  url: string;
  /** The `request-time` header sent (epoch milliseconds). */
  requestTime: string;
  /** When it was sent (ISO 8601, sandbox clock). */
  sentAt: string;
  /** The exact signed body. */
  body: string;
  /**
   * The merchant's HTTP status, or null when no answer came (connection refused, timeout, or a host the sandbox
   * does not post to). The answer's body is read only to recognise an acknowledgement and is never kept.
   */
  httpStatus: number | null;
  /** True when the answer was HTTP 2xx with `result.resultStatus` "S". */
  acknowledged: boolean;
  /** Why the delivery did not count as acknowledged, or null. */
  error: string | null;
  /** The wait before the next attempt (already scaled), or null when none follows. */
  nextAttemptInMs: number | null;
}
