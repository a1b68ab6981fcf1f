export type ReadBodyResult =
  | { ok: true; text: string }
  | { ok: false; problem: 'too-large' | 'not-utf8' | 'unreadable' };

/** Reads a request body as UTF-8 text, refusing more than `maxBytes` without buffering the rest. */
export async function readBodyWithLimit(request: Request, maxBytes: number): Promise<ReadBodyResult> {
  const length = request.headers.get('content-length');
  const declared = Number(length);
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, problem: 'too-large' };
  const encoding = request.headers.get('content-encoding');
  if (length !== null && /^\d+$/.test(length) && (encoding === null || encoding === 'identity')) {
    // Node's HTTP parser delivers no more than the declared length: read in one piece, which spares
    // @hono/node-server a Web stream for the body (checked against the limit again all the same).
    let whole: Uint8Array;
    try {
      whole = new Uint8Array(await request.arrayBuffer());
    } catch {
      return { ok: false, problem: 'unreadable' };
    }
    return whole.byteLength > maxBytes ? { ok: false, problem: 'too-large' } : decode(whole);
  }
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, problem: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decode(bytes);
}

function decode(bytes: Uint8Array): ReadBodyResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'not-utf8' };
  }
}
