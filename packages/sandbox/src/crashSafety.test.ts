import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MerchantFile } from './startSandboxCli.js';
import { callGateway, type Merchant, readAnswer, sampleBatchPay } from './test-utils/gatewayClient.js';

const children: ChildProcessWithoutNullStreams[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts the sandbox CLI as its own process (as `npm start` does) and waits until it prints its URL. */
async function startCli(
  port: number,
  dataDir: string,
): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      'src/cli.ts',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--rate-limit',
      'off',
    ],
    { cwd: join(import.meta.dirname, '..'), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  children.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code, signal) => reject(new Error(`exited with ${code ?? signal}: ${out}`)));
  });
  return { child, url };
}

describe('kill -9 of the sandbox during a burst of checkouts', () => {
  it('every batch it answered still has its cashier page after a restart on the same state', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'batchpay-sandbox-crash-'));
    dirs.push(dataDir);
    const port = await freePort();
    const first = await startCli(port, dataDir);
    const file = JSON.parse(await readFile(join(dataDir, 'merchant.json'), 'utf8')) as MerchantFile;
    const merchant: Merchant = {
      clientId: file.clientId,
      privateKey: file.merchantPrivateKey,
      publicKey: file.merchantPublicKey,
    };

    const answered: Array<{ batchPaymentRequestId: string; normalUrl: string }> = [];
    let refused = 0;
    const killAfter = 40;
    const total = 400;
    let next = 0;
    const worker = async () => {
      while (next < total) {
        next += 1;
        const body = sampleBatchPay();
        try {
          const answer = await readAnswer(await callGateway(first.url, merchant, body), file.sandboxPublicKey);
          expect(answer.signatureValid).toBe(true);
          expect(answer.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
          answered.push({ batchPaymentRequestId: body.batchPaymentRequestId, normalUrl: answer.json.normalUrl ?? '' });
          // The crash comes in the middle of the burst, with other requests in flight.
          if (answered.length === killAfter) first.child.kill('SIGKILL');
        } catch (error) {
          if (!(error instanceof TypeError)) throw error; // fetch failed: the process is gone
          refused += 1;
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(first.child.signalCode ?? (await new Promise((r) => first.child.once('exit', (_c, s) => r(s))))).toBe(
      'SIGKILL',
    );
    expect(answered.length).toBeGreaterThanOrEqual(killAfter);
    expect(refused).toBeGreaterThan(0);

    const second = await startCli(port, dataDir);
    const missing: string[] = [];
    for (const { batchPaymentRequestId, normalUrl } of answered) {
      const page = await fetch(normalUrl);
      const html = await page.text();
      if (page.status !== 200 || !html.includes('<h1>Pay $30.00</h1>')) missing.push(batchPaymentRequestId);
    }
    expect(missing).toEqual([]);
    const repeat = answered[0];
    if (!repeat) throw new Error('no batch was answered');
    const view = await fetch(`${second.url}/sandbox/batches/${repeat.batchPaymentRequestId}`);
    expect(view.status).toBe(200);
    await view.arrayBuffer();
    second.child.kill('SIGTERM');
    expect(await new Promise((r) => second.child.once('exit', r))).toBe(0);
  }, 90_000);
});
