import type { Amount, PaymentResultInfo } from '@batchpay/core';
import type { NotificationDelivery } from './NotificationDelivery.js';

/** Where a batch stands, as the sandbox (playing Antom) sees it. */
export type SandboxBatchStatus = 'PROCESSING' | 'SUCCESS' | 'FAIL' | 'CANCELLED';

export interface SandboxOrderRecord {
  referenceOrderId: string;
  referenceMerchantId: string;
  merchantName?: string;
  orderDescription: string;
  orderAmount: Amount;
  /** The sandbox's transaction id for this order (what inquiryPayment takes). */
  paymentId: string;
}

export interface SandboxNotificationState {
  state: 'none' | 'pending' | 'acknowledged' | 'exhausted';
  attempts: number;
  /** Per-payment notifications (`notifyShape: 'payment'`): the orders the merchant acknowledged. */
  acknowledgedPaymentIds?: string[];
}

/** One combined payment as stored by the sandbox (persisted as JSON by the CLI). */
export interface SandboxBatch {
  clientId: string;
  batchPaymentRequestId: string;
  status: SandboxBatchStatus;
  /** The final code once the batch is SUCCESS, FAIL or CANCELLED; PAYMENT_IN_PROCESS before. */
  resultCode: string;
  resultMessage: string;
  paymentAmount: Amount;
  paymentMethodType: string;
  terminalType: string;
  paymentRedirectUrl: string;
  paymentNotifyUrl: string;
  paymentCreateTime: string;
  paymentTime?: string;
  expiresAt: string;
  cashierToken: string;
  normalUrl?: string;
  applinkUrl?: string;
  schemeUrl?: string;
  appIdentifier?: string;
  paymentResultInfo?: PaymentResultInfo;
  orders: SandboxOrderRecord[];
  notification: SandboxNotificationState;
}

/** The batch as `GET /sandbox/batches/:id` shows it: the record, each order's status and the delivery log. */
export interface SandboxBatchView extends SandboxBatch {
  orders: Array<SandboxOrderRecord & { paymentStatus: 'PROCESSING' | 'SUCCESS' | 'FAIL' | 'CANCELLED' }>;
  deliveries: NotificationDelivery[];
}
