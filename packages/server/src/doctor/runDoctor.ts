import { parseRsaPrivateKey, parseRsaPublicKey, RsaKeyError, rsaKeysMatch } from '@batchpay/core/signature';
import { antomEndpoints } from '../antom/antomEndpoints.js';

/** One item of the go-live check: ok, or what to fix. */
export interface DoctorFinding {
  item: string;
  ok: boolean;
  /** What was found (ok) or the fix (not ok). */
  detail: string;
}

export interface DoctorOptions {
  /** The environment `apps/server` reads (ANTOM_*, PUBLIC_URL, RETURN_URL, DATABASE_URL, …). */
  env: Record<string, string | undefined>;
  /** Probes the running server and the notify URL; off with `--no-probe`. Default: the global `fetch`. */
  fetch?: typeof fetch | undefined;
  /** Reads the durability settings of the configured database (see `storageDurability`). */
  storageDurability?: (() => Promise<DoctorFinding>) | undefined;
  /** How long each probe may take. Default 5 s. */
  probeTimeoutMs?: number | undefined;
}

const knownHosts = new Set(Object.values(antomEndpoints).map((url) => new URL(url).hostname));

/** A host that no one on the internet can reach: loopback, private ranges, link-local, `.local`, `.internal`. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) {
    return true;
  }
  if (host.includes(':')) {
    return host === '::1' || host === '::' || /^(fc|fd|fe8|fe9|fea|feb)/.test(host) || host.startsWith('::ffff:');
  }
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (!v4) return false;
  const [a, b] = [Number(v4[1]), Number(v4[2])];
  return (
    a === 127 ||
    a === 10 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

function value(env: DoctorOptions['env'], name: string): string | undefined {
  const v = env[name]?.trim();
  return v === '' ? undefined : v;
}

function publicHttps(name: string, raw: string | undefined, purpose: string): DoctorFinding {
  if (!raw) return { item: name, ok: false, detail: `is not set: set it to the public https URL ${purpose}` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return {
      item: name,
      ok: false,
      detail: `is "${raw}", which is not a URL: set it to the public https URL ${purpose}`,
    };
  }
  if (url.protocol !== 'https:') {
    return { item: name, ok: false, detail: `is ${url.origin}: not live, use https (Antom and wallets need it)` };
  }
  if (isPrivateHost(url.hostname)) {
    return { item: name, ok: false, detail: `points at ${url.hostname}, which the internet cannot reach: not live` };
  }
  return { item: name, ok: true, detail: url.href };
}

async function probe(
  fetcher: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<{ status: number; headers: Headers } | { error: string }> {
  try {
    const answer = await fetcher(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await answer.body?.cancel();
    return { status: answer.status, headers: answer.headers };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** A key variable as apps/server reads it: a PEM file's text may be on one line with literal `\n` sequences. */
function keyValue(env: DoctorOptions['env'], name: string): string | undefined {
  return value(env, name)?.replace(/(?:\\r)?\\n/g, '\n');
}

