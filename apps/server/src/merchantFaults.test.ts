import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckoutView, CreateCheckoutResponse } from '@batchpay/core';
import { generateKeyPair } from '@batchpay/core/signature';
import { describe, expect, it } from 'vitest';
// The hostile fake Antom of @batchpay/server's adversarial suite: real HTTP on loopback, its own RSA keys.
import { type HostileGateway, startHostileGateway } from '../../../packages/server/src/test-utils/startHostileGateway';
import { loadConfig } from './loadConfig';
import { startDemoServer } from './startDemoServer';
import { testResources } from './test-utils/testResources';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const clientId = 'SANDBOX_2026CRASH';
const { cleanups, tempDir, freePort } = testResources('demo-server-faults-');

async function gateway(): Promise<HostileGateway> {
  const gw = await startHostileGateway({ clientId, now: () => Date.now() });
  cleanups.push(() => gw.close());
  return gw;
}

/** apps/server as a user runs it (`npm start`), as a child process that can be killed with SIGKILL. */
async function startChild(env: Record<string, string>): Promise<ChildProcess> {
  // node itself with tsx as a loader (the tsx binary would run the server in a grandchild that SIGKILL misses).
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/main.ts'], {
    cwd: appDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('demo server at')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`apps/server exited (${code}) before listening:\n${output}`)));
  });
  return child;
}

const checkoutBody = JSON.stringify({
  cartId: 'demo-cart',
  paymentMethodType: 'KAKAOPAY',
  env: { terminalType: 'WEB' },
  userRegion: 'KR',
});

function postCheckout(url: string, key: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${url}/api/checkouts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: checkoutBody,
    ...(signal ? { signal } : {}),
  });
}

describe('kill -9 of the merchant server mid-request', () => {
  it('after a restart, a same-key retry resolves (no 30 s hang, no second batch), and the payment completes', async () => {
    const gw = await gateway();
    const keys = await generateKeyPair();
    const port = await freePort();
    const env = {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: tempDir(),
      DATABASE_URL: '',
      ANTOM_CLIENT_ID: clientId,
      ANTOM_PRIVATE_KEY: keys.privateKey,
      ANTOM_PUBLIC_KEY: gw.antomPublicKey,
      ANTOM_BASE_URL: gw.url,
    };
    const url = `http://127.0.0.1:${port}`;
    const first = await startChild(env);
    // Antom receives the batch, and the merchant server dies while it waits for the answer.
    gw.nextBatchPay({ kind: 'hang', record: true });
    const key = 'crash-test-key-0001';
    const lost = postCheckout(url, key).catch((error: unknown) => error);
    while (gw.calls.batchPay === 0) await new Promise((r) => setTimeout(r, 20));
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    expect(await lost).toBeInstanceOf(Error);

    await startChild(env);
    // Generous bound: the dead process's lease (4 s, no longer renewed) runs out, and the retry takes over.
    const retry = await postCheckout(url, key, AbortSignal.timeout(15_000));
    expect(retry.status).toBe(200);
    const answer = (await retry.json()) as CreateCheckoutResponse;
    // Antom has a record of the batch: the same id is not sent again, and nothing is shown as failed.
    expect(answer.outcome).toMatchObject({ kind: 'failed', code: 'PAYMENT_UNCONFIRMED', retry: 'never' });
    expect(gw.calls.batchPay).toBe(1);
    const view = (await (await fetch(`${url}/api/checkouts/${answer.checkoutId}`)).json()) as CheckoutView;
    expect(view).toMatchObject({ status: 'processing', final: false });

    // The buyer paid at Antom: the notification reaches the restarted server and the checkout succeeds.
    gw.settle(view.batchPaymentRequestId, 'SUCCESS');
    expect((await gw.notify(view.batchPaymentRequestId)).status).toBe(200);
    const paid = (await (await fetch(`${url}/api/checkouts/${answer.checkoutId}`)).json()) as CheckoutView;
    expect(paid).toMatchObject({ status: 'succeeded', final: true });
  }, 60_000);
});

/** Opens a raw connection, writes `text`, and returns everything the server sends until it closes. */
function rawExchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('slow clients', () => {
  it('a client that never finishes its headers or its body gets 408 and the connection is closed', async () => {
    const gw = await gateway();
    const keys = await generateKeyPair();
    const port = await freePort();
    const server = await startDemoServer(
      loadConfig({
        PORT: String(port),
        DATA_DIR: tempDir(),
        ANTOM_CLIENT_ID: clientId,
        ANTOM_PRIVATE_KEY: keys.privateKey,
        ANTOM_PUBLIC_KEY: gw.antomPublicKey,
        ANTOM_BASE_URL: gw.url,
        HEADERS_TIMEOUT_MS: '500',
        REQUEST_TIMEOUT_MS: '1000',
      }),
      () => {},
    );
    cleanups.push(() => server.close());
    const slowHeaders = await rawExchange(port, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    expect(slowHeaders).toMatch(/^HTTP\/1\.1 408/);
    const slowBody = await rawExchange(
      port,
      'POST /api/checkouts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nIdempotency-Key: slow-body-key-1\r\nContent-Length: 100\r\n\r\n{"cartId":',
    );
    expect(slowBody).toMatch(/^HTTP\/1\.1 408/);
    expect(gw.calls.batchPay).toBe(0);
  }, 30_000);

  it('refuses header and request timeouts that cannot work together, naming the variables', () => {
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: '20000', REQUEST_TIMEOUT_MS: '10000' })).toThrow(
      /HEADERS_TIMEOUT_MS \(20000\) is above REQUEST_TIMEOUT_MS/,
    );
    expect(loadConfig({})).toMatchObject({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, rateLimit: true });
    expect(loadConfig({ RATE_LIMIT: 'off' }).rateLimit).toBe(false);
    expect(() => loadConfig({ RATE_LIMIT: 'maybe' })).toThrow(/RATE_LIMIT is "maybe": use on or off/);
  });
});
