import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureVectors } from '../../../../fixtures/signatureVectors.js';
import { type MerchantUnderTest, removeDbFile, startMerchant } from '../test-utils/startMerchant.js';
import { formatDoctorReport, isPrivateHost, runDoctor } from './runDoctor.js';
import { storageDurability } from './storageDurability.js';

const { merchantPrivateKey, merchantPublicKey, antomPublicKey } = signatureVectors.keys;
const byItem = (findings: Awaited<ReturnType<typeof runDoctor>>) => new Map(findings.map((f) => [f.item, f]));

/** The configuration `npm start` runs the demo with: sandbox keys and loopback URLs. */
const demoEnv = {
  ANTOM_CLIENT_ID: 'SANDBOX_2025TEST0001',
  ANTOM_PRIVATE_KEY: merchantPrivateKey,
  ANTOM_PUBLIC_KEY: antomPublicKey,
  ANTOM_BASE_URL: 'http://127.0.0.1:8787',
  PUBLIC_URL: 'http://127.0.0.1:8788',
  RETURN_URL: 'http://127.0.0.1:5173/result',
};

/** A live-like configuration: PEM keys, a live client id, Antom's Asia host, public https URLs. */
const liveEnv = {
  ANTOM_CLIENT_ID: '2025LIVE0001',
  ANTOM_PRIVATE_KEY: `-----BEGIN PRIVATE KEY-----\n${merchantPrivateKey.match(/.{1,64}/g)?.join('\n')}\n-----END PRIVATE KEY-----\n`,
  ANTOM_PUBLIC_KEY: antomPublicKey,
  ANTOM_MERCHANT_PUBLIC_KEY: merchantPublicKey,
  ANTOM_REGION: 'asia',
  PUBLIC_URL: 'https://shop.example',
  RETURN_URL: 'https://shop.example/result',
};

describe('batchpay-doctor on the configuration alone (--no-probe)', () => {
  it('names the demo configuration not live: sandbox client id, http base URL, loopback notify and return URLs', async () => {
    const findings = byItem(await runDoctor({ env: demoEnv }));
    expect(findings.get('ANTOM_CLIENT_ID')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/sandbox client id: not live/),
    });
    expect(findings.get('ANTOM_BASE_URL')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/not live, Antom is https/),
    });
    expect(findings.get('notify URL')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/http:\/\/127\.0\.0\.1:8788: not live/),
    });
    expect(findings.get('RETURN_URL')).toMatchObject({ ok: false, detail: expect.stringMatching(/not live/) });
    expect(findings.get('ANTOM_PRIVATE_KEY')).toMatchObject({ ok: true, detail: 'parses (PKCS#8 Base64)' });
    expect(formatDoctorReport([...findings.values()]).ok).toBe(false);
  });

  it('passes a live-like configuration, keys in PEM, the pair checked', async () => {
    const findings = await runDoctor({ env: liveEnv });
    expect(findings.filter((f) => !f.ok)).toEqual([]);
    expect(byItem(findings).get('key pair')?.detail).toBe('ANTOM_PRIVATE_KEY matches ANTOM_MERCHANT_PUBLIC_KEY');
    expect(byItem(findings).get('ANTOM_REGION')?.detail).toBe('asia → https://open-sea-global.alipay.com');
    expect(formatDoctorReport(findings)).toMatchObject({ ok: true, text: expect.stringMatching(/ready to go live$/) });
  });

  it('reads a PEM key written on one line with literal \\n, as apps/server does', async () => {
    const oneLine = liveEnv.ANTOM_PRIVATE_KEY.trim().replaceAll('\n', '\\n');
    const findings = byItem(await runDoctor({ env: { ...liveEnv, ANTOM_PRIVATE_KEY: oneLine } }));
    expect(findings.get('ANTOM_PRIVATE_KEY')).toMatchObject({ ok: true, detail: 'parses (PKCS#8 PEM)' });
    expect(findings.get('key pair')?.ok).toBe(true);
  });

  it('finds a mismatched pair, swapped keys, garbage and an unknown host', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
      type: 'pkcs1',
      format: 'pem',
    });
    const mismatched = byItem(await runDoctor({ env: { ...liveEnv, ANTOM_MERCHANT_PUBLIC_KEY: String(other) } }));
    expect(mismatched.get('key pair')).toMatchObject({ ok: false, detail: expect.stringMatching(/does not match/) });

    const own = byItem(await runDoctor({ env: { ...liveEnv, ANTOM_PUBLIC_KEY: merchantPublicKey } }));
    expect(own.get('ANTOM_PUBLIC_KEY')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/your own private key, not Antom's/),
    });

    const swapped = byItem(await runDoctor({ env: { ...liveEnv, ANTOM_PRIVATE_KEY: antomPublicKey } }));
    expect(swapped.get('ANTOM_PRIVATE_KEY')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/^is a public key \(SPKI Base64\)/),
    });

    const garbage = byItem(await runDoctor({ env: { ...liveEnv, ANTOM_PUBLIC_KEY: 'hello' } }));
    expect(garbage.get('ANTOM_PUBLIC_KEY')).toMatchObject({ ok: false });

    const host = byItem(
      await runDoctor({ env: { ...liveEnv, ANTOM_REGION: '', ANTOM_BASE_URL: 'https://open.evil.example' } }),
    );
    expect(host.get('ANTOM_BASE_URL')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/not one of Antom's hosts/),
    });
  });

  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.20.0.1', true],
    ['192.168.1.1', true],
    ['169.254.0.1', true],
    ['[::1]', true],
    ['fd00::1', true],
    ['localhost', true],
    ['shop.local', true],
    ['shop.example', false],
    ['8.8.8.8', false],
    ['172.32.0.1', false],
  ])('isPrivateHost(%s) is %s', (host, expected) => {
    expect(isPrivateHost(host)).toBe(expected);
  });

  it('SQLite: the kit syncs every commit', async () => {
    expect(await storageDurability(undefined)).toMatchObject({
      ok: true,
      detail: expect.stringContaining('synchronous = FULL'),
    });
  });
});

