import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AntomClientOptions, createAntomClient } from '../antom/createAntomClient.js';
import type { BatchPayEvent, BatchPayHandlerOptions } from '../BatchPayHandlerOptions.js';
import { type BatchPayHandler, createBatchPayHandler } from '../createBatchPayHandler.js';
import type { BatchPayStorage } from '../storage/BatchPayStorage.js';
import { createSqliteStorage } from '../storage/createSqliteStorage.js';
import { testCart } from './demoCart.js';
import { serveHandler } from './serveHandler.js';

export interface MerchantUnderTest {
  url: string;
  /** The handler itself, for what a merchant runs outside HTTP (such as refreshOpenCheckouts on a timer). */
  handler: BatchPayHandler;
  port: number;
  storage: BatchPayStorage;
  events: BatchPayEvent[];
  /** Stops the HTTP server and closes the database, as a crashed or restarted process would leave it. */
  stop(): Promise<void>;
  dbFile: string;
}

export interface StartMerchantOptions {
  antom: Omit<AntomClientOptions, 'timeoutMs' | 'backoffMs'> & Partial<AntomClientOptions>;
  /** Reuse a database file (a restarted server). */
  dbFile?: string;
  /** Listen on this port (a restarted server keeps its notify URL). */
  port?: number;
  handler?: Partial<BatchPayHandlerOptions>;
  /** Sees the SQL of every statement the merchant's SQLite connection runs (better-sqlite3's `verbose`). */
  onStatement?: (sql: string) => void;
}

/** The merchant backend as a user runs it: SQLite file, signed client, handler on a real loopback HTTP server. */
export async function startMerchant(options: StartMerchantOptions): Promise<MerchantUnderTest> {
  const dbFile = options.dbFile ?? join(mkdtempSync(join(tmpdir(), 'batchpay-merchant-')), 'batchpay.sqlite');
  const storage = createSqliteStorage({ filename: dbFile, verbose: options.onStatement });
  await storage.migrate();
  await storage.saveCart(testCart);
  const events: BatchPayEvent[] = [];
  let handler: ReturnType<typeof createBatchPayHandler> | undefined;
  const server = await serveHandler((request, connection) => {
    if (!handler) throw new Error('merchant handler not ready');
    return handler(request, connection);
  }, options.port ?? 0);
  const base = server.url;
  // The notify URL needs the port, known only once listening.
  handler = createBatchPayHandler({
    storage,
    antom: createAntomClient({ timeoutMs: 2_000, backoffMs: 20, ...options.antom }),
    paymentMethods: ['ALIPAY_CN', 'KAKAOPAY', 'GCASH'],
    returnUrl: 'http://127.0.0.1:5173/result',
    notifyUrl: `${base}/api/antom/notify`,
    inquiryAfterMs: 60_000,
    // Tests poll fast from one address; the limiter has tests of its own.
    rateLimit: false,
    onEvent: (e) => events.push(e),
    ...options.handler,
  });
  const ready = handler;
  return {
    handler: ready,
    url: base,
    port: server.port,
    storage,
    events,
    dbFile,
    async stop() {
      await server.close();
      await storage.close();
    },
  };
}

export function removeDbFile(dbFile: string): void {
  rmSync(join(dbFile, '..'), { recursive: true, force: true });
}
