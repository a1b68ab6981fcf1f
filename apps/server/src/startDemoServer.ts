import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { SandboxServer } from '@batchpay/sandbox';
import { createAntomClient, createBatchPayHandler } from '@batchpay/server';
import { createStorage, nodeCryptoSigner, nodeHttpFetch } from '@batchpay/server/node';
import { serve } from '@hono/node-server';
import { connectSandbox } from './connectSandbox';
import { createDemoApp } from './createDemoApp';
import type { DemoConfig } from './DemoConfig';
import { demoCart } from './demoCart';
import { formatEvent } from './formatEvent';

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the demo merchant backend: storage, seeded cart, Antom or sandbox client, handler, Hono on Node. */
export async function startDemoServer(
  config: DemoConfig,
  log: (line: string) => void = console.log,
): Promise<DemoServer> {
  let sandbox: SandboxServer | undefined;
  let target = config.antom;
  if (!target) {
    const found = await connectSandbox(config, log);
    target = found.target;
    sandbox = found.started;
  }
  const antom = createAntomClient({
    clientId: target.clientId,
    privateKey: target.privateKey,
    antomPublicKey: target.antomPublicKey,
    merchantPublicKey: target.merchantPublicKey,
    baseUrl: target.baseUrl,
    // Node: signatures on node:crypto, cheaper than WebCrypto's thread pool; node:http, cheaper than fetch.
    signer: nodeCryptoSigner,
    fetch: nodeHttpFetch,
  });
  if (target.kind === 'antom') {
    // A mismatched pair would be found only as INVALID_SIGNATURE at the first payment: refuse to start instead.
    await antom.checkKeys().catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(
        message
          .replace(/^createAntomClient: /, '')
          .replace(/\bmerchantPublicKey\b/g, 'ANTOM_MERCHANT_PUBLIC_KEY')
          .replace(/\bantomPublicKey\b/g, 'ANTOM_PUBLIC_KEY')
          .replace(/\bprivateKey\b/g, 'ANTOM_PRIVATE_KEY'),
      );
    });
  }
  const storage = await createStorage({
    databaseUrl: config.databaseUrl,
    sqliteFile: join(config.dataDir, 'batchpay.sqlite'),
  });
  await storage.saveCart(demoCart);
  const handler = createBatchPayHandler({
    storage,
    antom,
    paymentMethods: config.paymentMethods,
    returnUrl: config.returnUrl,
    notifyUrl: `${config.publicUrl}/api/antom/notify`,
    inquiryAfterMs: config.inquiryAfterMs,
    ...(config.paymentExpiryMs === undefined ? {} : { paymentExpiryMs: config.paymentExpiryMs }),
    ...(config.trustProxyHeader ? { trustProxyHeader: config.trustProxyHeader } : {}),
    // Roomier than the package defaults: the demo and its end-to-end tests run many checkouts from one address.
    rateLimit: config.rateLimit
      ? { checkouts: { burst: 30, perSecond: 1 }, statusReads: { burst: 120, perSecond: 4 } }
      : false,
    onEvent: (event) => log(formatEvent(event)),
  });
  // Checkouts no buyer polls any more (a lost answer, a closed tab) are still asked about on Antom's schedule.
  const refresher = setInterval(() => {
    handler.refreshOpenCheckouts().catch((error: unknown) => {
      log(`refreshOpenCheckouts failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }, 60_000);
  refresher.unref();
  const app = createDemoApp(handler, config.demoOrigin);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        hostname: config.host,
        port: config.port,
        // Slow clients may not hold connections: headers within 10 s, the whole request within 30 s (checked
        // every second; Node's default check interval is 30 s).
        serverOptions: {
          headersTimeout: config.headersTimeoutMs,
          requestTimeout: config.requestTimeoutMs,
          keepAliveTimeout: config.keepAliveTimeoutMs,
          connectionsCheckingInterval: 1_000,
        },
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  log(
    `demo server at ${url} → ${target.kind} ${target.baseUrl} as ${target.clientId}; storage ${storage.dialect}; CORS for ${config.demoOrigin}; notify URL ${config.publicUrl}/api/antom/notify`,
  );
  return {
    url,
    async close() {
      clearInterval(refresher);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      // Background inquiries started by status reads finish before the database closes.
      await handler.whenIdle();
      await storage.close();
      await sandbox?.close();
    },
  };
}
