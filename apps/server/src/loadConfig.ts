import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRsaPrivateKey, parseRsaPublicKey } from '@batchpay/core/signature';
import { antomEndpoints } from '@batchpay/server';
import type { AntomTarget, DemoConfig } from './DemoConfig';

/** The repository root (apps/server/src → ../../..): relative paths in the configuration resolve against it. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const defaultPaymentMethods = [
  'ALIPAY_CN',
  'KAKAOPAY',
  'GCASH',
  'DANA',
  'TNG',
  'TRUEMONEY',
  'ALIPAY_HK',
  'NAVERPAY',
];

function url(env: Record<string, string | undefined>, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  if (!URL.canParse(value))
    throw new Error(`${name} is "${value}", which is not a URL: set it like http://127.0.0.1:8788`);
  return value.replace(/\/+$/, '');
}

function path(env: Record<string, string | undefined>, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  return isAbsolute(value) ? value : resolve(repoRoot, value);
}

function int(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} is "${raw}": use a whole number from ${min} to ${max}.`);
  }
  return value;
}

function parseSwitch(env: Record<string, string | undefined>, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw || raw === 'on' || raw === '1') return true;
  if (raw === 'off' || raw === '0') return false;
  throw new Error(`${name} is "${env[name]}": use on or off.`);
}

/**
 * A key from the environment: a PEM file's text (a .env file or a secret manager often keeps its line breaks as
 * literal `\n`), or Base64. Parsed here, so a key that cannot be used stops the start with the variable, the format
 * found and the fix.
 */
function key(env: Record<string, string | undefined>, name: string, kind: 'private' | 'public'): string {
  const text = (env[name] ?? '').trim().replace(/(?:\\r)?\\n/g, '\n');
  if (kind === 'private') parseRsaPrivateKey(text, name);
  else parseRsaPublicKey(text, name);
  return text;
}

/** ANTOM_* for Antom itself: all of them or none (the sandbox); ANTOM_REGION or ANTOM_BASE_URL. */
function antomTarget(env: Record<string, string | undefined>): AntomTarget | undefined {
  const set = (name: string) => Boolean(env[name]?.trim());
  const required = ['ANTOM_CLIENT_ID', 'ANTOM_PRIVATE_KEY', 'ANTOM_PUBLIC_KEY'] as const;
  const endpoint = ['ANTOM_REGION', 'ANTOM_BASE_URL'] as const;
  const any = [...required, ...endpoint, 'ANTOM_MERCHANT_PUBLIC_KEY'].some(set);
  if (!any) return undefined;
  const missing: string[] = required.filter((name) => !set(name));
  if (!endpoint.some(set)) missing.push('ANTOM_REGION (or ANTOM_BASE_URL)');
  if (missing.length > 0) {
    throw new Error(
      `To talk to Antom set all of ANTOM_CLIENT_ID, ANTOM_PRIVATE_KEY, ANTOM_PUBLIC_KEY and ANTOM_REGION (or ANTOM_BASE_URL); missing: ${missing.join(', ')}. Unset them all to use the sandbox.`,
    );
  }
  let baseUrl: string;
  const region = env.ANTOM_REGION?.trim();
  if (region) {
    if (set('ANTOM_BASE_URL')) {
      throw new Error(
        `ANTOM_REGION (${region}) and ANTOM_BASE_URL (${env.ANTOM_BASE_URL?.trim()}) are both set: keep one.`,
      );
    }
    const host = (antomEndpoints as Record<string, string | undefined>)[region];
    if (!host) {
      throw new Error(`ANTOM_REGION is "${region}": use one of ${Object.keys(antomEndpoints).join(', ')}.`);
    }
    baseUrl = host;
  } else {
    baseUrl = url(env, 'ANTOM_BASE_URL', '');
  }
  return {
    kind: 'antom',
    clientId: env.ANTOM_CLIENT_ID?.trim() ?? '',
    privateKey: key(env, 'ANTOM_PRIVATE_KEY', 'private'),
    antomPublicKey: key(env, 'ANTOM_PUBLIC_KEY', 'public'),
    merchantPublicKey: set('ANTOM_MERCHANT_PUBLIC_KEY') ? key(env, 'ANTOM_MERCHANT_PUBLIC_KEY', 'public') : undefined,
    baseUrl,
  };
}

/** Reads the demo backend's configuration from environment variables; every error names the variable and the fix. */
export function loadConfig(env: Record<string, string | undefined> = process.env): DemoConfig {
  const port = int(env, 'PORT', 8788, 0, 65535);
  const host = env.HOST?.trim() || '127.0.0.1';
  const demoOrigin = url(env, 'DEMO_ORIGIN', 'http://127.0.0.1:5173');
  if (new URL(demoOrigin).origin !== demoOrigin) {
    throw new Error(
      `DEMO_ORIGIN is "${demoOrigin}": give an origin only (scheme, host, port), such as http://127.0.0.1:5173`,
    );
  }
  const antom = antomTarget(env);
  const methods = (env.PAYMENT_METHODS?.trim() ? env.PAYMENT_METHODS.split(',') : defaultPaymentMethods)
    .map((m) => m.trim())
    .filter(Boolean);
  const bad = methods.find((m) => !/^[A-Z0-9_]{2,64}$/.test(m));
  if (bad || methods.length === 0) {
    throw new Error(
      `PAYMENT_METHODS has "${bad ?? ''}": list paymentMethodType codes separated by commas, such as ALIPAY_CN,KAKAOPAY`,
    );
  }
  const headersTimeoutMs = int(env, 'HEADERS_TIMEOUT_MS', 10_000, 100, 600_000);
  const requestTimeoutMs = int(env, 'REQUEST_TIMEOUT_MS', 30_000, 100, 600_000);
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new Error(
      `HEADERS_TIMEOUT_MS (${headersTimeoutMs}) is above REQUEST_TIMEOUT_MS (${requestTimeoutMs}): the headers are part of the request, so make it at most that.`,
    );
  }
  return {
    host,
    port,
    demoOrigin,
    publicUrl: url(env, 'PUBLIC_URL', `http://127.0.0.1:${port}`),
    returnUrl: url(env, 'RETURN_URL', `${demoOrigin}/result`),
    dataDir: path(env, 'DATA_DIR', 'data'),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    paymentMethods: methods,
    inquiryAfterMs: int(env, 'INQUIRY_AFTER_MS', 5_000, 0, 3_600_000),
    paymentExpiryMs: env.PAYMENT_EXPIRY_SECONDS?.trim()
      ? int(env, 'PAYMENT_EXPIRY_SECONDS', 0, 1, 599) * 1000
      : undefined,
    antom,
    sandboxUrl: url(env, 'SANDBOX_URL', 'http://127.0.0.1:8787'),
    sandboxDataDir: path(env, 'SANDBOX_DATA_DIR', '.sandbox'),
    sandboxAutostart: env.SANDBOX_AUTOSTART?.trim() !== '0',
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: int(env, 'KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 600_000),
    trustProxyHeader: env.TRUST_PROXY_HEADER?.trim() || undefined,
    rateLimit: parseSwitch(env, 'RATE_LIMIT'),
  };
}
