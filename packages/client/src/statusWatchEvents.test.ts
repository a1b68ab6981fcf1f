import type { CheckoutView } from '@batchpay/core';
import { failedOutcome } from '@batchpay/core';
import { describe, expect, it } from 'vitest';
import { failedEvent, statusChangedEvent } from './BatchPayEvent.js';
import { statusWatchEvents } from './statusWatchEvents.js';

const view = (checkoutId: string, status: CheckoutView['status']) =>
  ({ checkoutId, status, final: status !== 'processing', orders: [] }) as unknown as CheckoutView;

describe('statusWatchEvents', () => {
  it('announces the return once per checkout when asked, and each status change', () => {
    const first = statusWatchEvents({}, view('co-1', 'processing'), true);
    expect(first.events).toEqual([
      { type: 'returned', checkoutId: 'co-1' },
      { type: 'status-changed', checkoutId: 'co-1', status: 'processing', final: false },
    ]);
    const same = statusWatchEvents(first.reported, view('co-1', 'processing'), true);
    expect(same.events).toEqual([]);
    const done = statusWatchEvents(same.reported, view('co-1', 'succeeded'), true);
    expect(done.events).toEqual([{ type: 'status-changed', checkoutId: 'co-1', status: 'succeeded', final: true }]);
  });

  it('without the announcement only status changes; another checkout starts over', () => {
    const a = statusWatchEvents({}, view('co-1', 'processing'), false);
    expect(a.events.map((e) => e.type)).toEqual(['status-changed']);
    const b = statusWatchEvents(a.reported, view('co-2', 'processing'), false);
    expect(b.events).toEqual([statusChangedEvent(view('co-2', 'processing'))]);
  });

  it('the failed event carries code and retry, never the message', () => {
    expect(failedEvent(failedOutcome('PROCESS_FAIL', 'F', 'secret detail'))).toEqual({
      type: 'failed',
      code: 'PROCESS_FAIL',
      retry: expect.any(String),
    });
  });
});
