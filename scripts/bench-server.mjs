// The merchant server's figures for `pnpm bench`, as ratios measured in the same run (built packages needed):
//   browser → POST /api/checkouts over HTTP → handler → signed batchPay over HTTP → sandbox → signed answer verified
//   → stored, all in this one process, at 1 and 16 concurrent; against two bounds timed here too:
//   - the RSA bound: the RSA work of one checkout (2 signs + 2 verifies, node:crypto, one core);
//   - the durable bound: that RSA work plus 2 durable commits (SQLite WAL with synchronous = FULL, or PostgreSQL
//     with fsync on when DATABASE_URL is set).
// `node scripts/bench-server.mjs` runs SQLite; with DATABASE_URL (scripts/with-pg.sh with PG_DURABLE=1) it runs two
// merchant instances on one PostgreSQL, the browser's requests spread over both.
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import diagnosticsChannel from 'node:diagnostics_channel';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './ensure.mjs';

const signature = await import(path.join(root, 'packages/core/dist/signature/signature.js'));
const sandboxPkg = await import(path.join(root, 'packages/sandbox/dist/index.js'));
const serverPkg = await import(path.join(root, 'packages/server/dist/index.js'));
const serverNode = await import(path.join(root, 'packages/server/dist/node.js'));
const databaseUrl = process.env.DATABASE_URL;
const requireFromServer = createRequire(path.join(root, 'packages/server/package.json'));

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** A Web Request → Response handler on a loopback HTTP server, as a framework would mount it. */
async function serve(handler) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const response = await handler(
        new Request(`http://${req.headers.host}${req.url}`, {
          method: req.method,
          headers,
          ...(hasBody ? { body: Buffer.concat(chunks) } : {}),
        }),
      );
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

// --- the bounds --------------------------------------------------------------------------------------------------
const merchantKeys = await signature.generateKeyPair();
const gatewayKeys = await signature.generateKeyPair();
const privateKey = createPrivateKey({
  key: Buffer.from(merchantKeys.privateKey, 'base64'),
  format: 'der',
  type: 'pkcs8',
});
const publicKey = createPublicKey(privateKey);
const body = Buffer.from(
  JSON.stringify({ orderList: Array.from({ length: 3 }, (_, i) => ({ id: `ORDER-${i}`, text: 'x'.repeat(400) })) }),
);
const sig = sign('sha256', body, privateKey);
/** Milliseconds of the RSA work of one checkout, timed now (the machine may be shared: timed around each run). */
function rsaMs() {
  const rsaRuns = 400;
  const started = performance.now();
  for (let i = 0; i < rsaRuns; i++) {
    sign('sha256', body, privateKey);
    sign('sha256', body, privateKey);
    verify('sha256', body, publicKey, sig);
    verify('sha256', body, publicKey, sig);
  }
  return (performance.now() - started) / rsaRuns;
}

