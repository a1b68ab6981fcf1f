/**
 * Bodies already read whole, by the Response that carries them: `nodeHttpFetch` keeps the bytes it read here, and
 * `readCappedBytes` takes them instead of reading the Response again. A Response built from bytes is read as a Web
 * stream (on Node, `@hono/node-server`'s Response turns into undici's, with a ReadableStream) only to give back the
 * same bytes: that was about 4 % of the merchant's main thread per checkout at 16 concurrent. Any other Response is
 * read as before.
 */
const wholeBodies = new WeakMap<Request | Response, Uint8Array>();

/** Marks `bytes` as the whole body of `response` (not for a body cut short: that one must be read and refused). */
export function keepWholeBody(response: Response, bytes: Uint8Array): Response {
  wholeBodies.set(response, bytes);
  return response;
}

/** The whole body kept for `response`, once: a second read finds nothing and reads the Response itself. */
export function takeWholeBody(response: Request | Response): Uint8Array | undefined {
  const bytes = wholeBodies.get(response);
  wholeBodies.delete(response);
  return bytes;
}
