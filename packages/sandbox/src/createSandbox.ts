import { generateKeyPair } from '@batchpay/core/signature';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { errorAnswer } from './answerFor.js';
import { handleBatchPay } from './handleBatchPay.js';
import { actOnCashier, showApplink, showCashier } from './handleCashier.js';
import { handleInquiryPayment } from './handleInquiryPayment.js';
import { magicAmounts } from './magicAmounts.js';
import type { NotificationDelivery } from './NotificationDelivery.js';
import type { NotifyShape } from './NotifyShape.js';
import { SandboxEngine } from './SandboxEngine.js';
import { parseScenario, type SandboxScenario } from './SandboxScenario.js';
import type { SandboxStorage } from './SandboxStorage.js';

export interface CreateSandboxOptions {
  /** The URL buyers' browsers reach the sandbox at (for normalUrl etc.); default: the origin of each request. */
  publicBaseUrl?: string;
  /** The sandbox's ("Antom's") key pair, base64 PKCS#8 / SPKI; generated when absent. */
  keys?: { privateKey: string; publicKey: string };
  /** Merchants allowed to call: client id → their public key (base64 SPKI). */
  merchants?: Array<{ clientId: string; publicKey: string }>;
  /** 1 = the documented schedule (0 s, 2 min, 10 min, 10 min, 1 h, 2 h, 6 h, 15 h); 0.001 in tests. */
  notifyTimeScale?: number;
  /** REQUEST_TRAFFIC_EXCEED_LIMIT per client beyond this rate; no limit when absent. */
  rateLimit?: { requests: number; perMs: number };
  /** The gateway clock (payment times, expiry, request-time checks). */
  now?: () => Date;
  /** Used for notifications (defaults to global fetch). */
  fetch?: typeof fetch;
  /** How far `request-time` may be from the gateway clock (default 5 minutes). */
  maxRequestTimeSkewMs?: number;
  /** Where batches, merchants and the delivery log are kept between runs (the CLI passes `createSqliteStorage`). */
  storage?: SandboxStorage;
  /**
   * Web origins whose pages may call the control API (`/sandbox`, `/sandbox/scenarios`, `/sandbox/batches/…`) from a
   * browser: CORS answers only these, and a state-changing call from any other origin is refused with 403.
   * Default: the demo's Vite origin ({@link defaultCorsOrigins}). CLI: `--cors-origin`.
   */
  corsOrigins?: readonly string[] | undefined;
  /**
   * Hosts besides loopback (localhost, 127.0.0.0/8, [::1]) that notifications may be posted to; default none, so a
   * merchant cannot make the sandbox call internal addresses. CLI: `--notify-allow`.
   */
  notifyAllowHosts?: readonly string[] | undefined;
  /** `batch` (default): one notification per batch; `payment`: Antom's per-payment notifyPayment, one per order. */
  notifyShape?: NotifyShape | undefined;
  /** The `keyVersion` every signature header must carry (default 1), as Antom checks it. CLI: `--key-version`. */
  keyVersion?: number | undefined;
}

/** The demo shop's Vite dev server (apps/demo, `npm start`): the only web origin the control API answers by default. */
export const defaultCorsOrigins: readonly string[] = ['http://127.0.0.1:5173', 'http://localhost:5173'];

export interface Sandbox {
  /** The Web-standard handler: every gateway, cashier and control endpoint. */
  fetch(request: Request): Promise<Response>;
  /** The sandbox's ("Antom's") public key, base64 SPKI: what a merchant verifies answers and notifications with. */
  publicKey: string;
  /**
   * Registers a merchant; the same key again is fine (a restarted merchant server). Throws when the client id is
   * already registered with another key: a merchant id cannot be taken over.
   */
  registerMerchant(merchant: { clientId: string; publicKey: string }): void;
  /** Same as `POST /sandbox/scenarios`; throws with the reason when the scenario is malformed. */
  setScenario(scenario: SandboxScenario): void;
  /** Same as `DELETE /sandbox/scenarios`. */
  clearScenarios(): void;
  /** The notification delivery log, oldest first. */
  notifications(): NotificationDelivery[];
  /** Stops expiry and redelivery timers, waits for deliveries in flight and closes the storage. */
  close(): Promise<void>;
}

const gatewayPaths = {
  batchPay: ['/ams/api/v1/payments/batchPay', '/ams/sandbox/api/v1/payments/batchPay'],
  inquiryPayment: ['/ams/api/v1/payments/inquiryPayment', '/ams/sandbox/api/v1/payments/inquiryPayment'],
};

