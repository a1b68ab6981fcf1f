import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SandboxBatchView } from './SandboxBatch.js';
import { type MerchantFile, parseCliArgs, startSandboxCli } from './startSandboxCli.js';
import { callGateway, readAnswer, sampleBatchPay } from './test-utils/gatewayClient.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'batchpay-sandbox-'));
  dirs.push(d);
  return d;
}

const options = (dataDir: string) => ({ port: 0, host: '127.0.0.1', dataDir, notifyTimeScale: 1 });

describe('CLI', () => {
  it('first start writes keys and merchant.json; a restart reuses them and keeps the batches', async () => {
    const dataDir = await tempDir();
    const first = await startSandboxCli(options(dataDir));
    let merchant: MerchantFile;
    let body: ReturnType<typeof sampleBatchPay>;
    let firstAnswer: Awaited<ReturnType<typeof readAnswer>>;
    try {
      merchant = JSON.parse(await readFile(join(dataDir, 'merchant.json'), 'utf8')) as MerchantFile;
      expect(merchant.clientId).toMatch(/^SANDBOX_[A-Z0-9]{17}$/);
      expect(merchant.baseUrl).toBe(first.url);
      expect(merchant.sandboxPublicKey).toBe(first.sandbox.publicKey);
      expect(((await stat(join(dataDir, 'merchant.json'))).mode & 0o777).toString(8)).toBe('600');
      body = sampleBatchPay();
      const creds = {
        clientId: merchant.clientId,
        privateKey: merchant.merchantPrivateKey,
        publicKey: merchant.merchantPublicKey,
      };
      firstAnswer = await readAnswer(await callGateway(merchant.baseUrl, creds, body), merchant.sandboxPublicKey);
      expect(firstAnswer.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
      expect(firstAnswer.signatureValid).toBe(true);
    } finally {
      await first.close();
    }
    const second = await startSandboxCli(options(dataDir));
    try {
      const again = JSON.parse(await readFile(join(dataDir, 'merchant.json'), 'utf8')) as MerchantFile;
      expect(again.clientId).toBe(merchant.clientId);
      expect(again.merchantPrivateKey).toBe(merchant.merchantPrivateKey);
      expect(second.sandbox.publicKey).toBe(merchant.sandboxPublicKey);
      const res = await fetch(`${second.url}/sandbox/batches/${body.batchPaymentRequestId}`);
      expect(res.status).toBe(200);
      const view = (await res.json()) as SandboxBatchView;
      expect(view.orders.map((o) => o.paymentId)).toEqual(firstAnswer.json.orderSummaries?.map((o) => o.paymentId));
      // The same request after the restart is still the same payment.
      const creds = {
        clientId: again.clientId,
        privateKey: again.merchantPrivateKey,
        publicKey: again.merchantPublicKey,
      };
      const repeat = await readAnswer(await callGateway(again.baseUrl, creds, body), again.sandboxPublicKey);
      expect(repeat.json.orderSummaries).toEqual(firstAnswer.json.orderSummaries);
    } finally {
      await second.close();
    }
  });

  it('parses its flags and names the bad one', () => {
    expect(
      parseCliArgs(['--port', '9000', '--host', '0.0.0.0', '--data-dir', 'x', '--public-url', 'http://h:1/']),
    ).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: 'x',
      publicUrl: 'http://h:1',
    });
    expect(parseCliArgs(['--rate-limit', '5/1000']).rateLimit).toEqual({ requests: 5, perMs: 1000 });
    expect(parseCliArgs(['--rate-limit=off']).rateLimit).toBeUndefined();
    expect(() => parseCliArgs(['--port', 'eighty'])).toThrow(/--port must be a number/);
    expect(() => parseCliArgs(['--rate-limit', 'fast'])).toThrow(/--rate-limit must be N\/MS/);
    expect(() => parseCliArgs(['--colour'])).toThrow(/Unknown option --colour/);
    expect(
      parseCliArgs([
        '--cors-origin',
        'http://127.0.0.1:14173,http://localhost:3000',
        '--notify-allow=shop.example',
        '--headers-timeout',
        '2000',
        '--request-timeout',
        '9000',
        '--notify-shape',
        'payment',
        '--key-version',
        '2',
      ]),
    ).toMatchObject({
      corsOrigins: ['http://127.0.0.1:14173', 'http://localhost:3000'],
      notifyAllowHosts: ['shop.example'],
      timeouts: { headersMs: 2000, requestMs: 9000 },
      notifyShape: 'payment',
      keyVersion: 2,
    });
    expect(() => parseCliArgs(['--cors-origin', 'http://127.0.0.1:5173/shop'])).toThrow(/is not an origin/);
    expect(() => parseCliArgs(['--notify-allow', 'https://shop.example'])).toThrow(/is not a host name/);
    expect(() => parseCliArgs(['--notify-shape', 'order'])).toThrow(/batch or payment/);
    expect(() => parseCliArgs(['--headers-timeout', 'soon'])).toThrow(/whole number of milliseconds/);
  });

  it('runs as a process: prints its URL, serves, and stops on SIGTERM', async () => {
    const dataDir = await tempDir();
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'src/cli.ts', '--port', '0', '--data-dir', dataDir],
      { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 15_000);
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
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      const info = (await (await fetch(`${url}/sandbox`)).json()) as { publicKey: string };
      const merchant = JSON.parse(await readFile(join(dataDir, 'merchant.json'), 'utf8')) as MerchantFile;
      expect(info.publicKey).toBe(merchant.sandboxPublicKey);
      expect(merchant.baseUrl).toBe(url);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 30_000);
});
