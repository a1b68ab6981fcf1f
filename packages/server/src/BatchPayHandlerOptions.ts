import type { PaymentMethodOption } from '@batchpay/core';
import type { AntomClient } from './antom/createAntomClient.js';
import type { BatchPayStorage } from './storage/BatchPayStorage.js';

/** One step of a checkout, for logs: the demo prints each as one line. Never carries keys or full bodies. */
export interface BatchPayEvent {
  type:
    | 'checkout.created'
    | 'checkout.replayed'
    | 'checkout.resumed'
    | 'antom.batchPay'
    | 'antom.batchPay.failed'
    | 'checkout.outcome'
    | 'notify.accepted'
    | 'notify.rejected'
    | 'inquiry.done'
    | 'inquiry.failed'
    | 'request.failed';
  checkoutId?: string;
  batchPaymentRequestId?: string;
  detail: string;
}

export interface BatchPayHandlerOptions {
  storage: BatchPayStorage;
  antom: AntomClient;
  /** The methods this merchant offers (from configuration), in the order the picker should start from. */
  paymentMethods: ReadonlyArray<string | PaymentMethodOption>;
  /** Where Antom sends the buyer back; the handler appends `?checkout=<checkoutId>`. */
  returnUrl: string;
  /** The public URL of `POST <basePath>/antom/notify`, as Antom must call it. */
  notifyUrl: string;
  /** Path prefix the routes live under (default `/api`). */
  basePath?: string;
  /** Ask Antom (inquiryPayment) when no notification came for this long and the batch is not final (default 5 000). */
  inquiryAfterMs?: number;
  /**
   * Ask Antom to expire the payment this long after the request (sent as `paymentExpiryTime`). Must be under the
   * seed's limits: under 10 minutes, or under 48 hours for bank transfer. Default: not sent, so Antom's default
   * applies (14 minutes; 48 hours for bank transfer).
   */
  paymentExpiryMs?: number;
  /** How long a creating request holds a checkout before a retry with the same key may take over (default 60 000). */
  leaseMs?: number;
  /** Largest request body accepted (default 16 KiB for the API, 64 KiB for notifications). */
  maxBodyBytes?: number;
  /** How long a request waits for a concurrent identical request before answering 409 (default 30 000). */
  waitForConcurrentMs?: number;
  onEvent?: (event: BatchPayEvent) => void;
  now?: () => Date;
  newId?: () => string;
}
