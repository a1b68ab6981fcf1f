import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateKeyPair } from '@batchpay/core/signature';
import { createMerchantCredentials } from './createMerchantCredentials.js';
import { createSqliteStorage } from './createSqliteStorage.js';
import { importJsonState } from './importJsonState.js';
import { type NotifyShape, notifyShapes } from './NotifyShape.js';
import { type SandboxServer, type SandboxServerTimeouts, startSandboxServer } from './startSandboxServer.js';
import { type KeyPemFiles, writeKeyPemFiles } from './writeKeyPemFiles.js';

export interface SandboxCliOptions {
  port: number;
  host: string;
  dataDir: string;
  publicUrl?: string;
  rateLimit?: { requests: number; perMs: number };
  notifyTimeScale: number;
  /** Web origins whose pages may call the control API; default: the demo's Vite origin. */
  corsOrigins?: string[] | undefined;
  /** Hosts besides loopback that notifications may be posted to. */
  notifyAllowHosts?: string[] | undefined;
  /** Limits on slow clients (default 10 s for headers, 30 s for the whole request, 5 s keep-alive). */
  timeouts?: Partial<SandboxServerTimeouts> | undefined;
  /** `batch` (default) or `payment` (Antom's per-payment notifyPayment, one per order). */
  notifyShape?: NotifyShape | undefined;
  /** The keyVersion signatures must carry (default 1). */
  keyVersion?: number | undefined;
}

/** What `<data-dir>/merchant.json` holds: everything a merchant server needs to talk to this sandbox. */
export interface MerchantFile {
  clientId: string;
  merchantPrivateKey: string;
  merchantPublicKey: string;
  sandboxPublicKey: string;
  baseUrl: string;
  /** The same keys as PEM files (one PKCS#1), for Antom's own SDKs; written on every start. */
  pemFiles?: KeyPemFiles;
}

export const cliUsage = `Usage: batchpay-sandbox [--port 8787] [--host 127.0.0.1] [--data-dir .sandbox] [--public-url URL]
                        [--rate-limit 100/1000] [--notify-time-scale 1]
                        [--cors-origin http://127.0.0.1:5173] [--notify-allow shop.example]
                        [--headers-timeout 10000] [--request-timeout 30000] [--keep-alive-timeout 5000]
                        [--notify-shape batch|payment] [--key-version 1]
  --port               port to listen on (0 = a free port)             default 8787
  --host               interface to listen on                          default 127.0.0.1
  --data-dir           where keys, merchant.json and state.sqlite live default .sandbox
  --public-url         the URL buyers' browsers reach the sandbox at   default http://<host>:<port>
  --rate-limit N/MS    REQUEST_TRAFFIC_EXCEED_LIMIT beyond N requests per MS ms per client ("off" = none)
                                                                       default 100/1000
  --notify-time-scale  1 = the documented redelivery schedule; 0.01 = a hundred times faster
  --cors-origin URLS   web origins (comma-separated, repeatable) whose pages may call /sandbox/* from a browser
                                                                       default http://127.0.0.1:5173,http://localhost:5173
  --notify-allow HOSTS hosts (comma-separated, repeatable) besides loopback that notifications may be sent to
                                                                       default none (loopback only)
  --headers-timeout MS 408 when a client's headers take longer         default 10000
  --request-timeout MS 408 when a whole request (body too) takes longer default 30000
  --keep-alive-timeout MS  idle connections close after               default 5000
  --notify-shape       batch: one notification per batch; payment: Antom's per-payment notifyPayment, one per order
                                                                       default batch
  --key-version N      the keyVersion every signature header must carry default 1`;

