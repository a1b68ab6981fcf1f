import type { BatchPayEvent } from '@batchpay/react';

/** One line of the developer panel's event log. */
export function describeEvent(event: BatchPayEvent): string {
  switch (event.type) {
    case 'pay-started':
      return `Pay: ${event.paymentMethodType}, Idempotency-Key ${event.idempotencyKey.slice(0, 8)}…`;
    case 'answer-received':
      return `Backend answered: ${event.outcome} (${event.checkoutId})`;
    case 'redirect-attempt':
      return `Opening ${event.kind} URL: ${event.url}`;
    case 'redirect-fallback':
      return `The ${event.fromKind} URL did not open an app within ${Math.round(event.afterMs / 100) / 10} s`;
    case 'returned':
      return `Watching checkout ${event.checkoutId}`;
    case 'status-changed':
      return `Status: ${event.status}${event.final ? ' (final)' : ''}`;
    case 'failed':
      return `Failed: ${event.code} (retry: ${event.retry})`;
  }
}
