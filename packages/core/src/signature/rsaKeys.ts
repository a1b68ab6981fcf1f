/*
 * RSA keys as merchants hold them: PEM files (PKCS#8 "PRIVATE KEY", PKCS#1 "RSA PRIVATE KEY", SPKI "PUBLIC KEY",
 * PKCS#1 "RSA PUBLIC KEY") or bare Base64 of the same DER, as Antom's Dashboard and SDKs hand them out. WebCrypto
 * only imports PKCS#8 and SPKI, so PKCS#1 is wrapped here (pure byte work: no Node, no DOM).
 */

declare function atob(data: string): string;
declare function btoa(data: string): string;

/** The format a key was found in, as the error messages and `batchpay-doctor` name it. */
export type RsaKeyFormat =
  | 'PKCS#8 PEM'
  | 'PKCS#1 PEM'
  | 'PKCS#8 Base64'
  | 'PKCS#1 Base64'
  | 'SPKI PEM'
  | 'SPKI Base64'
  | 'PKCS#1 public PEM'
  | 'PKCS#1 public Base64';

export interface ParsedRsaKey {
  /** Base64 DER: PKCS#8 for a private key, SPKI for a public key (what WebCrypto imports). */
  der: string;
  format: RsaKeyFormat;
}

/** A key that cannot be used, with the variable it came from, what was found and the fix. */
export class RsaKeyError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field} ${message}`);
    this.name = 'RsaKeyError';
    this.field = field;
  }
}

// rsaEncryption, 1.2.840.113549.1.1.1, with its NULL parameters.
const RSA_ALGORITHM = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];

interface Node {
  /** Offset of the tag byte. */
  at: number;
  tag: number;
  /** Offsets of the content. */
  start: number;
  end: number;
}

function read(bytes: Uint8Array, at: number): Node | null {
  if (at + 2 > bytes.length) return null;
  const tag = bytes[at] ?? 0;
  let length = bytes[at + 1] ?? 0;
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > bytes.length) return null;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? 0);
    start += count;
  }
  const end = start + length;
  return end > bytes.length ? null : { at, tag, start, end };
}

function children(bytes: Uint8Array, node: Node): Node[] {
  const out: Node[] = [];
  let at = node.start;
  while (at < node.end) {
    const child = read(bytes, at);
    if (!child || child.end > node.end) return [];
    out.push(child);
    at = child.end;
  }
  return out;
}

function lengthBytes(length: number): number[] {
  if (length < 0x80) return [length];
  const out: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) out.unshift(rest % 256);
  return [0x80 | out.length, ...out];
}

function tlv(tag: number, content: ArrayLike<number>): Uint8Array {
  const head = [tag, ...lengthBytes(content.length)];
  const out = new Uint8Array(head.length + content.length);
  out.set(head);
  out.set(Array.from(content), head.length);
  return out;
}

function concat(...parts: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(Array.from(part), at);
    at += part.length;
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(base64: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return null;
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** Whether a whole element (tag, length and content) is exactly `want`. */
const sameBytes = (bytes: Uint8Array, node: Node, want: readonly number[]) =>
  node.end - node.at === want.length && want.every((b, i) => bytes[node.at + i] === b);

type Shape = 'pkcs8' | 'pkcs1-private' | 'spki' | 'pkcs1-public' | 'unknown';

/** What a DER blob is, from its outer structure. */
function shapeOf(bytes: Uint8Array): Shape {
  const top = read(bytes, 0);
  if (top?.tag !== 0x30 || top.end !== bytes.length) return 'unknown';
  const parts = children(bytes, top);
  const [first, second, third] = parts;
  if (!first || !second) return 'unknown';
  if (first.tag === 0x02 && second.tag === 0x30 && third?.tag === 0x04) {
    return sameBytes(bytes, second, RSA_ALGORITHM) ? 'pkcs8' : 'unknown';
  }
  if (first.tag === 0x02 && second.tag === 0x02 && parts.length >= 9) return 'pkcs1-private';
  if (first.tag === 0x30 && second.tag === 0x03) return sameBytes(bytes, first, RSA_ALGORITHM) ? 'spki' : 'unknown';
  if (first.tag === 0x02 && second.tag === 0x02 && parts.length === 2) return 'pkcs1-public';
  return 'unknown';
}

/** The PKCS#8 form of a PKCS#1 RSAPrivateKey. */
function pkcs1ToPkcs8(pkcs1: Uint8Array): Uint8Array {
  return tlv(0x30, concat([0x02, 0x01, 0x00], RSA_ALGORITHM, tlv(0x04, pkcs1)));
}

/** The SPKI form of a PKCS#1 RSAPublicKey. */
function pkcs1ToSpki(pkcs1: Uint8Array): Uint8Array {
  return tlv(0x30, concat(RSA_ALGORITHM, tlv(0x03, concat([0x00], pkcs1))));
}

interface Unwrapped {
  bytes: Uint8Array;
  pem: string | null;
}

function unwrap(field: string, text: string): Unwrapped {
  const trimmed = text.trim();
  if (trimmed === '') throw new RsaKeyError(field, 'is empty: set it to the key, as a PEM file or Base64');
  const pem = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(trimmed);
  const label = pem?.[1] ?? null;
  if (label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type: 4,ENCRYPTED/.test(trimmed)) {
    throw new RsaKeyError(
      field,
      'is an encrypted private key: decrypt it with "openssl pkcs8 -topk8 -nocrypt -in key.pem" first',
    );
  }
  if (label === 'CERTIFICATE') {
    throw new RsaKeyError(field, 'is a certificate, not a key: give the public key (-----BEGIN PUBLIC KEY-----)');
  }
  if (trimmed.startsWith('-----') && !pem) {
    throw new RsaKeyError(field, 'looks like PEM but has no matching -----BEGIN …----- / -----END …----- lines');
  }
  const body = (pem ? (pem[2] ?? '') : trimmed).replace(/\s+/g, '');
  const bytes = fromBase64(body);
  if (!bytes || bytes.length === 0) {
    throw new RsaKeyError(field, 'is neither PEM nor Base64: paste the key as Antom or openssl gave it');
  }
  return { bytes, pem: label };
}

function describe(shape: Shape, pem: string | null): string {
  const where = pem ? 'PEM' : 'Base64';
  if (shape === 'pkcs8' || shape === 'pkcs1-private')
    return `a private key (${shape === 'pkcs8' ? 'PKCS#8' : 'PKCS#1'} ${where})`;
  if (shape === 'spki' || shape === 'pkcs1-public')
    return `a public key (${shape === 'spki' ? 'SPKI' : 'PKCS#1'} ${where})`;
  return `not an RSA key in a format the kit reads (${where} of something else)`;
}

/**
 * A merchant private key in PEM (PKCS#8 or PKCS#1) or bare Base64 of either, as PKCS#8 Base64. Throws an
 * `RsaKeyError` naming `field` (the variable it came from), what was found and the fix.
 */
export function parseRsaPrivateKey(text: string, field = 'privateKey'): ParsedRsaKey {
  const { bytes, pem } = unwrap(field, text);
  const shape = shapeOf(bytes);
  const where = pem ? 'PEM' : 'Base64';
  if (shape === 'pkcs8') return { der: toBase64(bytes), format: `PKCS#8 ${where}` };
  if (shape === 'pkcs1-private') return { der: toBase64(pkcs1ToPkcs8(bytes)), format: `PKCS#1 ${where}` };
  const found = shape === 'unknown' ? describe(shape, pem) : `${describe(shape, pem)}, not an RSA private key`;
  throw new RsaKeyError(
    field,
    `is ${found}: give the private key whose public key you uploaded to Antom's Dashboard (PEM "PRIVATE KEY" or "RSA PRIVATE KEY", or Base64 PKCS#8 or PKCS#1)`,
  );
}

