import { buildSignContent, formatSignatureHeader, signContent } from '@batchpay/core/signature';
import { beforeEach, describe, expect, it } from 'vitest';
import { signatureVectors, vector } from '../../../../fixtures/signatureVectors.js';
import { rawGateways } from '../test-utils/rawGateways.js';
import { closedPortUrl } from '../test-utils/startRawGateway.js';
import { createAntomClient } from './createAntomClient.js';
import { nodeHttpFetch } from './nodeHttpFetch.js';

const { keys } = signatureVectors;
const gateway = rawGateways();

/** The transport of the suite being run: the built-in fetch, or nodeHttpFetch (the same cases hold for both). */
let transport: typeof fetch | undefined;

function client(baseUrl: string, overrides: Partial<Parameters<typeof createAntomClient>[0]> = {}) {
  return createAntomClient({
    ...(transport ? { fetch: transport } : {}),
    clientId: 'SANDBOX_5Y0566SG25J004124',
    privateKey: keys.merchantPrivateKey,
    antomPublicKey: keys.antomPublicKey,
    baseUrl,
    timeoutMs: 2_000,
    backoffMs: 10,
    ...overrides,
  });
}

const inProcess =
  '{"result":{"resultCode":"PAYMENT_IN_PROCESS","resultStatus":"U","resultMessage":"payment in process"},"normalUrl":"https://cashier.example/p/1"}';

async function signedAnswer(path: string, body: string, time = '1764100000009') {
  const sig = await signContent(
    buildSignContent({ method: 'POST', path, clientId: 'SANDBOX_5Y0566SG25J004124', time, body }),
    keys.antomPrivateKey,
  );
  return {
    'content-type': 'application/json',
    'client-id': 'SANDBOX_5Y0566SG25J004124',
    'response-time': time,
    signature: formatSignatureHeader(sig),
  };
}

