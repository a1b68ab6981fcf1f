import { describe, expect, it } from 'vitest';
import { type SignatureVector, signatureVectors } from '../../../../fixtures/signatureVectors.js';
import {
  buildSignContent,
  formatSignatureHeader,
  generateKeyPair,
  parseSignatureHeader,
  signContent,
  verifyContent,
} from './signature';

const file = signatureVectors;

function key(name: string): string {
  const value = (file.keys as Record<string, string>)[name];
  if (!value) throw new Error(`signature-vectors.json has no key "${name}"`);
  return value;
}

const vectors = file.vectors.map((v) => [v.name, v] as const);

describe('signature vectors of Antom’s SDK', () => {
  it('has vectors to check', () => {
    expect(file.vectors.length).toBeGreaterThanOrEqual(4);
  });

  it.each(vectors)('%s: buildSignContent gives the signed text', (_name, v) => {
    expect(buildSignContent({ method: v.method, path: v.path, clientId: v.clientId, time: v.time, body: v.body })).toBe(
      v.signedText,
    );
  });

  it.each(vectors)('%s: signContent reproduces the signature byte for byte', async (_name, v) => {
    expect(await signContent(v.signedText, key(v.signedWith))).toBe(v.signature);
  });

  it.each(vectors)('%s: verifyContent accepts it', async (_name, v) => {
    expect(await verifyContent(v.signedText, v.signature, key(v.verifyWith))).toBe(true);
  });

  it.each(vectors)('%s: verifyContent refuses any change of body, path, client id or time', async (_name, v) => {
    const publicKey = key(v.verifyWith);
    const variants = [
      { ...v, body: `${v.body} ` },
      { ...v, body: v.body.replace('"', "'") },
      { ...v, path: `${v.path}/` },
      { ...v, path: v.path.replace('/api/', '/API/') },
      { ...v, clientId: `${v.clientId}X` },
      { ...v, time: String(Number(v.time) + 1) },
      { ...v, method: 'GET' },
    ];
    for (const changed of variants) {
      const content = buildSignContent(changed);
      expect(content).not.toBe(v.signedText);
      expect(await verifyContent(content, v.signature, publicKey)).toBe(false);
    }
  });

  it.each(vectors)('%s: the wrong public key refuses it', async (_name, v) => {
    const other = v.verifyWith === 'antomPublicKey' ? 'merchantPublicKey' : 'antomPublicKey';
    expect(await verifyContent(v.signedText, v.signature, key(other))).toBe(false);
  });

  it.each(vectors)('%s: formatSignatureHeader gives the header; parseSignatureHeader reads it back', (_name, v) => {
    expect(formatSignatureHeader(v.signature)).toBe(v.header);
    expect(formatSignatureHeader(v.signature, '1')).toBe(v.header);
    expect(parseSignatureHeader(v.header)).toEqual({ algorithm: 'RSA256', keyVersion: '1', signature: v.signature });
  });
});

describe('buildSignContent', () => {
  it('defaults to POST and upper-cases the method', () => {
    const parts = { path: '/ams/api/v1/payments/batchPay', clientId: 'C', time: '1', body: '{}' };
    expect(buildSignContent(parts)).toBe('POST /ams/api/v1/payments/batchPay\nC.1.{}');
    expect(buildSignContent({ ...parts, method: 'post' })).toBe('POST /ams/api/v1/payments/batchPay\nC.1.{}');
  });
});

describe('verifyContent with a damaged signature', () => {
  const v = file.vectors[0] as SignatureVector;
  it.each([
    ['empty', ''],
    ['not base64', '%%%not-base64%%%'],
    ['bad percent encoding', '%E0%A4%A'],
    ['truncated', v.signature.slice(0, -8)],
    [
      'one character changed',
      `${v.signature.slice(0, 10)}${v.signature[10] === 'A' ? 'B' : 'A'}${v.signature.slice(11)}`,
    ],
  ])('%s → false, not a throw', async (_label, signature) => {
    expect(await verifyContent(v.signedText, signature, key(v.verifyWith))).toBe(false);
  });

  it('a key that is not a key is an error that says what to use', async () => {
    await expect(verifyContent('x', v.signature, 'bm90IGEga2V5')).rejects.toThrow(/SPKI/);
    await expect(signContent('x', 'bm90IGEga2V5')).rejects.toThrow(/PKCS#8/);
  });

  it('accepts PEM-wrapped keys', async () => {
    const pem = `-----BEGIN PUBLIC KEY-----\n${key(v.verifyWith).replace(/(.{64})/g, '$1\n')}\n-----END PUBLIC KEY-----\n`;
    expect(await verifyContent(v.signedText, v.signature, pem)).toBe(true);
  });
});

describe('parseSignatureHeader', () => {
  it('reads the parts in any order and with spaces', () => {
    expect(parseSignatureHeader('signature=abc%2B, keyVersion=2 ,algorithm=RSA256')).toEqual({
      algorithm: 'RSA256',
      keyVersion: '2',
      signature: 'abc%2B',
    });
  });

  it('defaults algorithm and keyVersion; keeps "=" inside the signature', () => {
    expect(parseSignatureHeader('signature=abc==')).toEqual({
      algorithm: 'RSA256',
      keyVersion: '1',
      signature: 'abc==',
    });
  });

  it.each([null, undefined, '', 'algorithm=RSA256,keyVersion=1', 'garbage', 'signature='])('%j → null', (header) => {
    expect(parseSignatureHeader(header)).toBeNull();
  });

  it('round trips with formatSignatureHeader for any key version', () => {
    const header = formatSignatureHeader('xyz%2F%3D', 7);
    expect(header).toBe('algorithm=RSA256,keyVersion=7,signature=xyz%2F%3D');
    expect(parseSignatureHeader(header)).toEqual({ algorithm: 'RSA256', keyVersion: '7', signature: 'xyz%2F%3D' });
  });
});

describe('generateKeyPair', () => {
  it('makes a fresh pair that signs and verifies, and differs each time', async () => {
    const pair = await generateKeyPair();
    expect(pair.privateKey).toMatch(/^MII[A-Za-z0-9+/]+=*$/);
    expect(pair.publicKey).toMatch(/^MII[A-Za-z0-9+/]+=*$/);
    const content = buildSignContent({
      path: '/api/antom/notify',
      clientId: 'C',
      time: '1764100000000',
      body: '{"a":1}',
    });
    const signature = await signContent(content, pair.privateKey);
    expect(signature).not.toMatch(/[+/=]/);
    expect(await verifyContent(content, signature, pair.publicKey)).toBe(true);
    expect(await verifyContent(`${content} `, signature, pair.publicKey)).toBe(false);
    // Not the vector keys, and not the same pair twice.
    expect(pair.publicKey).not.toBe(key('merchantPublicKey'));
    const second = await generateKeyPair();
    expect(second.publicKey).not.toBe(pair.publicKey);
    expect(await verifyContent(content, signature, second.publicKey)).toBe(false);
  }, 30_000);
});
