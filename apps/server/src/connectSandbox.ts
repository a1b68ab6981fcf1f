import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type MerchantFile, type SandboxServer, startSandboxCli } from '@batchpay/sandbox';
import type { AntomTarget, DemoConfig } from './DemoConfig';

async function readMerchantFile(file: string): Promise<MerchantFile | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<MerchantFile>;
    if (!parsed.clientId || !parsed.merchantPrivateKey || !parsed.sandboxPublicKey) {
      throw new Error(
        `${file} lacks clientId, merchantPrivateKey or sandboxPublicKey: delete it and start the sandbox again.`,
      );
    }
    return parsed as MerchantFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/sandbox`, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Finds the local sandbox: when one answers at SANDBOX_URL and `merchant.json` exists, connects with the keys it
 * wrote; otherwise (unless SANDBOX_AUTOSTART=0) starts one in this process on SANDBOX_URL's port, which writes them.
 */
export async function connectSandbox(
  config: DemoConfig,
  log: (line: string) => void,
): Promise<{ target: AntomTarget; started: SandboxServer | undefined }> {
  const file = join(config.sandboxDataDir, 'merchant.json');
  let started: SandboxServer | undefined;
  let merchant = await readMerchantFile(file);
  if (!merchant || !(await answers(config.sandboxUrl))) {
    if (!config.sandboxAutostart) {
      throw new Error(
        `No sandbox answers at ${config.sandboxUrl} (or ${file} is missing): run \`pnpm --filter @batchpay/sandbox exec batchpay-sandbox --port 8787 --data-dir .sandbox\`, or set ANTOM_* to use Antom.`,
      );
    }
    const at = new URL(config.sandboxUrl);
    started = await startSandboxCli({
      port: Number(at.port || 80),
      host: at.hostname,
      dataDir: config.sandboxDataDir,
      notifyTimeScale: 1,
      rateLimit: { requests: 100, perMs: 1_000 },
    });
    log(`sandbox started in-process at ${started.url} (data in ${config.sandboxDataDir})`);
    merchant = await readMerchantFile(file);
    if (!merchant) throw new Error(`The sandbox did not write ${file}.`);
  } else {
    log(`sandbox found at ${config.sandboxUrl} (keys from ${file})`);
  }
  return {
    target: {
      kind: 'sandbox',
      clientId: merchant.clientId,
      privateKey: merchant.merchantPrivateKey,
      antomPublicKey: merchant.sandboxPublicKey,
      baseUrl: config.sandboxUrl,
    },
    started,
  };
}