let commitWhat = '';
async function commitMs() {
  if (databaseUrl) {
    const pg = requireFromServer('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('create temporary table bench_commit (id serial primary key, payload text)');
    const runs = 300;
    const t = performance.now();
    for (let i = 0; i < runs; i++)
      await client.query('insert into bench_commit (payload) values ($1)', ['x'.repeat(500)]);
    const ms = (performance.now() - t) / runs;
    const fsync = (await client.query('show fsync')).rows[0].fsync;
    const synchronousCommit = (await client.query('show synchronous_commit')).rows[0].synchronous_commit;
    await client.end();
    commitWhat = `PostgreSQL insert + commit (fsync=${fsync}, synchronous_commit=${synchronousCommit})`;
    return ms;
  }
  const Database = requireFromServer('better-sqlite3');
  const dir = mkdtempSync(path.join(tmpdir(), 'batchpay-commit-'));
  const db = new Database(path.join(dir, 'commit.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('create table t (id integer primary key, payload text)');
  const insert = db.prepare('insert into t (payload) values (?)');
  const runs = 600;
  const t = performance.now();
  for (let i = 0; i < runs; i++) insert.run('x'.repeat(500));
  const ms = (performance.now() - t) / runs;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  commitWhat = 'SQLite insert + commit (WAL, synchronous = FULL)';
  return ms;
}
async function bounds() {
  const rsa = rsaMs();
  const commit = await commitMs();
  return { rsa, commit };
}

// --- the system under test ---------------------------------------------------------------------------------------
const gateway = await sandboxPkg.startSandboxServer({ port: 0, keys: gatewayKeys, notifyTimeScale: 0.001 });
const creds = await sandboxPkg.createMerchantCredentials();
gateway.sandbox.registerMerchant({ clientId: creds.clientId, publicKey: creds.publicKey });
const dir = mkdtempSync(path.join(tmpdir(), 'batchpay-bench-'));
const cart = {
  cartId: 'bench-cart',
  currency: 'USD',
  orders: Array.from({ length: 3 }, (_, i) => ({
    referenceOrderId: `ORDER-${i}`,
    orderDescription: `Order ${i} of the bench`,
    merchant: { referenceMerchantId: `SELLER_${i}`, merchantName: `Seller ${i}`, merchantMCC: '5651' },
    goods: [{ referenceGoodsId: `G-${i}`, goodsName: 'Thing', unitAmount: '1000', quantity: 1 }],
  })),
};

async function startMerchant(index) {
  let storage;
  if (databaseUrl) {
    const { createPostgresStorage } = await import(path.join(root, 'packages/server/dist/postgres.js'));
    storage = createPostgresStorage({ connectionString: databaseUrl });
  } else {
    const { createSqliteStorage } = await import(path.join(root, 'packages/server/dist/sqlite.js'));
    storage = createSqliteStorage({ filename: path.join(dir, 'bench.sqlite') });
  }
  if (index === 0) {
    await storage.migrate();
    await storage.saveCart(cart);
  }
  const handler = serverPkg.createBatchPayHandler({
    storage,
    antom: serverPkg.createAntomClient({
      clientId: creds.clientId,
      privateKey: creds.privateKey,
      antomPublicKey: gatewayKeys.publicKey,
      baseUrl: gateway.url,
      // As a Node merchant runs it (the README's advice): node:crypto on the calling thread.
      signer: serverNode.nodeCryptoSigner,
    }),
    paymentMethods: ['ALIPAY_CN'],
    returnUrl: 'http://127.0.0.1:5173/result',
    notifyUrl: 'http://127.0.0.1:9/api/antom/notify',
    // The bench is one client sending as fast as it can: no per-client limit here.
    rateLimit: false,
  });
  const server = await serve(handler);
  return { ...server, storage };
}
const instances = [];
for (let i = 0; i < (databaseUrl ? 2 : 1); i++) instances.push(await startMerchant(i));

// Connections opened to the gateway (fetch's undici reports each new socket): keep-alive shows as a count near the
// concurrency, not one per checkout.
const gatewayPort = Number(new URL(gateway.url).port);
let gatewaySockets = 0;
diagnosticsChannel.subscribe('undici:client:connected', (message) => {
  if (Number(message.connectParams?.port) === gatewayPort) gatewaySockets++;
});

let keyCount = 0;
async function checkout() {
  const target = instances[keyCount % instances.length];
  const t = performance.now();
  const answer = await fetch(`${target.url}/api/checkouts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${process.pid}-${++keyCount}` },
    body: JSON.stringify({ cartId: 'bench-cart', paymentMethodType: 'ALIPAY_CN', env: { terminalType: 'WEB' } }),
  });
  const text = await answer.text();
  if (answer.status !== 201) throw new Error(`POST /api/checkouts answered ${answer.status}: ${text.slice(0, 300)}`);
  return performance.now() - t;
}

async function run(concurrency, count) {
  for (let i = 0; i < 20; i++) await checkout();
  const before = await bounds();
  const socketsBefore = gatewaySockets;
  const cpuBefore = process.cpuUsage();
  const latencies = [];
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        latencies.push(await checkout());
      }
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  const sockets = gatewaySockets - socketsBefore;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time of this process per checkout (user + system, all threads): less sensitive than rates to other processes.
  const cpuMs = (cpu.user + cpu.system) / 1000 / latencies.length;
  const after = await bounds();
  const rsa = (before.rsa + after.rsa) / 2;
  const commit = (before.commit + after.commit) / 2;
  latencies.sort((a, b) => a - b);
  return {
    concurrency,
    count,
    sockets,
    cpuMs,
    rsa,
    commit,
    rsaBound: 1000 / rsa,
    durableBound: 1000 / (rsa + 2 * commit),
    rate: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

const results = [await run(1, 400), await run(16, 1600)];
for (const instance of instances) {
  await instance.close();
  await instance.storage.close();
}
await gateway.close();
rmSync(dir, { recursive: true, force: true });

const where = databaseUrl ? 'PostgreSQL, 2 merchant instances' : 'SQLite';
console.log(
  `\nCheckout creation, ${where}: browser → HTTP → handler → signed batchPay over HTTP → sandbox → verified → stored`,
);
console.log(
  'Bounds timed just before and after each run in this process (mean): RSA bound = 1 / (2 signs + 2 verifies, node:crypto);',
);
console.log(`durable bound = 1 / (that RSA work + 2 durable commits: ${commitWhat}).`);
console.log(
  '| concurrent | checkouts/s | p50 | p99 | RSA work | commit | RSA bound | durable bound | share of RSA bound | share of durable bound | CPU per checkout | sockets to the gateway |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.concurrency} | ${fmt(r.rate)} | ${fmt(r.p50, 1)} ms | ${fmt(r.p99, 1)} ms | ${fmt(r.rsa, 3)} ms | ${fmt(r.commit, 3)} ms | ${fmt(r.rsaBound)}/s | ${fmt(r.durableBound)}/s | ${fmt((100 * r.rate) / r.rsaBound)} % | ${fmt((100 * r.rate) / r.durableBound)} % | ${fmt(r.cpuMs, 2)} ms | ${r.sockets} for ${r.count} checkouts |`,
  );
}
