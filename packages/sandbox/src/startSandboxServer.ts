import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type CreateSandboxOptions, createSandbox, type Sandbox } from './createSandbox.js';

export interface StartSandboxServerOptions extends CreateSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** How long a client may take to send its headers, its whole request, and how long an idle connection stays open. */
  timeouts?: Partial<SandboxServerTimeouts> | undefined;
}

/** The Node server's limits on slow clients, in milliseconds. */
export interface SandboxServerTimeouts {
  /** All request headers must arrive within this time, or the answer is 408 (Node `headersTimeout`). */
  headersMs: number;
  /** The whole request, body included, must arrive within this time, or the answer is 408 (`requestTimeout`). */
  requestMs: number;
  /** An idle keep-alive connection is closed after this time (`keepAliveTimeout`). */
  keepAliveMs: number;
}

/** Slow headers are cut after 10 s, slow bodies after 30 s, idle connections after 5 s. */
export const defaultServerTimeouts: SandboxServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
};

export interface SandboxServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/** Runs a sandbox on Node's HTTP server; `publicBaseUrl` defaults to the server's own URL. */
export async function startSandboxServer(options: StartSandboxServerOptions = {}): Promise<SandboxServer> {
  const host = options.host ?? '127.0.0.1';
  const timeouts = { ...defaultServerTimeouts, ...options.timeouts };
  if (!(timeouts.headersMs > 0 && timeouts.requestMs >= timeouts.headersMs && timeouts.keepAliveMs > 0)) {
    throw new Error(
      'timeouts: headersMs and keepAliveMs must be positive, and requestMs at least headersMs (default 10 000, 30 000, 5 000).',
    );
  }
  let sandbox: Sandbox | undefined;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: (request: Request) => {
          if (!sandbox) return new Response('The sandbox is starting.', { status: 503 });
          return sandbox.fetch(request);
        },
        hostname: host,
        port: options.port ?? 0,
        serverOptions: {
          headersTimeout: timeouts.headersMs,
          requestTimeout: timeouts.requestMs,
          keepAliveTimeout: timeouts.keepAliveMs,
          // Node checks the two request timeouts at this interval (30 s by default, which would let them overrun).
          connectionsCheckingInterval: Math.max(25, Math.min(1_000, Math.floor(timeouts.headersMs / 4))),
        },
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const { port: _port, host: _host, timeouts: _timeouts, ...sandboxOptions } = options;
  try {
    sandbox = await createSandbox({ ...sandboxOptions, publicBaseUrl: options.publicBaseUrl ?? url });
  } catch (error) {
    server.close();
    throw error;
  }
  const ready = sandbox;
  return {
    url,
    sandbox: ready,
    close: async () => {
      await ready.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
    },
  };
}
