import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchPayApiError } from './BatchPayApiError.js';
import { requestJson } from './callMerchantApi.js';
import { createFetchTransport, retryAfterMs } from './createFetchTransport.js';

// A real HTTP server on loopback: what the fetch transport really sends and how it reads every kind of answer.
const seen: { method: string | undefined; url: string | undefined; headers: IncomingHttpHeaders; body: string }[] = [];
const backend = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => {
    body += chunk.toString('utf8');
  });
  req.on('end', () => {
    seen.push({ method: req.method, url: req.url, headers: req.headers, body });
    if (req.url === '/api/html') {
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html>bad gateway</html>');
    } else if (req.url === '/api/busy') {
      res
        .writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' })
        .end(JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'slow down' } }));
    } else if (req.url === '/api/empty') {
      res.writeHead(204).end();
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, echo: body }));
    }
  });
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => backend.close(() => resolve()));
});

describe('createFetchTransport', () => {
  it('posts JSON with the headers to the base URL (with or without a trailing slash)', async () => {
    const transport = createFetchTransport(`${base}/`);
    const answer = await transport({
      method: 'POST',
      path: '/api/checkouts',
      headers: { 'Idempotency-Key': 'key-1' },
      body: { cartId: 'c' },
    });
    expect(answer).toEqual({ status: 200, body: { ok: true, echo: '{"cartId":"c"}' } });
    const request = seen.at(-1);
    expect(request).toMatchObject({ method: 'POST', url: '/api/checkouts' });
    expect(request?.headers['idempotency-key']).toBe('key-1');
    expect(request?.headers['content-type']).toBe('application/json');
  });

  it('answers a non-JSON error page as a retryable error with the status', async () => {
    const transport = createFetchTransport(base);
    const error = await requestJson(transport, { method: 'GET', path: '/api/html' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchPayApiError);
    expect(error).toMatchObject({ status: 502, retryable: true, code: 'INVALID_JSON' });
  });

  it('reads an empty answer as null', async () => {
    expect(await createFetchTransport(base)({ method: 'GET', path: '/api/empty' })).toEqual({
      status: 204,
      body: null,
    });
  });

  it('turns an unreachable backend into a retryable TRANSPORT_ERROR that names the fix', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await requestJson(createFetchTransport(`http://127.0.0.1:${port}`), {
      method: 'GET',
      path: '/api/payment-methods',
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TRANSPORT_ERROR', status: 0, retryable: true });
    expect((error as Error).message).toMatch(/apiBaseUrl/);
  });

  it('reads Retry-After into retryAfterMs, and the error carries it', async () => {
    const transport = createFetchTransport(base);
    expect(await transport({ method: 'GET', path: '/api/busy' })).toMatchObject({ status: 429, retryAfterMs: 7000 });
    const error = await requestJson(transport, { method: 'GET', path: '/api/busy' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryable: true, retryAfterMs: 7000 });
    expect(retryAfterMs('Thu, 03 Dec 2026 10:00:10 GMT', Date.parse('Thu, 03 Dec 2026 10:00:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
