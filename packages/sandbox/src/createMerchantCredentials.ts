import { generateKeyPair } from '@batchpay/core/signature';
import { newClientId } from './randomIds.js';

/** A new client id (SANDBOX_ + 17 capitals or digits) and an RSA key pair, for tests and the CLI. */
export async function createMerchantCredentials(
  prefix = 'SANDBOX_',
): Promise<{ clientId: string; privateKey: string; publicKey: string }> {
  const keys = await generateKeyPair();
  return { clientId: newClientId(prefix), ...keys };
}
