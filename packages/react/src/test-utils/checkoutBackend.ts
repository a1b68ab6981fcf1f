import { HttpResponse, http } from 'msw';
import { API, server } from './server.js';

type Reply = { status: number; body: unknown } | 'network-error';

/** What the fake merchant backend received on `POST /api/checkouts`. */
export interface ReceivedCheckout {
  idempotencyKey: string | null;
  body: Record<string, unknown>;
}

/**
 * Installs `POST /api/checkouts`: answers the queued replies in turn (the last one repeats) and records every request.
 * `delayMs` holds each answer back, so tests can click while a request is in flight.
 */
export function mockCreateCheckout(replies: Reply[], options: { delayMs?: number } = {}) {
  const received: ReceivedCheckout[] = [];
  let index = 0;
  server.use(
    http.post(`${API}/api/checkouts`, async ({ request }) => {
      received.push({
        idempotencyKey: request.headers.get('Idempotency-Key'),
        body: (await request.json()) as Record<string, unknown>,
      });
      const reply = replies[Math.min(index, replies.length - 1)];
      index += 1;
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (!reply || reply === 'network-error') return HttpResponse.error();
      return HttpResponse.json(reply.body as Record<string, unknown>, { status: reply.status });
    }),
  );
  return received;
}

/** Installs `GET /api/checkouts/:id`: answers the queued views in turn (the last one repeats); records request times. */
export function mockCheckoutStatus(views: unknown[]) {
  const received: { id: string; at: number }[] = [];
  let index = 0;
  server.use(
    http.get(`${API}/api/checkouts/:id`, ({ params }) => {
      received.push({ id: String(params.id), at: Date.now() });
      const view = views[Math.min(index, views.length - 1)];
      index += 1;
      return HttpResponse.json(view as Record<string, unknown>);
    }),
  );
  return received;
}
