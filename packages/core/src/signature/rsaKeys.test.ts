// biome-ignore-all lint/correctness/noNodejsModules: node:crypto writes the PEM and PKCS#1 forms independently of the kit.
import { Buffer } from 'node:buffer';
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signatureVectors } from '../../../../fixtures/signatureVectors.js';
import {
  buildSignContent,
  parseRsaPrivateKey,
  parseRsaPublicKey,
  pkcs8ToPkcs1,
  RsaKeyError,
  rsaKeysMatch,
  signContent,
  toPem,
  verifyContent,
} from './signature';

const { merchantPrivateKey, merchantPublicKey, antomPublicKey } = signatureVectors.keys;
const pkcs8Der = Buffer.from(merchantPrivateKey, 'base64');
const privateObject = createPrivateKey({ key: pkcs8Der, format: 'der', type: 'pkcs8' });
const publicObject = createPublicKey(privateObject);

/** The merchant's key pair in every form a merchant may hold it, written by Node, not by the kit. */
const privateForms = {
  'PKCS#8 PEM': privateObject.export({ type: 'pkcs8', format: 'pem' }).toString(),
  'PKCS#1 PEM': privateObject.export({ type: 'pkcs1', format: 'pem' }).toString(),
  'PKCS#8 Base64': merchantPrivateKey,
  'PKCS#1 Base64': privateObject.export({ type: 'pkcs1', format: 'der' }).toString('base64'),
};
const publicForms = {
  'SPKI PEM': publicObject.export({ type: 'spki', format: 'pem' }).toString(),
  'SPKI Base64': merchantPublicKey,
  'PKCS#1 public PEM': publicObject.export({ type: 'pkcs1', format: 'pem' }).toString(),
  'PKCS#1 public Base64': publicObject.export({ type: 'pkcs1', format: 'der' }).toString('base64'),
};

const vector = signatureVectors.vectors.find((v) => v.signedWith === 'merchantPrivateKey');
if (!vector) throw new Error('fixtures/signature-vectors.json has no vector signed with the merchant key');
const content = buildSignContent(vector);

describe('private keys as merchants hold them', () => {
  it.each(Object.entries(privateForms))(
    '%s parses to the same PKCS#8 and signs like Antom’s SDK',
    async (format, text) => {
      const parsed = parseRsaPrivateKey(text, 'ANTOM_MERCHANT_PRIVATE_KEY');
      expect(parsed).toEqual({ der: merchantPrivateKey, format });
      expect(await signContent(content, text)).toBe(vector.signature);
    },
  );

  it('PEM with Windows line ends and surrounding blank lines still parses', () => {
    const pem = `\n\n${privateForms['PKCS#1 PEM'].replaceAll('\n', '\r\n')}\n`;
    expect(parseRsaPrivateKey(pem).format).toBe('PKCS#1 PEM');
  });

  it('pkcs8ToPkcs1 and toPem give what openssl and Node give', () => {
    expect(toPem(pkcs8ToPkcs1(merchantPrivateKey), 'RSA PRIVATE KEY')).toBe(privateForms['PKCS#1 PEM']);
    expect(toPem(merchantPrivateKey, 'PRIVATE KEY')).toBe(privateForms['PKCS#8 PEM']);
  });
});

describe('public keys as merchants hold them', () => {
  it.each(Object.entries(publicForms))('%s parses to the same SPKI and verifies', async (format, text) => {
    const parsed = parseRsaPublicKey(text, 'ANTOM_PUBLIC_KEY');
    expect(parsed).toEqual({ der: merchantPublicKey, format });
    expect(await verifyContent(content, vector.signature, text)).toBe(true);
  });
});

describe('keys that cannot be used say which variable, what was found, and the fix', () => {
  const otherPair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['empty', () => parseRsaPrivateKey('  ', 'ANTOM_MERCHANT_PRIVATE_KEY'), /^ANTOM_MERCHANT_PRIVATE_KEY is empty/],
    ['garbage', () => parseRsaPrivateKey('not a key!', 'ANTOM_MERCHANT_PRIVATE_KEY'), /neither PEM nor Base64/],
    [
      'Base64 of something else',
      () => parseRsaPrivateKey(Buffer.from('hello world').toString('base64'), 'ANTOM_MERCHANT_PRIVATE_KEY'),
      /not an RSA key in a format the kit reads \(Base64 of something else\): give the private key/,
    ],
    [
      'a public key where the private key belongs',
      () => parseRsaPrivateKey(publicForms['SPKI PEM'], 'ANTOM_MERCHANT_PRIVATE_KEY'),
      /^ANTOM_MERCHANT_PRIVATE_KEY is a public key \(SPKI PEM\), not an RSA private key: give the private key/,
    ],
    [
      'a private key where Antom’s public key belongs',
      () => parseRsaPublicKey(privateForms['PKCS#1 PEM'], 'ANTOM_PUBLIC_KEY'),
      /^ANTOM_PUBLIC_KEY is a private key \(PKCS#1 PEM\), not an RSA public key: copy the public key from Antom's Dashboard/,
    ],
    [
      'an EC key',
      () => parseRsaPrivateKey(String(ecKey), 'KEY'),
      /^KEY is not an RSA key in a format the kit reads \(PEM of something else\)/,
    ],
    [
      'an encrypted key',
      () =>
        parseRsaPrivateKey(
          String(otherPair.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'x' })),
          'KEY',
        ),
      /^KEY is an encrypted private key: decrypt it with "openssl pkcs8/,
    ],
    ['a broken PEM', () => parseRsaPublicKey('-----BEGIN PUBLIC KEY-----\nMIIB', 'KEY'), /no matching -----BEGIN/],
  ];
  it.each(cases)('%s', (_label, run, message) => {
    expect(run).toThrow(RsaKeyError);
    expect(run).toThrow(message);
  });

  it('a mismatched pair is found before the first payment', async () => {
    expect(await rsaKeysMatch(privateForms['PKCS#1 PEM'], publicForms['SPKI Base64'])).toBe(true);
    expect(await rsaKeysMatch(merchantPrivateKey, antomPublicKey)).toBe(false);
    const foreign = String(otherPair.publicKey.export({ type: 'spki', format: 'pem' }));
    expect(await rsaKeysMatch(merchantPrivateKey, foreign)).toBe(false);
  });

  it('signContent names the field when the key is a public key', async () => {
    await expect(signContent('x', merchantPublicKey)).rejects.toThrow(/^privateKey is a public key \(SPKI Base64\)/);
  });
});
