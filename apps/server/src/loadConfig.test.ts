import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pkcs8ToPkcs1, toPem } from '@batchpay/core/signature';
import { afterEach, describe, expect, it } from 'vitest';
import { signatureVectors } from '../../../fixtures/signatureVectors.js';
import { loadConfig } from './loadConfig';
import { startDemoServer } from './startDemoServer';

const { keys } = signatureVectors;
/** A PEM key as a .env file or a secret manager keeps it: one line, the line breaks written as `\n`. */
const oneLine = (pem: string) => pem.trim().replaceAll('\n', '\\n');
const live = {
  ANTOM_CLIENT_ID: '2025LIVE0001',
  ANTOM_PRIVATE_KEY: oneLine(toPem(pkcs8ToPkcs1(keys.merchantPrivateKey), 'RSA PRIVATE KEY')),
  ANTOM_PUBLIC_KEY: toPem(keys.antomPublicKey, 'PUBLIC KEY'),
  ANTOM_REGION: 'asia',
};
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadConfig: Antom as merchants configure it', () => {
  it('takes PEM keys (PKCS#1 on one line with literal \\n, SPKI with real line breaks) and ANTOM_REGION', () => {
    const antom = loadConfig(live).antom;
    expect(antom).toMatchObject({
      kind: 'antom',
      clientId: '2025LIVE0001',
      baseUrl: 'https://open-sea-global.alipay.com',
    });
    expect(antom?.privateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    expect(loadConfig({ ...live, ANTOM_REGION: 'europe' }).antom?.baseUrl).toBe('https://open-de-global.alipay.com');
    expect(
      loadConfig({ ...live, ANTOM_REGION: '', ANTOM_BASE_URL: 'https://open-na-global.alipay.com' }).antom?.baseUrl,
    ).toBe('https://open-na-global.alipay.com');
  });

  it('names the variable, the format found and the fix for a key that cannot be used', () => {
    expect(() => loadConfig({ ...live, ANTOM_PRIVATE_KEY: keys.antomPublicKey })).toThrow(
      /^ANTOM_PRIVATE_KEY is a public key \(SPKI Base64\), not an RSA private key: give the private key/,
    );
    expect(() =>
      loadConfig({ ...live, ANTOM_PUBLIC_KEY: oneLine(toPem(keys.merchantPrivateKey, 'PRIVATE KEY')) }),
    ).toThrow(/^ANTOM_PUBLIC_KEY is a private key \(PKCS#8 PEM\), not an RSA public key/);
    expect(() => loadConfig({ ...live, ANTOM_MERCHANT_PUBLIC_KEY: 'not a key!' })).toThrow(
      /^ANTOM_MERCHANT_PUBLIC_KEY is neither PEM nor Base64/,
    );
  });

  it('ANTOM_REGION: an unknown name, both it and ANTOM_BASE_URL, or neither', () => {
    expect(() => loadConfig({ ...live, ANTOM_REGION: 'mars' })).toThrow(
      /ANTOM_REGION is "mars": use one of north-america, asia, europe/,
    );
    expect(() => loadConfig({ ...live, ANTOM_BASE_URL: 'https://open-sea-global.alipay.com' })).toThrow(
      /ANTOM_REGION \(asia\) and ANTOM_BASE_URL .* are both set: keep one/,
    );
    expect(() => loadConfig({ ...live, ANTOM_REGION: '' })).toThrow(/missing: ANTOM_REGION \(or ANTOM_BASE_URL\)/);
  });

  it('refuses to start when ANTOM_PRIVATE_KEY does not match ANTOM_MERCHANT_PUBLIC_KEY, naming both', async () => {
    const other = String(
      generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }),
    );
    const dataDir = mkdtempSync(join(tmpdir(), 'demo-keys-'));
    dirs.push(dataDir);
    const config = loadConfig({ ...live, ANTOM_MERCHANT_PUBLIC_KEY: other, PORT: '0', DATA_DIR: dataDir });
    const lines: string[] = [];
    await expect(startDemoServer(config, (line) => lines.push(line))).rejects.toThrow(
      /^ANTOM_PRIVATE_KEY does not match ANTOM_MERCHANT_PUBLIC_KEY: Antom would refuse every request/,
    );
    expect(lines.some((line) => line.startsWith('demo server at'))).toBe(false);
    const swapped = loadConfig({ ...live, ANTOM_PUBLIC_KEY: keys.merchantPublicKey, PORT: '0', DATA_DIR: dataDir });
    await expect(startDemoServer(swapped, () => {})).rejects.toThrow(
      /^ANTOM_PUBLIC_KEY is the public key of your own ANTOM_PRIVATE_KEY, not Antom's/,
    );
  });

  it('starts with a matching ANTOM_MERCHANT_PUBLIC_KEY', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'demo-keys-'));
    dirs.push(dataDir);
    const config = loadConfig({
      ...live,
      ANTOM_MERCHANT_PUBLIC_KEY: keys.merchantPublicKey,
      PORT: '0',
      DATA_DIR: dataDir,
    });
    const lines: string[] = [];
    const server = await startDemoServer(config, (line) => lines.push(line));
    await server.close();
    expect(lines.some((line) => line.includes('→ antom https://open-sea-global.alipay.com as 2025LIVE0001'))).toBe(
      true,
    );
  });
});