/** An offline Antom gateway that keeps the batchPay contract, as a Web-standard `fetch` handler. */
export async function createSandbox(options: CreateSandboxOptions = {}): Promise<Sandbox> {
  const keys = options.keys ?? (await generateKeyPair());
  const engine = new SandboxEngine({
    keys,
    publicBaseUrl: options.publicBaseUrl,
    now: options.now ?? (() => new Date()),
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    notifyTimeScale: options.notifyTimeScale ?? 1,
    rateLimit: options.rateLimit,
    maxRequestTimeSkewMs: options.maxRequestTimeSkewMs ?? 5 * 60_000,
    maxBodyBytes: 1024 * 1024,
    storage: options.storage,
    notifyAllowHosts: options.notifyAllowHosts ?? [],
    notifyShape: options.notifyShape ?? 'batch',
    keyVersion: String(options.keyVersion ?? 1),
  });
  await engine.restore();
  const register = (m: { clientId: string; publicKey: string }) => {
    if (engine.registerMerchant(m.clientId, m.publicKey) === 'conflict') {
      throw new Error(
        `Merchant ${m.clientId} is already registered with another public key: use another clientId, or the key it was registered with.`,
      );
    }
  };
  for (const m of options.merchants ?? []) register(m);

  const corsOrigins = [...(options.corsOrigins ?? defaultCorsOrigins)];
  const app = new Hono();
  // The control API is for the developer's own tools: no other web page may read it or change it.
  app.use('/sandbox/*', async (c, next) => {
    if (c.req.path.startsWith('/sandbox/cashier/') || c.req.path.startsWith('/sandbox/applink/')) return next();
    const origin = c.req.header('origin');
    const changes = c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS';
    if (changes && origin !== undefined && !corsOrigins.includes(origin)) {
      return c.json(
        {
          error: `Pages of ${origin} may not call the sandbox's control API: start the sandbox with --cors-origin ${origin} (createSandbox option corsOrigins) if that is your shop.`,
        },
        403,
      );
    }
    return cors({ origin: corsOrigins })(c, next);
  });

  for (const path of gatewayPaths.batchPay) app.post(path, (c) => handleBatchPay(engine, c.req.raw));
  for (const path of gatewayPaths.inquiryPayment) app.post(path, (c) => handleInquiryPayment(engine, c.req.raw));
  app.all('/ams/*', (c) => {
    const url = new URL(c.req.url);
    return errorAnswer(
      engine,
      `${url.pathname}${url.search}`,
      c.req.header('client-id')?.trim() || undefined,
      'NO_INTERFACE_DEF',
      `${c.req.method} ${url.pathname} is not an API of this gateway: POST to /ams/api/v1/payments/batchPay or /ams/api/v1/payments/inquiryPayment (or their /ams/sandbox/api/ forms).`,
    );
  });

  app.get('/sandbox/cashier/:token', (c) => showCashier(engine, c.req.param('token')));
  app.post('/sandbox/cashier/:token', (c) => actOnCashier(engine, c.req.param('token'), c.req.raw));
  app.get('/sandbox/applink/:token', (c) => showApplink(engine, c.req.param('token')));

  app.get('/sandbox', (c) =>
    c.json({
      name: '@batchpay/sandbox',
      publicKey: keys.publicKey,
      endpoints: [...gatewayPaths.batchPay, ...gatewayPaths.inquiryPayment],
      magicAmounts,
    }),
  );
  app.get('/sandbox/public-key', (c) => c.json({ publicKey: keys.publicKey }));
  app.post('/sandbox/merchants', async (c) => {
    const body: unknown = await c.req.json().catch(() => undefined);
    const m = body as { clientId?: unknown; publicKey?: unknown } | undefined;
    if (typeof m?.clientId !== 'string' || m.clientId === '' || typeof m.publicKey !== 'string' || m.publicKey === '') {
      return c.json({ error: 'Send {"clientId": "...", "publicKey": "<base64 SPKI>"}.' }, 400);
    }
    const registered = engine.registerMerchant(m.clientId, m.publicKey);
    if (registered === 'conflict') {
      return c.json(
        {
          error: `Merchant ${m.clientId} is already registered with another public key: a registered clientId keeps its key. Register a new clientId, or send the key it was registered with.`,
        },
        409,
      );
    }
    return c.json({ clientId: m.clientId, sandboxPublicKey: keys.publicKey }, registered === 'registered' ? 201 : 200);
  });
  app.get('/sandbox/scenarios', (c) => c.json({ scenarios: engine.scenarios.list() }));
  app.post('/sandbox/scenarios', async (c) => {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return c.json({ error: 'The body is not JSON: send a scenario such as {"resultCode":"RISK_REJECT"}.' }, 400);
    }
    const parsed = parseScenario(body);
    if (!parsed.ok) return c.json({ error: parsed.error }, 400);
    engine.scenarios.add(parsed.scenario);
    return c.json({ scenario: parsed.scenario, scenarios: engine.scenarios.list() }, 201);
  });
  app.delete('/sandbox/scenarios', (c) => c.json({ cleared: engine.scenarios.clear() }));
  app.get('/sandbox/notifications', (c) => c.json({ deliveries: engine.notifier.deliveries() }));
  app.get('/sandbox/batches/:batchPaymentRequestId', (c) => {
    const id = c.req.param('batchPaymentRequestId');
    const clientId = c.req.query('clientId');
    const batch = engine.findBatchesById(id).find((b) => clientId === undefined || b.clientId === clientId);
    if (!batch) return c.json({ error: `No batch has batchPaymentRequestId ${id}.` }, 404);
    return c.json(engine.view(batch));
  });

  app.notFound((c) => c.text('Not found: this is the BatchPay sandbox (see GET /sandbox).', 404));
  app.onError((error, c) => {
    console.error('batchpay-sandbox: unexpected error', error);
    const url = new URL(c.req.url);
    if (url.pathname.startsWith('/ams/')) {
      return errorAnswer(
        engine,
        `${url.pathname}${url.search}`,
        c.req.header('client-id')?.trim() || undefined,
        'UNKNOWN_EXCEPTION',
        'The sandbox hit an unexpected error: call again.',
      );
    }
    return c.json({ error: 'The sandbox hit an unexpected error.' }, 500);
  });

  return {
    fetch: async (request) => app.fetch(request),
    publicKey: keys.publicKey,
    registerMerchant: register,
    setScenario: (scenario) => {
      const parsed = parseScenario(scenario);
      if (!parsed.ok) throw new Error(`setScenario: ${parsed.error}`);
      engine.scenarios.add(parsed.scenario);
    },
    clearScenarios: () => {
      engine.scenarios.clear();
    },
    notifications: () => engine.notifier.deliveries(),
    close: () => engine.close(),
  };
}
