import { describe, expect, it } from 'vitest';
import { readBodyWithLimit } from './readBodyWithLimit.js';

/** A POST whose `body` stream is counted when opened (Node adapters build that Web stream only when asked). */
function post(body: string, headers: Record<string, string> = {}) {
  const request = new Request('http://127.0.0.1/v1/payments/batchPay', { method: 'POST', body, headers });
  let streamsOpened = 0;
  const body$ = Object.getOwnPropertyDescriptor(Request.prototype, 'body')?.get;
  Object.defineProperty(request, 'body', {
    get() {
      streamsOpened++;
      return body$?.call(this);
    },
  });
  return { request, streamsOpened: () => streamsOpened };
}

describe('readBodyWithLimit', () => {
  it('reads a body of declared length in one piece, without opening its stream', async () => {
    const text = '{"note":"카페"}';
    const { request, streamsOpened } = post(text, { 'content-length': String(Buffer.byteLength(text)) });
    expect(await readBodyWithLimit(request, 1_000)).toEqual({ ok: true, text });
    expect(streamsOpened()).toBe(0);
  });

  it('refuses more than the limit, declared or streamed, and bytes that are not UTF-8', async () => {
    const big = 'x'.repeat(2_000);
    expect(await readBodyWithLimit(post(big, { 'content-length': '2000' }).request, 1_000)).toEqual({
      ok: false,
      problem: 'too-large',
    });
    const streamed = post(big);
    expect(await readBodyWithLimit(streamed.request, 1_000)).toEqual({ ok: false, problem: 'too-large' });
    expect(streamed.streamsOpened()).toBeGreaterThan(0);
    const latin1 = new Request('http://127.0.0.1/', {
      method: 'POST',
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
      headers: { 'content-length': '3' },
    });
    expect(await readBodyWithLimit(latin1, 1_000)).toEqual({ ok: false, problem: 'not-utf8' });
  });
});
