import type { CheckoutStatus, RedirectAttempt } from '@batchpay/core';

/** What the hooks report to `BatchPayProvider`'s `onEvent` (analytics, logging). Never holds secrets or amounts. */
export type BatchPayEvent =
  | { type: 'pay-started'; cartId: string; paymentMethodType: string; idempotencyKey: string }
  | { type: 'answer-received'; checkoutId: string; outcome: 'succeeded' | 'redirect' | 'failed' }
  | { type: 'redirect-attempt'; kind: RedirectAttempt['kind']; url: string; index: number }
  | { type: 'redirect-fallback'; fromKind: RedirectAttempt['kind']; afterMs: number; index: number }
  | { type: 'returned'; checkoutId: string }
  | { type: 'status-changed'; checkoutId: string; status: CheckoutStatus; final: boolean }
  | { type: 'failed'; code: string; retry: 'never' | 'new-request-id' | 'same-request-id' };

export type BatchPayEventType = BatchPayEvent['type'];
