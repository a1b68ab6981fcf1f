import { signContent, verifyContent } from '@batchpay/core/signature';

/**
 * The RSA work of Antom's message signatures (RSASSA-PKCS1-v1_5, SHA-256), swappable for the runtime:
 * `webCryptoSigner` (the default) runs everywhere, edge runtimes included; on Node, `nodeCryptoSigner` from
 * `@batchpay/server/node` signs on the calling thread with node:crypto, faster than a round trip through
 * WebCrypto's thread pool. Both give the same bytes: RSA PKCS#1 v1.5 signatures are deterministic.
 */
export interface AntomSigner {
  /** The URL-encoded Base64 signature of `content`, with an RSA private key (PEM or Base64, PKCS#8 or PKCS#1). */
  sign(content: string, privateKey: string): Promise<string>;
  /** Whether a URL-encoded Base64 signature verifies with an RSA public key; false on any malformed signature. */
  verify(content: string, signature: string, publicKey: string): Promise<boolean>;
}

/** WebCrypto (`crypto.subtle`): Node, Deno, Bun, Cloudflare Workers, Vercel Edge. */
export const webCryptoSigner: AntomSigner = { sign: signContent, verify: verifyContent };