describe.each([
  ['fetch', undefined],
  ['nodeHttpFetch', nodeHttpFetch],
] as const)('createAntomClient over %s', (_name, impl) => {
  beforeEach(() => {
    transport = impl;
  });

  it("signs byte for byte like Antom's SDK on the sandbox path, and verifies Antom's signed answer", async () => {
    const request = vector('request, sandbox');
    const response = vector('response, signed');
    const g = await gateway((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'client-id': response.clientId,
        'response-time': response.time,
        signature: response.header,
      });
      res.end(response.body);
    });
    const answer = await client(g.url, { now: () => Number(request.time) }).batchPay(request.body);
    expect(g.requests).toHaveLength(1);
    expect(g.requests[0]?.path).toBe(request.path);
    expect(g.requests[0]?.headers.signature).toBe(request.header);
    expect(g.requests[0]?.headers['request-time']).toBe(request.time);
    expect(g.requests[0]?.body).toBe(request.body);
    expect(answer).toMatchObject({ ok: true, signed: true, attempts: 1 });
    if (answer.ok) expect(answer.body.result.resultCode).toBe('PAYMENT_IN_PROCESS');
  });

  it('uses the production path for a client id without SANDBOX_, as the SDK does', async () => {
    const request = vector('request, production');
    const g = await gateway((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"result":{"resultCode":"UNKNOWN_EXCEPTION","resultStatus":"U","resultMessage":"x"}}');
    });
    await client(g.url, { clientId: request.clientId, now: () => Number(request.time) }).batchPay(request.body);
    expect(g.requests[0]?.path).toBe('/ams/api/v1/payments/batchPay');
    expect(g.requests[0]?.headers.signature).toBe(request.header);
  });

  it('refuses an answer whose body was changed after Antom signed it', async () => {
    const response = vector('response, signed');
    const g = await gateway((_req, res) => {
      res.writeHead(200, {
        'client-id': response.clientId,
        'response-time': response.time,
        signature: response.header,
      });
      res.end(response.body.replace('payment in process', 'payment in procesS'));
    });
    const answer = await client(g.url, { now: () => Number(response.time) }).batchPay(vector('request, sandbox').body);
    expect(answer).toMatchObject({ ok: false, failure: 'signature' });
    expect(g.requests).toHaveLength(1);
  });

  it('accepts an unsigned U or F but refuses an unsigned S and a half-signed answer', async () => {
    const bodies = [
      '{"result":{"resultCode":"UNKNOWN_EXCEPTION","resultStatus":"U","resultMessage":"x"}}',
      '{"result":{"resultCode":"PROCESS_FAIL","resultStatus":"F","resultMessage":"x"}}',
      '{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"x"},"orderSummaries":[]}',
    ];
    const g = await gateway((req, res, i) => {
      if (i < 3) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(bodies[i]);
      } else {
        res.writeHead(200, { 'content-type': 'application/json', 'response-time': '1764100000009' });
        res.end(bodies[0]);
      }
      void req;
    });
    const c = client(g.url, { callAgainAttempts: 0, now: () => 1764100000009 });
    expect(await c.batchPay('{}')).toMatchObject({ ok: true, signed: false });
    expect(await c.batchPay('{}')).toMatchObject({ ok: true, signed: false });
    expect(await c.batchPay('{}')).toMatchObject({ ok: false, failure: 'signature' });
    expect(await c.batchPay('{}')).toMatchObject({ ok: false, failure: 'signature' });
  });

  it('retries a reset connection with the same bytes, then takes the answer', async () => {
    const g = await gateway(async (req, res, i) => {
      if (i === 0) {
        res.socket?.destroy();
        return;
      }
      const headers = await signedAnswer(req.path, inProcess);
      res.writeHead(200, headers);
      res.end(inProcess);
    });
    const body = '{"batchPaymentRequestId":"bp_same","note":"카페"}';
    const answer = await client(g.url, { now: () => 1764100000009 }).batchPay(body);
    expect(answer).toMatchObject({ ok: true, attempts: 2, signed: true });
    expect(g.requests.map((r) => r.body)).toEqual([body, body]);
  });

  it('retries an HTTP 500 and malformed JSON, and gives up after the bounded attempts', async () => {
    const g = await gateway((_req, res, i) => {
      if (i === 0) {
        res.writeHead(500, { 'content-type': 'text/html' });
        res.end('<h1>Internal Server Error</h1>');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"result":');
      }
    });
    const answer = await client(g.url, { maxAttempts: 3 }).batchPay('{"batchPaymentRequestId":"bp_x"}');
    expect(answer).toMatchObject({ ok: false, failure: 'malformed', attempts: 3 });
    expect(g.requests).toHaveLength(3);
    expect(new Set(g.requests.map((r) => r.body)).size).toBe(1);
  });

  it('times out a gateway that never answers, and reports an unreachable one as a transport failure', async () => {
    const silent = await gateway(() => {});
    const slow = await client(silent.url, { timeoutMs: 150, maxAttempts: 2 }).batchPay('{}');
    expect(slow).toMatchObject({ ok: false, failure: 'transport', attempts: 2 });
    expect(slow.ok ? '' : slow.message).toContain('timed out');
    expect(silent.requests).toHaveLength(2);

    const unreachable = await client(await closedPortUrl(), { maxAttempts: 2 }).batchPay('{}');
    expect(unreachable).toMatchObject({ ok: false, failure: 'transport', attempts: 2 });
  });

  it('retries REQUEST_TRAFFIC_EXCEED_LIMIT with the same bytes, with backoff, a bounded number of times', async () => {
    const limited = '{"result":{"resultCode":"REQUEST_TRAFFIC_EXCEED_LIMIT","resultStatus":"U","resultMessage":"x"}}';
    const g = await gateway(async (req, res, i) => {
      const body = i < 2 ? limited : inProcess;
      res.writeHead(200, await signedAnswer(req.path, body));
      res.end(body);
    });
    const body = '{"batchPaymentRequestId":"bp_busy"}';
    const answer = await client(g.url, { now: () => 1764100000009 }).batchPay(body);
    expect(answer).toMatchObject({ ok: true, attempts: 3 });
    expect(new Set(g.requests.map((r) => r.body))).toEqual(new Set([body]));

    const always = await gateway(async (req, res) => {
      res.writeHead(200, await signedAnswer(req.path, limited));
      res.end(limited);
    });
    const busy = await client(always.url, { now: () => 1764100000009, callAgainAttempts: 2 }).batchPay(body);
    expect(busy).toMatchObject({ ok: true, attempts: 3 });
    if (busy.ok) expect(busy.body.result.resultCode).toBe('REQUEST_TRAFFIC_EXCEED_LIMIT');
    expect(always.requests).toHaveLength(3);
  });

  it('refuses an oversized answer and more than 10 summaries before validating them', async () => {
    const many = JSON.stringify({
      result: { resultCode: 'PAYMENT_IN_PROCESS', resultStatus: 'U', resultMessage: 'x' },
      normalUrl: 'https://cashier.example/p/1',
      orderSummaries: Array.from({ length: 20_000 }, () => ({})),
    });
    const g = await gateway(async (req, res, i) => {
      const body =
        i === 0 ? many : `{"result":{"resultStatus":"U","resultCode":"X","resultMessage":"${'x'.repeat(2_000)}"}}`;
      res.writeHead(200, await signedAnswer(req.path, body));
      res.end(body);
    });
    const c = client(g.url, { now: () => 1764100000009, maxResponseBytes: 1_000_000 });
    const tooMany = await c.batchPay('{}');
    expect(tooMany).toMatchObject({ ok: false, failure: 'contract' });
    expect(tooMany.ok ? '' : tooMany.message).toContain('20000 orderSummaries');
    const small = client(g.url, { now: () => 1764100000009, maxResponseBytes: 1_000 });
    expect(await small.batchPay('{}')).toMatchObject({ ok: false, failure: 'contract' });
  });

  it('refuses a plain-http baseUrl except on loopback', () => {
    const base = { clientId: 'x', privateKey: keys.merchantPrivateKey, antomPublicKey: keys.antomPublicKey };
    expect(() => createAntomClient({ ...base, baseUrl: 'http://open-na-global.alipay.com' })).toThrow(/https:/);
    expect(() => createAntomClient({ ...base, baseUrl: 'http://10.0.0.5:8787' })).toThrow(/loopback/);
    for (const baseUrl of ['http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787', 'https://x.example'])
      expect(() => createAntomClient({ ...base, baseUrl })).not.toThrow();
  });

  it('refuses to start without a key, naming the missing option', () => {
    expect(() =>
      createAntomClient({ clientId: 'x', privateKey: '', antomPublicKey: 'y', baseUrl: 'http://127.0.0.1:1' }),
    ).toThrow(/`privateKey` is missing/);
  });
});

describe('createAntomClient over nodeHttpFetch', () => {
  it('takes the bytes nodeHttpFetch read instead of reading the answer again as a stream', async () => {
    const g = await gateway(async (req, res) => {
      res.writeHead(200, await signedAnswer(req.path, inProcess));
      res.end(inProcess);
    });
    const answers: Response[] = [];
    const keeping: typeof fetch = async (input, init) => {
      const response = await nodeHttpFetch(input, init);
      answers.push(response);
      return response;
    };
    transport = keeping;
    const answer = await client(g.url, { now: () => 1764100000009 }).batchPay('{}');
    expect(answer).toMatchObject({ ok: true, attempts: 1 });
    if (answer.ok) expect(answer.body.normalUrl).toBe('https://cashier.example/p/1');
    // Untouched: the client read the kept bytes (before, it read the body again through a Web stream).
    expect(answers.map((response) => response.bodyUsed)).toEqual([false]);
    // The Response itself still reads as any other, for code that wraps the fetch.
    expect(await answers[0]?.text()).toBe(inProcess);
  });
});
