import { Hono } from 'hono';
import { cors } from 'hono/cors';

/**
 * The demo backend's HTTP app: the framework-free handler of @batchpay/server mounted under /api, with CORS for
 * the demo's origin only (no credentials; the browser sends JSON and an Idempotency-Key).
 */
export function createDemoApp(handler: (request: Request) => Promise<Response>, demoOrigin: string): Hono {
  const app = new Hono();
  app.use(
    '/api/*',
    cors({
      origin: (origin) => (origin === demoOrigin ? origin : null),
      allowMethods: ['GET', 'POST'],
      allowHeaders: ['Content-Type', 'Idempotency-Key'],
      maxAge: 600,
    }),
  );
  app.get('/health', (c) => c.json({ ok: true }));
  app.all('/api/*', (c) => handler(c.req.raw));
  return app;
}
