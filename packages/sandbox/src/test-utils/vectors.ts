import { readFileSync } from 'node:fs';

export interface SignatureVector {
  name: string;
  method: string;
  path: string;
  clientId: string;
  time: string;
  body: string;
  signature: string;
  header: string;
  signedWith: string;
}

/** The test-only keys and vectors produced with Antom's Python SDK (copied from shared/vectors). */
export const signatureVectors = JSON.parse(
  readFileSync(new URL('./signature-vectors.json', import.meta.url), 'utf8'),
) as {
  keys: { merchantPrivateKey: string; merchantPublicKey: string; antomPrivateKey: string; antomPublicKey: string };
  vectors: SignatureVector[];
};

/** The vectors' merchant, as a registered sandbox merchant. */
export const vectorMerchant = {
  clientId: 'SANDBOX_5Y0566SG25J004124',
  privateKey: signatureVectors.keys.merchantPrivateKey,
  publicKey: signatureVectors.keys.merchantPublicKey,
};
