import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Drop the connection instead of answering (a network failure). */
  destroy?: boolean;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  body: unknown;
}

type Route = Reply[] | ((request: ReceivedRequest) => Reply);

/**
 * A merchant backend on 127.0.0.1 whose answers each test sets: per "METHOD /path" (":id" matches one segment) a
 * list of replies answered in turn (the last one repeats) or a function. Records every request.
 */
export async function startMerchantBackend() {
  const routes = new Map<string, { route: Route; served: number }>();
  const received: ReceivedRequest[] = [];

  const find = (method: string, path: string) => {
    for (const [key, entry] of routes) {
      const [m, pattern = ''] = key.split(' ');
      const re = new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
      if (m === method && re.test(path)) return entry;
    }
    return undefined;
  };

  const readBody = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      request.on('data', (chunk) => {
        text += chunk;
      });
      request.on('end', () => resolve(text));
    });

  const server: Server = createServer(async (request, response) => {
    const text = await readBody(request);
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const got: ReceivedRequest = {
      method: request.method ?? 'GET',
      path,
      idempotencyKey: request.headers['idempotency-key'] as string | undefined,
      body: text ? JSON.parse(text) : undefined,
    };
    received.push(got);
    const entry = find(got.method, path);
    let reply: Reply = { status: 404, body: { error: { code: 'NOT_FOUND', message: `no route ${path}` } } };
    if (entry) {
      const { route } = entry;
      reply = typeof route === 'function' ? route(got) : (route[Math.min(entry.served, route.length - 1)] ?? reply);
      entry.served += 1;
    }
    if (reply.destroy) {
      request.socket.destroy();
      return;
    }
    response.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
    response.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** Sets the answers of "METHOD /path". */
    on(route: string, replies: Route) {
      routes.set(route, { route: replies, served: 0 });
    },
    requests: (route: string) => {
      const [method, path] = route.split(' ');
      return received.filter((r) => r.method === method && (path === undefined || r.path === path));
    },
    reset() {
      routes.clear();
      received.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type MerchantBackend = Awaited<ReturnType<typeof startMerchantBackend>>;
