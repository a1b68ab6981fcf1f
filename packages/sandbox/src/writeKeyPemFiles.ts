import { createPrivateKey, createPublicKey } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where `writeKeyPemFiles` put each key (absolute paths). */
export interface KeyPemFiles {
  /** The merchant's private key, PKCS#8 PEM (`BEGIN PRIVATE KEY`): Antom's Java SDK and most tools. */
  merchantPrivateKeyPkcs8: string;
  /** The same key, PKCS#1 PEM (`BEGIN RSA PRIVATE KEY`): what Antom's Python SDK reads. */
  merchantPrivateKeyPkcs1: string;
  /** The merchant's public key, SPKI PEM (`BEGIN PUBLIC KEY`). */
  merchantPublicKey: string;
  /** The sandbox's ("Antom's") public key, SPKI PEM: what a merchant verifies answers and notifications with. */
  sandboxPublicKey: string;
}

/**
 * Writes the merchant's and the sandbox's keys as PEM files next to `merchant.json`, so Antom's own SDKs (which read
 * PEM, the Python SDK PKCS#1) can talk to the sandbox. Private keys get mode 600.
 */
export async function writeKeyPemFiles(
  dataDir: string,
  keys: { merchantPrivateKey: string; merchantPublicKey: string; sandboxPublicKey: string },
): Promise<KeyPemFiles> {
  const privateKey = createPrivateKey({
    key: Buffer.from(keys.merchantPrivateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  const publicPem = (base64: string) =>
    createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' })
      .export({ format: 'pem', type: 'spki' })
      .toString();
  const files: KeyPemFiles = {
    merchantPrivateKeyPkcs8: join(dataDir, 'merchant-private-key.pem'),
    merchantPrivateKeyPkcs1: join(dataDir, 'merchant-private-key-pkcs1.pem'),
    merchantPublicKey: join(dataDir, 'merchant-public-key.pem'),
    sandboxPublicKey: join(dataDir, 'sandbox-public-key.pem'),
  };
  await writeFile(files.merchantPrivateKeyPkcs8, privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), {
    mode: 0o600,
  });
  await writeFile(files.merchantPrivateKeyPkcs1, privateKey.export({ format: 'pem', type: 'pkcs1' }).toString(), {
    mode: 0o600,
  });
  await writeFile(files.merchantPublicKey, publicPem(keys.merchantPublicKey));
  await writeFile(files.sandboxPublicKey, publicPem(keys.sandboxPublicKey));
  return files;
}
