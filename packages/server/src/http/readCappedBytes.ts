import { takeWholeBody } from './wholeBodies.js';

/**
 * The whole body of a request or an answer, or undefined when it is larger than `maxBytes`: a declared
 * `content-length` over the limit is refused before anything is read, and a stream without one is cancelled as soon
 * as it passes the limit, so an oversized body never fills the memory.
 */
export async function readCappedBytes(message: Request | Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const whole = takeWholeBody(message);
  if (whole) return whole.byteLength > maxBytes ? undefined : whole;
  const length = message.headers.get('content-length');
  const declared = Number(length ?? '0');
  if (declared > maxBytes) {
    await message.body?.cancel();
    return undefined;
  }
  const encoding = message.headers.get('content-encoding');
  if (length !== null && /^\d+$/.test(length) && (encoding === null || encoding === 'identity')) {
    // HTTP parsers (Node's server, fetch's undici) deliver no more than the declared length: read it in one piece,
    // which lets a Node adapter such as @hono/node-server skip building a Web stream. Checked again all the same.
    // Not for a compressed answer: fetch inflates it, and its declared length says nothing of the inflated size.
    const all = new Uint8Array(await message.arrayBuffer());
    return all.byteLength > maxBytes ? undefined : all;
  }
  if (!message.body) return new Uint8Array(0);
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}