/**
 * An RSA public key (Antom's, or the merchant's own) in PEM or Base64, SPKI or PKCS#1, as SPKI Base64. Throws an
 * `RsaKeyError` naming `field`, what was found and the fix.
 */
export function parseRsaPublicKey(text: string, field = 'publicKey'): ParsedRsaKey {
  const { bytes, pem } = unwrap(field, text);
  const shape = shapeOf(bytes);
  const where = pem ? 'PEM' : 'Base64';
  if (shape === 'spki') return { der: toBase64(bytes), format: `SPKI ${where}` };
  if (shape === 'pkcs1-public') return { der: toBase64(pkcs1ToSpki(bytes)), format: `PKCS#1 public ${where}` };
  const found = shape === 'unknown' ? describe(shape, pem) : `${describe(shape, pem)}, not an RSA public key`;
  throw new RsaKeyError(
    field,
    `is ${found}: copy the public key from Antom's Dashboard (PEM "PUBLIC KEY", or Base64 SPKI or PKCS#1)`,
  );
}

/** The PKCS#1 `RSAPrivateKey` inside a PKCS#8 key, as Base64 (for SDKs that want "BEGIN RSA PRIVATE KEY"). */
export function pkcs8ToPkcs1(pkcs8Base64: string): string {
  const bytes = fromBase64(pkcs8Base64.replace(/\s+/g, ''));
  if (!bytes || shapeOf(bytes) !== 'pkcs8') throw new RsaKeyError('pkcs8', 'is not a PKCS#8 RSA private key');
  const top = read(bytes, 0) as Node;
  const inner = children(bytes, top)[2] as Node;
  return toBase64(bytes.subarray(inner.start, inner.end));
}

/** Base64 DER as a PEM block with 64-character lines, e.g. `toPem(der, 'RSA PRIVATE KEY')`. */
export function toPem(base64Der: string, label: string): string {
  const lines = base64Der.replace(/\s+/g, '').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
