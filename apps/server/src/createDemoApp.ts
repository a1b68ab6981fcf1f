import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';

/**
 * The demo backend's HTTP app: the framework-free handler of @batchpay/server mounted under /api, with CORS for
 * the demo's origin only (no credentials; the browser sends JSON and an Idempotency-Key).
 */
export function createDemoApp(
  handler: (request: Request, connection: { remoteAddress?: string | undefined }) => Promise<Response>,
  demoOrigin: string,
): Hono<{ Bindings: HttpBindings }> {
  const app = new Hono<{ Bindings: HttpBindings }>();
  app.use(
    '/api/*',
    cors({
      origin: (origin) => (origin === demoOrigin ? origin : null),
      allowMethods: ['GET', 'POST'],
      allowHeaders: ['Content-Type', 'Idempotency-Key'],
      // The browser honours Retry-After on 409 CHECKOUT_IN_PROGRESS and 429 RATE_LIMITED: let it read it.
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );
  app.get('/health', (c) => c.json({ ok: true }));
  // The connection's address feeds env.clientIp and the rate limit (never an address the browser wrote).
  app.all('/api/*', (c) => handler(c.req.raw, { remoteAddress: c.env?.incoming?.socket?.remoteAddress }));
  return app;
}
