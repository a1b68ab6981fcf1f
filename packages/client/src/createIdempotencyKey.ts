import { randomUuidV4 } from './randomUuidV4.js';

/** A random key for one checkout attempt: a UUID v4, also where `crypto.randomUUID` is missing (plain http). */
export function createIdempotencyKey(): string {
  return randomUuidV4(crypto);
}
