/**
 * A UUID v4 text from 16 random bytes (version and variant bits set): the idempotency key where
 * `crypto.randomUUID` is missing (plain http). The caller supplies the randomness (its bytes are not changed).
 */
export function uuidV4FromBytes(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError(`uuidV4FromBytes needs 16 random bytes, got ${bytes.length}`);
  const hex = Array.from(bytes, (x, i) => {
    const byte = i === 6 ? (x & 0x0f) | 0x40 : i === 8 ? (x & 0x3f) | 0x80 : x;
    return byte.toString(16).padStart(2, '0');
  }).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