describe('batchpay-doctor probing a running merchant server', () => {
  let merchant: MerchantUnderTest;
  beforeAll(async () => {
    merchant = await startMerchant({
      antom: {
        clientId: 'SANDBOX_DOCTOR',
        privateKey: merchantPrivateKey,
        antomPublicKey,
        baseUrl: 'http://127.0.0.1:9',
      },
    });
  });
  afterAll(async () => {
    await merchant.stop();
    removeDbFile(merchant.dbFile);
  });

  /** https://shop.example as a proxy in front of the loopback server would serve it (the network seam only). */
  const viaShop: typeof fetch = (input, init) =>
    fetch(String(input).replace('https://shop.example', merchant.url), init);

  it('the notify URL refuses an unsigned GET and POST', async () => {
    const findings = byItem(await runDoctor({ env: liveEnv, fetch: viaShop }));
    expect(findings.get('notify URL refuses unsigned messages')).toMatchObject({
      ok: true,
      detail: 'GET 405, unsigned POST 401',
    });
  });

  it('an unreachable server is a finding, not a crash or a hang', async () => {
    const findings = byItem(
      await runDoctor({
        env: { ...liveEnv, PUBLIC_URL: 'https://shop.example' },
        fetch: (input, init) => fetch(String(input).replace('https://shop.example', 'http://127.0.0.1:9'), init),
        probeTimeoutMs: 2000,
      }),
    );
    expect(findings.get('notify URL refuses unsigned messages')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/mount createBatchPayHandler/),
    });
    expect(findings.get('authorize hook')).toMatchObject({ ok: false });
  });
});

describe('batchpay-doctor as a merchant runs it', () => {
  const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

  it('the CLI on the demo configuration (--env-file, --no-probe): names each item not live and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doctor-cli-'));
    try {
      const envFile = join(dir, '.env');
      writeFileSync(
        envFile,
        Object.entries(demoEnv)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n'),
      );
      const run = await new Promise<{ code: number | null; stdout: string }>((done) => {
        execFile(
          join(repoRoot, 'node_modules/.bin/tsx'),
          [
            '--conditions=source',
            join(repoRoot, 'packages/server/src/doctor/cli.ts'),
            '--env-file',
            envFile,
            '--no-probe',
          ],
          { cwd: dir, env: { PATH: process.env.PATH ?? '' }, timeout: 25_000 },
          (error, stdout) => done({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout }),
        );
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^FIX +ANTOM_CLIENT_ID +is SANDBOX_2025TEST0001, a sandbox client id: not live/m);
      expect(run.stdout).toMatch(/^FIX +ANTOM_BASE_URL +is http:\/\/127\.0\.0\.1:8787: not live/m);
      expect(run.stdout).toMatch(/^FIX +notify URL +is http:\/\/127\.0\.0\.1:8788: not live/m);
      expect(run.stdout).toMatch(/^FIX +RETURN_URL .*not live/m);
      expect(run.stdout).toMatch(/^ok +ANTOM_PRIVATE_KEY +parses \(PKCS#8 Base64\)/m);
      expect(run.stdout).toMatch(/\d+ item\(s\) to fix before going live$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('a live-like configuration in front of a real merchant server', () => {
    const servers: MerchantUnderTest[] = [];
    afterAll(async () => {
      for (const m of servers) {
        await m.stop();
        removeDbFile(m.dbFile);
      }
    });
    async function serverWith(handler: Parameters<typeof startMerchant>[0]['handler']) {
      const m = await startMerchant({
        antom: { clientId: '2025LIVE0001', privateKey: merchantPrivateKey, antomPublicKey, region: 'asia' },
        handler,
      });
      servers.push(m);
      return (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
        fetch(String(input).replace('https://shop.example', m.url), init);
    }
    /** Carts and checkouts only for the session that owns them (here: a cookie the probe does not have). */
    const authorize = async (request: Request) => request.headers.get('cookie') === 'session=buyer-1';

    it('with authorize and the rate limit: every item ok, exit code 0', async () => {
      const viaShop = await serverWith({ authorize, rateLimit: {} });
      const findings = await runDoctor({
        env: liveEnv,
        fetch: viaShop,
        storageDurability: () => storageDurability(undefined),
      });
      expect(findings.filter((f) => !f.ok)).toEqual([]);
      expect(byItem(findings).get('authorize hook')?.detail).toBe('a cart read without a session gets 403');
      expect(byItem(findings).get('rate limit')?.detail).toBe('RateLimit-Policy: "statusReads";q=60;w=30');
      expect(formatDoctorReport(findings).ok).toBe(true);
    });

    it('without authorize, or with rateLimit: false: each is an item to fix', async () => {
      const open = byItem(await runDoctor({ env: liveEnv, fetch: await serverWith({ rateLimit: false }) }));
      expect(open.get('authorize hook')).toMatchObject({
        ok: false,
        detail: expect.stringMatching(/got 404: pass authorize/),
      });
      expect(open.get('rate limit')).toMatchObject({
        ok: false,
        detail: expect.stringMatching(/answered 404 without a RateLimit-Policy header/),
      });
    });
  });
});
