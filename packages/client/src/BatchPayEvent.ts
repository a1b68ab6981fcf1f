import type { CheckoutStatus, CheckoutView, FailedOutcome, RedirectAttempt } from '@batchpay/core';

/** What a checkout client reports to its `onEvent` callback (analytics, logging). Never holds secrets or amounts. */
export type BatchPayEvent =
  | { type: 'pay-started'; cartId: string; paymentMethodType: string; idempotencyKey: string }
  | { type: 'answer-received'; checkoutId: string; outcome: 'succeeded' | 'redirect' | 'failed' }
  | { type: 'redirect-attempt'; kind: RedirectAttempt['kind']; url: string; index: number }
  | { type: 'redirect-fallback'; fromKind: RedirectAttempt['kind']; afterMs: number; index: number }
  | { type: 'returned'; checkoutId: string }
  | { type: 'status-changed'; checkoutId: string; status: CheckoutStatus; final: boolean }
  | { type: 'failed'; code: string; retry: 'never' | 'new-request-id' | 'same-request-id' };

export type BatchPayEventType = BatchPayEvent['type'];

/** The `failed` event of a failed outcome: its code and retry advice, without the message (it may hold details). */
export function failedEvent(failure: FailedOutcome): BatchPayEvent {
  return { type: 'failed', code: failure.code, retry: failure.retry };
}

/** The `status-changed` event of a server view of a checkout. */
export function statusChangedEvent(view: CheckoutView): BatchPayEvent {
  return { type: 'status-changed', checkoutId: view.checkoutId, status: view.status, final: view.final };
}
