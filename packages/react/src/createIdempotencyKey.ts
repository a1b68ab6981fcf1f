import { uuidV4FromBytes } from '@batchpay/core';

/** A random key for one checkout attempt: a UUID v4, also where `crypto.randomUUID` is missing (plain http). */
export function createIdempotencyKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : uuidV4FromBytes(crypto.getRandomValues(new Uint8Array(16)));
}
