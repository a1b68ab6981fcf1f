import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type CreateSandboxOptions, createSandbox, type Sandbox } from './createSandbox.js';

export interface StartSandboxServerOptions extends CreateSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
}

export interface SandboxServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/** Runs a sandbox on Node's HTTP server; `publicBaseUrl` defaults to the server's own URL. */
export async function startSandboxServer(options: StartSandboxServerOptions = {}): Promise<SandboxServer> {
  const host = options.host ?? '127.0.0.1';
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
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const { port: _port, host: _host, ...sandboxOptions } = options;
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
