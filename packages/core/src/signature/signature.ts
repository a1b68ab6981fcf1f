/*
 * Antom message signatures (spec section 2), over WebCrypto so they run on Node, edge runtimes and Deno alike.
 * RSASSA-PKCS1-v1_5 with SHA-256 → Base64 → URL-encoded, over "<METHOD> <path>\n<client-id>.<time>.<body>".
 * Deterministic: the same key and text give exactly the signature of Antom's own SDK (the vectors in the repository's
 * fixtures/signature-vectors.json were made by its Python SDK). Keys may be PEM or Base64, PKCS#8 / PKCS#1 / SPKI.
 */
import { parseRsaPrivateKey, parseRsaPublicKey, RsaKeyError } from './rsaKeys.js';

export * from './rsaKeys.js';

// Minimal typings of the Web platform pieces used here (core compiles against ES2022 only: no DOM, no Node).
interface CryptoKeyLike {
  readonly type: string;
}
interface SubtleLike {
  importKey(
    format: 'pkcs8' | 'spki',
    keyData: Uint8Array,
    algorithm: { name: string; hash: string },
    extractable: boolean,
    usages: string[],
  ): Promise<CryptoKeyLike>;
  sign(algorithm: { name: string }, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: { name: string }, key: CryptoKeyLike, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
  generateKey(
    algorithm: { name: string; modulusLength: number; publicExponent: Uint8Array; hash: string },
    extractable: boolean,
    usages: string[],
  ): Promise<{ privateKey: CryptoKeyLike; publicKey: CryptoKeyLike }>;
  exportKey(format: 'pkcs8' | 'spki', key: CryptoKeyLike): Promise<ArrayBuffer>;
}
declare const crypto: { subtle: SubtleLike };
declare const TextEncoder: { new (): { encode(input: string): Uint8Array } };
declare function atob(data: string): string;
declare function btoa(data: string): string;

const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

export interface SignContentInput {
  method?: string;
  /** The path after the host, with the query string when there is one: `/ams/api/v1/payments/batchPay`. */
  path: string;
  clientId: string;
  /** `request-time` (requests, notifications) or `response-time` (answers), as sent. */
  time: string;
  /** The exact body string that is sent or was received. */
  body: string;
}

/** `POST /ams/api/v1/payments/batchPay\n<client-id>.<time>.<body>` */
export function buildSignContent({ method = 'POST', path, clientId, time, body }: SignContentInput): string {
  return `${method.toUpperCase()} ${path}\n${clientId}.${time}.${body}`;
}

function base64ToBytes(base64: string): Uint8Array {
  const clean = base64.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

const keyCache = new Map<string, Promise<CryptoKeyLike>>();

function importKey(kind: 'pkcs8' | 'spki', text: string): Promise<CryptoKeyLike> {
  const cacheKey = `${kind}:${text}`;
  let key = keyCache.get(cacheKey);
  if (!key) {
    // PEM or Base64, PKCS#1 or PKCS#8 / SPKI: normalised once per key text, then cached.
    key = Promise.resolve()
      .then(() => (kind === 'pkcs8' ? parseRsaPrivateKey(text) : parseRsaPublicKey(text)).der)
      .then((der) =>
        crypto.subtle.importKey(kind, base64ToBytes(der), algorithm, false, [kind === 'pkcs8' ? 'sign' : 'verify']),
      );
    key.catch(() => keyCache.delete(cacheKey));
    if (keyCache.size > 64) keyCache.clear();
    keyCache.set(cacheKey, key);
  }
  return key;
}

/** Signs `content` with an RSA private key (PEM or Base64, PKCS#8 or PKCS#1); answers the URL-encoded Base64 signature. */
export async function signContent(content: string, privateKey: string): Promise<string> {
  let key: CryptoKeyLike;
  try {
    key = await importKey('pkcs8', privateKey);
  } catch (error) {
    if (error instanceof RsaKeyError) throw error;
    throw new Error(
      'privateKey is not an RSA private key (PEM "PRIVATE KEY" / "RSA PRIVATE KEY", or Base64 PKCS#8 / PKCS#1): check it with parseRsaPrivateKey',
    );
  }
  const signature = await crypto.subtle.sign(algorithm, key, new TextEncoder().encode(content));
  return encodeURIComponent(bytesToBase64(new Uint8Array(signature)));
}

/** Verifies a URL-encoded Base64 signature with an RSA public key (PEM or Base64, SPKI or PKCS#1). False on any malformed input. */
export async function verifyContent(content: string, signature: string, publicKey: string): Promise<boolean> {
  let key: CryptoKeyLike;
  try {
    key = await importKey('spki', publicKey);
  } catch (error) {
    if (error instanceof RsaKeyError) throw error;
    throw new Error(
      'publicKey is not an RSA public key (PEM "PUBLIC KEY" / "RSA PUBLIC KEY", or Base64 SPKI / PKCS#1): use the Antom public key from the Dashboard',
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(decodeURIComponent(signature));
  } catch {
    return false;
  }
  if (bytes.length === 0) return false;
  return crypto.subtle.verify(algorithm, key, bytes, new TextEncoder().encode(content));
}

/** `algorithm=RSA256,keyVersion=1,signature=<url-encoded base64>` */
export function formatSignatureHeader(signature: string, keyVersion: string | number = 1): string {
  return `algorithm=RSA256,keyVersion=${keyVersion},signature=${signature}`;
}

/** The parts of a `signature` header, or null when it is not one. The signature stays URL-encoded. */
export function parseSignatureHeader(
  header: string | null | undefined,
): { algorithm: string; keyVersion: string; signature: string } | null {
  if (!header) return null;
  const parts = new Map<string, string>();
  for (const piece of header.split(',')) {
    const at = piece.indexOf('=');
    if (at <= 0) continue;
    parts.set(piece.slice(0, at).trim(), piece.slice(at + 1).trim());
  }
  const signature = parts.get('signature');
  if (!signature) return null;
  return { algorithm: parts.get('algorithm') ?? 'RSA256', keyVersion: parts.get('keyVersion') ?? '1', signature };
}

/** A fresh 2048-bit RSA key pair as Base64 PKCS#8 / SPKI: for tests and the sandbox, never committed. */
export async function generateKeyPair(): Promise<{ privateKey: string; publicKey: string }> {
  const pair = await crypto.subtle.generateKey(
    { ...algorithm, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['sign', 'verify'],
  );
  const [privateKey, publicKey] = await Promise.all([
    crypto.subtle.exportKey('pkcs8', pair.privateKey),
    crypto.subtle.exportKey('spki', pair.publicKey),
  ]);
  return {
    privateKey: bytesToBase64(new Uint8Array(privateKey)),
    publicKey: bytesToBase64(new Uint8Array(publicKey)),
  };
}

/**
 * Whether a private key and a public key belong together: signs a probe with one and verifies it with the other.
 * Throws the `RsaKeyError` of a key that does not parse.
 */
export async function rsaKeysMatch(privateKey: string, publicKey: string): Promise<boolean> {
  parseRsaPrivateKey(privateKey, 'privateKey');
  parseRsaPublicKey(publicKey, 'publicKey');
  const probe = 'batchpay key pair check';
  return verifyContent(probe, await signContent(probe, privateKey), publicKey);
}
