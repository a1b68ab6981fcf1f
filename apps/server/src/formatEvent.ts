import type { BatchPayEvent } from '@batchpay/server';

/** One log line per checkout step: time, step, checkout and batch ids, what happened. */
export function formatEvent(event: BatchPayEvent, at: Date = new Date()): string {
  const ids = [event.checkoutId, event.batchPaymentRequestId].filter(Boolean).join(' ');
  return `${at.toISOString()} ${event.type.padEnd(22)} ${ids ? `${ids} ` : ''}${event.detail.replace(/\s+/g, ' ')}`;
}
