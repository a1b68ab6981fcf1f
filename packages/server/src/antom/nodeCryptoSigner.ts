import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { parseRsaPrivateKey, parseRsaPublicKey } from '@batchpay/core/signature';
import type { AntomSigner } from './AntomSigner.js';

// By key text, one map per kind: a lookup hashes the text V8 already holds (a joined key would be a new string to hash
// on every signature).
const keys = { private: new Map<string, KeyObject>(), public: new Map<string, KeyObject>() };

function keyObject(kind: 'private' | 'public', text: string): KeyObject {
  const cache = keys[kind];
  let key = cache.get(text);
  if (!key) {
    // PEM or Base64, PKCS#1 or PKCS#8 / SPKI: normalised by core (its errors name the fix), once per key text.
    if (kind === 'private') {
      const der = Buffer.from(parseRsaPrivateKey(text).der, 'base64');
      key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    } else {
      const der = Buffer.from(parseRsaPublicKey(text).der, 'base64');
      key = createPublicKey({ key: der, format: 'der', type: 'spki' });
    }
    if (cache.size > 64) cache.clear();
    cache.set(text, key);
  }
  return key;
}

/**
 * Antom's signatures with node:crypto on the calling thread: for Node servers, where it costs less than WebCrypto's
 * thread pool. Pass it as `createAntomClient({ ..., signer: nodeCryptoSigner })`.
 */
export const nodeCryptoSigner: AntomSigner = {
  async sign(content, privateKey) {
    const signature = sign('sha256', Buffer.from(content, 'utf8'), keyObject('private', privateKey));
    return encodeURIComponent(signature.toString('base64'));
  },
  async verify(content, signature, publicKey) {
    const key = keyObject('public', publicKey);
    let bytes: Buffer;
    try {
      bytes = Buffer.from(decodeURIComponent(signature), 'base64');
    } catch {
      return false;
    }
    if (bytes.length === 0) return false;
    return verify('sha256', Buffer.from(content, 'utf8'), key, bytes);
  },
};
