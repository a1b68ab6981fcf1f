import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedNotification {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export interface NotifyReceiver {
  /** The notify URL (with a query string, to check the signature covers it). */
  url: string;
  received: ReceivedNotification[];
  /** Waits until `count` notifications have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedNotification[]>;
  close(): Promise<void>;
}

/**
 * A merchant's notify endpoint on loopback. `answer(n)` decides the reply to the n-th delivery (1-based):
 * 'ack' (the standard acknowledgement), 'nack' (resultStatus F), 'http-500', or 'hang' (no answer).
 */
export async function startNotifyReceiver(
  answer: (n: number) => 'ack' | 'nack' | 'http-500' = () => 'ack',
): Promise<NotifyReceiver> {
  const received: ReceivedNotification[] = [];
  const waiters: Array<() => void> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      for (const w of waiters.splice(0)) w();
      const kind = answer(received.length);
      if (kind === 'http-500') {
        res.writeHead(500).end('oops');
        return;
      }
      const result =
        kind === 'ack'
          ? { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' }
          : { resultCode: 'PROCESS_FAIL', resultStatus: 'F', resultMessage: 'not now' };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ result }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/antom/notify?shop=s1`,
    received,
    waitFor: (count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`Only ${received.length} of ${count} notifications arrived in ${timeoutMs} ms`)),
          timeoutMs,
        );
        const check = () => {
          if (received.length >= count) {
            clearTimeout(timer);
            resolve(received.slice());
          } else waiters.push(check);
        };
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