function listOf(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Parses the CLI's arguments; throws an Error whose message names the bad flag and the fix. */
export function parseCliArgs(argv: readonly string[]): SandboxCliOptions {
  const options: SandboxCliOptions = {
    port: 8787,
    host: '127.0.0.1',
    dataDir: '.sandbox',
    rateLimit: { requests: 100, perMs: 1000 },
    notifyTimeScale: 1,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const [name, inline] = flag.includes('=')
      ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)]
      : [flag, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${name} needs a value.\n${cliUsage}`);
      return v;
    };
    switch (name) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new Error('--port must be a number from 0 to 65535.');
        options.port = port;
        break;
      }
      case '--host':
        options.host = value();
        break;
      case '--data-dir':
        options.dataDir = value();
        break;
      case '--public-url': {
        const url = value();
        if (!/^https?:\/\/[^/]+/.test(url))
          throw new Error('--public-url must be an http(s) URL such as http://localhost:8787.');
        options.publicUrl = url.replace(/\/+$/, '');
        break;
      }
      case '--rate-limit': {
        const text = value();
        if (text === 'off') {
          delete options.rateLimit;
          break;
        }
        const match = /^(\d+)\/(\d+)$/.exec(text);
        if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
          throw new Error('--rate-limit must be N/MS such as 100/1000 (100 requests per second), or "off".');
        }
        options.rateLimit = { requests: Number(match[1]), perMs: Number(match[2]) };
        break;
      }
      case '--notify-time-scale': {
        const scale = Number(value());
        if (!(scale > 0)) throw new Error('--notify-time-scale must be a positive number such as 1 or 0.01.');
        options.notifyTimeScale = scale;
        break;
      }
      case '--cors-origin': {
        for (const origin of listOf(value())) {
          let parsed: URL | undefined;
          try {
            parsed = new URL(origin);
          } catch {
            parsed = undefined;
          }
          if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
            throw new Error(
              `--cors-origin ${origin} is not an origin: give scheme, host and port only, such as http://127.0.0.1:5173.`,
            );
          }
          options.corsOrigins = [...(options.corsOrigins ?? []), origin];
        }
        break;
      }
      case '--notify-allow': {
        for (const host of listOf(value())) {
          if (!/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/.test(host)) {
            throw new Error(
              `--notify-allow ${host} is not a host name: give a host such as shop.example (no scheme, no port).`,
            );
          }
          options.notifyAllowHosts = [...(options.notifyAllowHosts ?? []), host.replace(/^\[|\]$/g, '')];
        }
        break;
      }
      case '--headers-timeout':
      case '--request-timeout':
      case '--keep-alive-timeout': {
        const ms = Number(value());
        if (!Number.isInteger(ms) || ms < 1) {
          throw new Error(`${name} must be a whole number of milliseconds, such as 10000.`);
        }
        const key =
          name === '--headers-timeout' ? 'headersMs' : name === '--request-timeout' ? 'requestMs' : 'keepAliveMs';
        options.timeouts = { ...options.timeouts, [key]: ms };
        break;
      }
      case '--notify-shape': {
        const shape = value();
        if (!notifyShapes.includes(shape as NotifyShape)) {
          throw new Error(`--notify-shape must be batch or payment, not ${shape}.`);
        }
        options.notifyShape = shape as NotifyShape;
        break;
      }
      case '--key-version': {
        const version = Number(value());
        if (!Number.isInteger(version) || version < 1)
          throw new Error('--key-version must be a whole number such as 1.');
        options.keyVersion = version;
        break;
      }
      case '--help':
      case '-h':
        throw new Error(cliUsage);
      default:
        throw new Error(`Unknown option ${name}.\n${cliUsage}`);
    }
  }
  return options;
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${file} could not be read (${(error as Error).message}): fix or delete it.`);
  }
}

/**
 * Starts the sandbox for the demo: keys and one merchant are generated into the data dir on the first start and
 * reused after; `merchant.json` tells a merchant server how to reach and trust this sandbox.
 */
export async function startSandboxCli(options: SandboxCliOptions): Promise<SandboxServer & { merchantFile: string }> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const keysFile = join(dataDir, 'sandbox-keys.json');
  const merchantFile = join(dataDir, 'merchant.json');
  let keys = await readJson<{ privateKey: string; publicKey: string }>(keysFile);
  if (!keys) {
    keys = await generateKeyPair();
    await writeFile(keysFile, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  }
  let merchant = await readJson<MerchantFile>(merchantFile);
  if (!merchant) {
    const credentials = await createMerchantCredentials();
    merchant = {
      clientId: credentials.clientId,
      merchantPrivateKey: credentials.privateKey,
      merchantPublicKey: credentials.publicKey,
      sandboxPublicKey: keys.publicKey,
      baseUrl: '',
    };
  }
  const storage = createSqliteStorage(join(dataDir, 'state.sqlite'));
  let server: SandboxServer;
  try {
    importJsonState(join(dataDir, 'state.json'), storage);
    server = await startSandboxServer({
      port: options.port,
      host: options.host,
      keys,
      merchants: [{ clientId: merchant.clientId, publicKey: merchant.merchantPublicKey }],
      notifyTimeScale: options.notifyTimeScale,
      storage,
      ...(options.publicUrl ? { publicBaseUrl: options.publicUrl } : {}),
      ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
      corsOrigins: options.corsOrigins,
      notifyAllowHosts: options.notifyAllowHosts,
      timeouts: options.timeouts,
      notifyShape: options.notifyShape,
      keyVersion: options.keyVersion,
    });
  } catch (error) {
    storage.close();
    throw error;
  }
  const pemFiles = await writeKeyPemFiles(dataDir, { ...merchant, sandboxPublicKey: keys.publicKey });
  const updated: MerchantFile = {
    ...merchant,
    sandboxPublicKey: keys.publicKey,
    baseUrl: options.publicUrl ?? server.url,
    pemFiles,
  };
  await writeFile(merchantFile, `${JSON.stringify(updated, null, 2)}\n`, { mode: 0o600 });
  return { ...server, merchantFile };
}