async function keyFindings(env: DoctorOptions['env']): Promise<DoctorFinding[]> {
  const findings: DoctorFinding[] = [];
  const privateKey = keyValue(env, 'ANTOM_PRIVATE_KEY');
  const antomKey = keyValue(env, 'ANTOM_PUBLIC_KEY');
  const ownPublic = keyValue(env, 'ANTOM_MERCHANT_PUBLIC_KEY');
  let parsedPrivate: string | undefined;
  let parsedAntom: string | undefined;
  for (const [name, text, parse] of [
    ['ANTOM_PRIVATE_KEY', privateKey, parseRsaPrivateKey],
    ['ANTOM_PUBLIC_KEY', antomKey, parseRsaPublicKey],
  ] as const) {
    if (!text) {
      findings.push({
        item: name,
        ok: false,
        detail: `is not set: the server talks to the offline sandbox, not to Antom (${name === 'ANTOM_PRIVATE_KEY' ? 'your private key' : "Antom's public key from the Dashboard"})`,
      });
      continue;
    }
    try {
      const parsed = parse(text, name);
      if (name === 'ANTOM_PRIVATE_KEY') parsedPrivate = parsed.der;
      else parsedAntom = parsed.der;
      findings.push({ item: name, ok: true, detail: `parses (${parsed.format})` });
    } catch (error) {
      findings.push({
        item: name,
        ok: false,
        detail: error instanceof RsaKeyError ? error.message.slice(name.length + 1) : String(error),
      });
    }
  }
  if (parsedPrivate && parsedAntom && (await rsaKeysMatch(parsedPrivate, parsedAntom))) {
    findings.push({
      item: 'ANTOM_PUBLIC_KEY',
      ok: false,
      detail: "is the public key of your own private key, not Antom's: copy Antom's public key from the Dashboard",
    });
  }
  if (parsedPrivate && ownPublic) {
    try {
      const matches = await rsaKeysMatch(parsedPrivate, parseRsaPublicKey(ownPublic, 'ANTOM_MERCHANT_PUBLIC_KEY').der);
      findings.push(
        matches
          ? { item: 'key pair', ok: true, detail: 'ANTOM_PRIVATE_KEY matches ANTOM_MERCHANT_PUBLIC_KEY' }
          : {
              item: 'key pair',
              ok: false,
              detail:
                'ANTOM_PRIVATE_KEY does not match ANTOM_MERCHANT_PUBLIC_KEY: Antom would refuse every request (INVALID_SIGNATURE); upload the public key of this private key, or use the private key of the uploaded one',
            },
      );
    } catch (error) {
      findings.push({
        item: 'ANTOM_MERCHANT_PUBLIC_KEY',
        ok: false,
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  } else if (parsedPrivate) {
    findings.push({
      item: 'key pair',
      ok: true,
      detail: 'not checked: set ANTOM_MERCHANT_PUBLIC_KEY (the public key you uploaded to Antom) to check it matches',
    });
  }
  return findings;
}

function clientIdFinding(env: DoctorOptions['env']): DoctorFinding {
  const clientId = value(env, 'ANTOM_CLIENT_ID');
  if (!clientId)
    return { item: 'ANTOM_CLIENT_ID', ok: false, detail: 'is not set: the server uses the offline sandbox' };
  if (!/^[A-Za-z0-9_]{1,64}$/.test(clientId)) {
    return {
      item: 'ANTOM_CLIENT_ID',
      ok: false,
      detail: `is "${clientId}": copy the client id from Antom's Dashboard`,
    };
  }
  if (clientId.startsWith('SANDBOX_')) {
    return {
      item: 'ANTOM_CLIENT_ID',
      ok: false,
      detail: `is ${clientId}, a sandbox client id: not live; use the live client id from Antom's Dashboard`,
    };
  }
  return { item: 'ANTOM_CLIENT_ID', ok: true, detail: `${clientId} (live)` };
}

function baseUrlFinding(env: DoctorOptions['env']): DoctorFinding {
  const raw = value(env, 'ANTOM_BASE_URL');
  const region = value(env, 'ANTOM_REGION');
  if (!raw && region) {
    const url = antomEndpoints[region as keyof typeof antomEndpoints];
    return url
      ? { item: 'ANTOM_REGION', ok: true, detail: `${region} → ${url}` }
      : {
          item: 'ANTOM_REGION',
          ok: false,
          detail: `is "${region}": use one of ${Object.keys(antomEndpoints).join(', ')}`,
        };
  }
  if (!raw) return { item: 'ANTOM_BASE_URL', ok: false, detail: 'is not set: set ANTOM_REGION or ANTOM_BASE_URL' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { item: 'ANTOM_BASE_URL', ok: false, detail: `is "${raw}", which is not a URL` };
  }
  if (url.protocol !== 'https:')
    return { item: 'ANTOM_BASE_URL', ok: false, detail: `is ${url.origin}: not live, Antom is https` };
  if (!knownHosts.has(url.hostname)) {
    return {
      item: 'ANTOM_BASE_URL',
      ok: false,
      detail: `is ${url.hostname}, not one of Antom's hosts (${[...knownHosts].join(', ')})`,
    };
  }
  return { item: 'ANTOM_BASE_URL', ok: true, detail: url.origin };
}

/**
 * The go-live check: every item ok, or the fix. Reads the environment `apps/server` reads and probes the running
 * server at PUBLIC_URL (its notify URL must refuse unsigned messages, its carts must not be open to anyone, it must
 * rate-limit).
 */
export async function runDoctor(options: DoctorOptions): Promise<DoctorFinding[]> {
  const { env } = options;
  const timeoutMs = options.probeTimeoutMs ?? 5000;
  const findings: DoctorFinding[] = [clientIdFinding(env), ...(await keyFindings(env)), baseUrlFinding(env)];

  const publicUrl = value(env, 'PUBLIC_URL');
  const notifyUrl =
    value(env, 'NOTIFY_URL') ?? (publicUrl ? `${publicUrl.replace(/\/+$/, '')}/api/antom/notify` : undefined);
  const notify = publicHttps(
    'notify URL',
    notifyUrl,
    'where Antom posts notifyPayment (PUBLIC_URL + /api/antom/notify)',
  );
  findings.push(notify);
  findings.push(
    publicHttps('RETURN_URL', value(env, 'RETURN_URL'), 'of your result page, where wallets return the buyer'),
  );

  const fetcher = options.fetch;
  if (fetcher && notifyUrl && URL.canParse(notifyUrl)) {
    const get = await probe(fetcher, notifyUrl, { method: 'GET' }, timeoutMs);
    const post = await probe(
      fetcher,
      notifyUrl,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"notifyType":"PAYMENT_RESULT"}' },
      timeoutMs,
    );
    const refuses = 'status' in get && 'status' in post && [401, 405].includes(get.status) && post.status === 401;
    findings.push({
      item: 'notify URL refuses unsigned messages',
      ok: refuses,
      detail: refuses
        ? `GET ${'status' in get ? get.status : ''}, unsigned POST ${'status' in post ? post.status : ''}`
        : `expected GET 405/401 and an unsigned POST 401; got GET ${'status' in get ? get.status : get.error}, POST ${'status' in post ? post.status : post.error}: mount createBatchPayHandler at this URL, unchanged by proxies`,
    });
    const base = notifyUrl.replace(/\/antom\/notify$/, '');
    const cart = await probe(fetcher, `${base}/carts/batchpay-doctor-probe`, { method: 'GET' }, timeoutMs);
    const guarded = 'status' in cart && (cart.status === 401 || cart.status === 403);
    findings.push({
      item: 'authorize hook',
      ok: guarded,
      detail: guarded
        ? `a cart read without a session gets ${'status' in cart ? cart.status : ''}`
        : `a cart read without a session got ${'status' in cart ? cart.status : cart.error}: pass authorize to createBatchPayHandler so that only the buyer's session reads its cart and checkouts`,
    });
    // The status route is rate-limited (it may ask Antom); createBatchPayHandler sends its RateLimit-Policy on
    // every answer of it, a 403 or 404 included, so this probe reads no checkout and spends no Antom quota.
    const status = await probe(fetcher, `${base}/checkouts/batchpay-doctor-probe`, { method: 'GET' }, timeoutMs);
    const policy = 'status' in status ? status.headers.get('ratelimit-policy') : null;
    findings.push({
      item: 'rate limit',
      ok: policy !== null,
      detail:
        policy !== null
          ? `RateLimit-Policy: ${policy}`
          : `GET /checkouts/:id answered ${'status' in status ? status.status : status.error} without a RateLimit-Policy header: keep createBatchPayHandler's rateLimit on (do not pass rateLimit: false), or anyone can spend your Antom quota`,
    });
  } else if (!fetcher) {
    findings.push({
      item: 'probes',
      ok: true,
      detail: 'skipped (--no-probe): notify URL, authorize hook and rate limit not checked',
    });
  }

  if (options.storageDurability) findings.push(await options.storageDurability());
  return findings;
}

/** The report as lines: `ok   item: detail` / `FIX  item: detail`, and whether every item is ok. */
export function formatDoctorReport(findings: readonly DoctorFinding[]): { text: string; ok: boolean } {
  const width = Math.max(...findings.map((f) => f.item.length));
  const lines = findings.map((f) => `${f.ok ? 'ok ' : 'FIX'}  ${f.item.padEnd(width)}  ${f.detail}`);
  const failed = findings.filter((f) => !f.ok).length;
  lines.push('', failed === 0 ? 'ready to go live' : `${failed} item(s) to fix before going live`);
  return { text: lines.join('\n'), ok: failed === 0 };
}
