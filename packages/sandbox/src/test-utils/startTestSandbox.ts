import { vectorMerchant } from '../../../../fixtures/signatureVectors.js';
import { createMerchantCredentials } from '../createMerchantCredentials.js';
import { type SandboxServer, type StartSandboxServerOptions, startSandboxServer } from '../startSandboxServer.js';
import type { Merchant } from './gatewayClient.js';

export interface TestSandbox {
  server: SandboxServer;
  /** A merchant with freshly generated keys. */
  merchant: Merchant;
  /** The signature vectors' merchant (keys from Antom's SDK run). */
  vectorMerchant: Merchant;
  close(): Promise<void>;
}

/** A real sandbox server on 127.0.0.1 with two registered merchants. */
export async function startTestSandbox(options: StartSandboxServerOptions = {}): Promise<TestSandbox> {
  const merchant = await createMerchantCredentials();
  const server = await startSandboxServer({
    notifyTimeScale: 0.001,
    ...options,
    merchants: [merchant, vectorMerchant, ...(options.merchants ?? [])],
  });
  return { server, merchant, vectorMerchant, close: () => server.close() };
}
