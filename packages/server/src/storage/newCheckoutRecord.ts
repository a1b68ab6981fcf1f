import type { CheckoutRecord, NewCheckout } from './BatchPayStorage.js';

/** The record `createCheckout` writes for `input`, exactly as a read would return it (so nothing is read back). */
export function newCheckoutRecord(input: NewCheckout): CheckoutRecord {
  return {
    checkoutId: input.checkoutId,
    idempotencyKey: input.idempotencyKey,
    cartId: input.cartId,
    paymentMethodType: input.paymentMethodType,
    batchPaymentRequestId: input.batchPaymentRequestId,
    requestBody: input.requestBody,
    currency: input.currency,
    paymentAmount: input.paymentAmount,
    creation: 'pending',
    outcomeJson: null,
    leaseUntil: input.leaseUntil,
    expiresAt: input.expiresAt,
    createdAt: input.now,
    updatedAt: input.now,
    lastNotifiedAt: null,
    lastInquiryAt: null,
    resultCode: null,
    antomCalls: input.antomCalls ?? 0,
    inquiryCount: 0,
    faultCode: null,
    faultCount: 0,
    orders: input.orders.map((order, position) => ({
      position,
      referenceOrderId: order.referenceOrderId,
      referenceMerchantId: order.referenceMerchantId,
      orderAmount: order.orderAmount,
      currency: input.currency,
      paymentId: null,
      paymentStatus: 'PROCESSING',
      updatedAt: input.now,
    })),
  };
}
