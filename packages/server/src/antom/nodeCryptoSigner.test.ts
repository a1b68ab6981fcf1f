import { generateKeyPair } from '@batchpay/core/signature';
import { describe, expect, it } from 'vitest';
import { signatureVectors } from '../../../../fixtures/signatureVectors.js';
import { webCryptoSigner } from './AntomSigner.js';
import { nodeCryptoSigner } from './nodeCryptoSigner.js';

function key(name: string): string {
  const value = (signatureVectors.keys as Record<string, string>)[name];
  if (!value) throw new Error(`signature-vectors.json has no key "${name}"`);
  return value;
}

const vectors = signatureVectors.vectors.map((v) => [v.name, v] as const);

describe('nodeCryptoSigner against the signature vectors of Antom’s SDK', () => {
  it.each(vectors)('%s: signs byte for byte', async (_name, v) => {
    expect(await nodeCryptoSigner.sign(v.signedText, key(v.signedWith))).toBe(v.signature);
  });

  it.each(vectors)('%s: verifies it, and refuses another body', async (_name, v) => {
    expect(await nodeCryptoSigner.verify(v.signedText, v.signature, key(v.verifyWith))).toBe(true);
    expect(await nodeCryptoSigner.verify(`${v.signedText} `, v.signature, key(v.verifyWith))).toBe(false);
  });

  it('refuses malformed signatures instead of throwing', async () => {
    const v = signatureVectors.vectors[0];
    if (!v) throw new Error('no vector');
    for (const bad of ['', '%E0%A4%A', 'bm90IGEgc2lnbmF0dXJl'])
      expect(await nodeCryptoSigner.verify(v.signedText, bad, key(v.verifyWith))).toBe(false);
  });

  it('gives the same signature as WebCrypto, and each verifies the other', async () => {
    const keys = await generateKeyPair();
    const text = 'POST /ams/api/v1/payments/batchPay\nSANDBOX_X.1700000000000.{"a":"ü €"}';
    const fromNode = await nodeCryptoSigner.sign(text, keys.privateKey);
    expect(fromNode).toBe(await webCryptoSigner.sign(text, keys.privateKey));
    expect(await webCryptoSigner.verify(text, fromNode, keys.publicKey)).toBe(true);
    expect(await nodeCryptoSigner.verify(text, fromNode, keys.publicKey)).toBe(true);
  });

  it('names the fix for a key that is not RSA', async () => {
    await expect(nodeCryptoSigner.sign('x', 'not a key')).rejects.toThrow(/privateKey/);
  });
});
