import { describe, expect, it } from 'vitest';
import { rawGateways } from '../test-utils/rawGateways.js';
import { nodeHttpFetch } from './nodeHttpFetch.js';

// What createAntomClient relies on is run over both transports in createAntomClient.test.ts; here, the rest of
// nodeHttpFetch's contract.

const gateway = rawGateways();

describe('nodeHttpFetch', () => {
  it('sends the method, headers and body as given, and answers status, headers and body', async () => {
    const g = await gateway((req, res) => {
      res.writeHead(202, { 'content-type': 'application/json', 'x-echo': req.headers['x-test'] ?? '' });
      res.end(JSON.stringify({ got: req.body }));
    });
    const response = await nodeHttpFetch(new URL('/p?q=1', g.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=UTF-8', 'X-Test': 'yes' },
      body: '{"a":"카페"}',
    });
    expect(response.status).toBe(202);
    expect(response.headers.get('x-echo')).toBe('yes');
    expect(await response.json()).toEqual({ got: '{"a":"카페"}' });
    expect(g.requests[0]).toMatchObject({ path: '/p?q=1', body: '{"a":"카페"}' });
    expect(g.requests[0]?.headers['content-length']).toBe(String(Buffer.byteLength('{"a":"카페"}')));
  });

  it('never follows a redirect: it rejects, as fetch with redirect: "error"', async () => {
    const g = await gateway((_req, res) => {
      res.writeHead(307, { location: 'https://elsewhere.example/' });
      res.end();
    });
    await expect(nodeHttpFetch(g.url, { method: 'POST', body: '{}' })).rejects.toThrow(/redirect/);
    expect(g.requests).toHaveLength(1);
  });

  it('rejects with the signal’s reason when it fires, before or during the answer', async () => {
    const g = await gateway((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
    });
    await expect(
      nodeHttpFetch(g.url, { method: 'POST', body: '{}', signal: AbortSignal.timeout(100) }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect(nodeHttpFetch(g.url, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('keeps the connection open between calls', async () => {
    const ports: Array<number | undefined> = [];
    const g = await gateway((_req, res) => {
      ports.push(res.socket?.remotePort);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
    for (let i = 0; i < 3; i++) {
      const response = await nodeHttpFetch(g.url, { method: 'POST', body: String(i) });
      expect(await response.text()).toBe('ok');
    }
    expect(ports).toHaveLength(3);
    expect(new Set(ports).size).toBe(1);
  });

  it('refuses what it cannot send, naming it', async () => {
    await expect(nodeHttpFetch('ftp://127.0.0.1/')).rejects.toThrow(/http: and https:/);
    await expect(nodeHttpFetch('http://127.0.0.1:9/', { method: 'POST', body: new Blob(['x']) })).rejects.toThrow(
      /string or Uint8Array/,
    );
  });
});
