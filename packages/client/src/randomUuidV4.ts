import { uuidV4FromBytes } from './uuidV4FromBytes.js';

/** The part of Web Crypto a random UUID needs; `randomUUID` is missing outside secure contexts (plain http). */
export interface CryptoLike {
  randomUUID?: () => string;
  getRandomValues(array: Uint8Array): Uint8Array;
}

/** A random UUID v4 from the given Web Crypto: its `randomUUID` when there is one, else 16 random bytes. */
export function randomUuidV4(crypto: CryptoLike): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : uuidV4FromBytes(crypto.getRandomValues(new Uint8Array(16)));
}
