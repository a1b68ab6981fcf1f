import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SignatureVector {
  name: string;
  method: string;
  path: string;
  clientId: string;
  time: string;
  body: string;
  signature: string;
  header: string;
}

/** The test-only keys and signatures produced by Antom's own Python SDK (a copy of shared/vectors/signature-vectors.json; test-only keys, never used outside tests). */
export const signatureVectors = JSON.parse(
  readFileSync(fileURLToPath(new URL('./signature-vectors.json', import.meta.url)), 'utf8'),
) as {
  keys: { merchantPrivateKey: string; merchantPublicKey: string; antomPrivateKey: string; antomPublicKey: string };
  vectors: SignatureVector[];
};

export function vector(prefix: string): SignatureVector {
  const found = signatureVectors.vectors.find((v) => v.name.startsWith(prefix));
  if (!found) throw new Error(`no signature vector named "${prefix}..."`);
  return found;
}
