import { afterEach } from 'vitest';
import { type RawHandler, startRawGateway } from './startRawGateway.js';

/** A `startRawGateway` for a test file: every gateway it starts is closed after each test. */
export function rawGateways(): (handler: RawHandler) => ReturnType<typeof startRawGateway> {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (closers.length) await closers.pop()?.();
  });
  return async (handler) => {
    const g = await startRawGateway(handler);
    closers.push(g.close);
    return g;
  };
}
