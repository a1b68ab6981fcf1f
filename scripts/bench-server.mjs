// The merchant server's figures for `pnpm bench`, as ratios measured in the same run (built packages needed):
//   browser → POST /api/checkouts over HTTP → handler → signed batchPay over HTTP → sandbox → signed answer verified
//   → stored, at 1 and 16 concurrent. Three processes, real HTTP on both hops (loopback):
//   - this one: the merchant (packages/server's handler on @hono/node-server, as apps/server mounts it; its storage);
//   - scripts/bench-server-gateway.mjs: the sandbox, as Antom's gateway is another machine;
//   - scripts/bench-server-browser.mjs: the buyers' browsers, as buyers are other machines.
//   The machine's cores are shared by the three: the rate is the system's, the CPU per checkout is each process's own.
// Against two bounds timed here too (in this process, just before and after each run):
//   - the RSA bound: the RSA work of one checkout, both sides (2 signs + 2 verifies, node:crypto, one core);
//   - the durable bound: that RSA work plus 2 durable commits (SQLite WAL with synchronous = FULL, or PostgreSQL
//     with fsync on when DATABASE_URL is set).
//   The merchant's own share of that RSA work (1 sign + 1 verify) is printed as an extra column.
// BENCH_PROFILE=<folder> writes a V8 CPU profile of the merchant process during the measured 16-concurrent run only
// (read it with scripts/cpu-profile-summary.mjs); BENCH_PROFILE_CHILDREN=<folder> one of the gateway and of the
// browsers each, over their whole life (node --cpu-prof).
// `node scripts/bench-server.mjs` runs SQLite; with DATABASE_URL (scripts/with-pg.sh with PG_DURABLE=1) it runs two
// merchant instances (in this process) on one PostgreSQL, the browser's requests spread over both.
import { fork } from 'node:child_process';
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import diagnosticsChannel from 'node:diagnostics_channel';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './ensure.mjs';

const signature = await import(path.join(root, 'packages/core/dist/signature/signature.js'));
const serverPkg = await import(path.join(root, 'packages/server/dist/index.js'));
const serverNode = await import(path.join(root, 'packages/server/dist/node.js'));
const databaseUrl = process.env.DATABASE_URL;
const requireFromServer = createRequire(path.join(root, 'packages/server/package.json'));
// The Node adapter apps/server mounts the handler with (the merchant's choice; the kit ships a Web handler).
const { serve: serveNode } = createRequire(path.join(root, 'apps/server/package.json'))('@hono/node-server');

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** The Web Request → Response handler on a loopback HTTP server, as apps/server mounts it (@hono/node-server). */
async function serve(handler) {
  const server = await new Promise((resolve) => {
    const s = serveNode(
      {
        fetch: (request, env) => handler(request, { remoteAddress: env?.incoming?.socket?.remoteAddress }),
        hostname: '127.0.0.1',
        port: 0,
        serverOptions: { keepAliveTimeout: 5_000 },
      },
      () => resolve(s),
    );
  });
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** A child process with an IPC channel; `ask` sends a message and resolves with the next one it sends back. */
function child(file) {
  const profileDir = process.env.BENCH_PROFILE_CHILDREN;
  const proc = fork(path.join(root, 'scripts', file), [], {
    execArgv: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = [];
  proc.on('message', (message) => waiting.shift()?.(message));
  proc.on('exit', (code) => {
    if (code) throw new Error(`${file} exited with ${code}`);
  });
  const next = () => new Promise((resolve) => waiting.push(resolve));
  return {
    next,
    ask(message) {
      const answer = next();
      proc.send(message);
      return answer;
    },
    close: () => new Promise((resolve) => proc.once('exit', resolve).send('close')),
  };
}

// --- the bounds --------------------------------------------------------------------------------------------------
const merchantKeys = await signature.generateKeyPair();
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
/**
 * Milliseconds of the RSA work of one checkout (2 signs + 2 verifies: merchant and gateway), timed now (the machine
 * may be shared: timed around each run); and of the merchant's half of it (1 sign + 1 verify), timed alike.
 */
function rsaMs() {
  const rsaRuns = 400;
  const started = performance.now();
  for (let i = 0; i < rsaRuns; i++) {
    sign('sha256', body, privateKey);
    sign('sha256', body, privateKey);
    verify('sha256', body, publicKey, sig);
    verify('sha256', body, publicKey, sig);
  }
  const both = (performance.now() - started) / rsaRuns;
  const halfStarted = performance.now();
  for (let i = 0; i < rsaRuns; i++) {
    sign('sha256', body, privateKey);
    verify('sha256', body, publicKey, sig);
  }
  return { both, merchant: (performance.now() - halfStarted) / rsaRuns };
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
const gatewayProcess = child('bench-server-gateway.mjs');
const browserProcess = child('bench-server-browser.mjs');
const [gateway] = await Promise.all([gatewayProcess.next(), browserProcess.next()]);
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
      clientId: gateway.clientId,
      privateKey: gateway.privateKey,
      antomPublicKey: gateway.antomPublicKey,
      baseUrl: gateway.url,
      // As a Node merchant runs it (the README's advice): node:crypto signatures, node:http to Antom.
      signer: serverNode.nodeCryptoSigner,
      fetch: serverNode.nodeHttpFetch,
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
const urls = instances.map((instance) => instance.url);

// Connections opened to the gateway (Node reports each new client socket): keep-alive shows as a count near the
// concurrency, not one per checkout.
const gatewayPort = Number(new URL(gateway.url).port);
let gatewaySockets = 0;
diagnosticsChannel.subscribe('net.client.socket', ({ socket }) => {
  socket.once('connect', () => {
    if (socket.remotePort === gatewayPort) gatewaySockets++;
  });
});

async function browse(concurrency, count) {
  const answer = await browserProcess.ask({ urls, concurrency, count });
  if (answer.error) throw new Error(answer.error);
  return answer;
}
const gatewayCpu = async () => (await gatewayProcess.ask('cpu')).cpu;

async function run(concurrency, count) {
  await browse(concurrency, 20 * concurrency);
  const before = await bounds();
  const socketsBefore = gatewaySockets;
  const gatewayCpuBefore = await gatewayCpu();
  const profile = process.env.BENCH_PROFILE && concurrency > 1 ? new Session() : undefined;
  if (profile) {
    profile.connect();
    await profile.post('Profiler.enable');
    await profile.post('Profiler.start');
  }
  const cpuBefore = process.cpuUsage();
  const { latencies, seconds, cpu: browserCpu } = await browse(concurrency, count);
  const cpu = process.cpuUsage(cpuBefore);
  if (profile) {
    const { profile: taken } = await profile.post('Profiler.stop');
    mkdirSync(process.env.BENCH_PROFILE, { recursive: true });
    const file = path.join(process.env.BENCH_PROFILE, `merchant-${concurrency}-${process.pid}.cpuprofile`);
    writeFileSync(file, JSON.stringify(taken));
    profile.disconnect();
    console.log(`CPU profile of the merchant process at ${concurrency} concurrent: ${file}`);
  }
  const gatewayCpuUs = (await gatewayCpu()) - gatewayCpuBefore;
  const sockets = gatewaySockets - socketsBefore;
  // CPU time per checkout (user + system, all threads) of each process: less sensitive than rates to other load.
  const cpuMs = (cpu.user + cpu.system) / 1000 / latencies.length;
  const after = await bounds();
  const rsa = (before.rsa.both + after.rsa.both) / 2;
  const merchantRsa = (before.rsa.merchant + after.rsa.merchant) / 2;
  const commit = (before.commit + after.commit) / 2;
  latencies.sort((a, b) => a - b);
  return {
    concurrency,
    count,
    sockets,
    cpuMs,
    gatewayCpuMs: gatewayCpuUs / 1000 / latencies.length,
    browserCpuMs: browserCpu / 1000 / latencies.length,
    rsa,
    merchantRsa,
    commit,
    rsaBound: 1000 / rsa,
    durableBound: 1000 / (rsa + 2 * commit),
    rate: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

const results = [await run(1, 400), await run(16, 1600)];
await browserProcess.close();
for (const instance of instances) {
  await instance.close();
  await instance.storage.close();
}
await gatewayProcess.close();
rmSync(dir, { recursive: true, force: true });

const where = databaseUrl ? 'PostgreSQL, 2 merchant instances in the merchant process' : 'SQLite';
console.log(
  `\nCheckout creation, ${where}: browser → HTTP → handler → signed batchPay over HTTP → sandbox → verified → stored`,
);
console.log(
  'Three processes on this machine, real HTTP between them: the browsers, the merchant (handler on @hono/node-server + storage), the sandbox gateway.',
);
console.log(
  'Bounds timed just before and after each run in the merchant process (mean): RSA bound = 1 / (2 signs + 2 verifies, node:crypto);',
);
console.log(`durable bound = 1 / (that RSA work + 2 durable commits: ${commitWhat}).`);
console.log(
  "Merchant RSA = the merchant's own part of the RSA work (1 sign + 1 verify), for reference; CPU per checkout = user + system time of each process, all its threads.",
);
console.log(
  '| concurrent | checkouts/s | p50 | p99 | RSA work | merchant RSA | commit | RSA bound | durable bound | share of RSA bound | share of durable bound | CPU per checkout: merchant | gateway | browser | sockets to the gateway |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.concurrency} | ${fmt(r.rate)} | ${fmt(r.p50, 1)} ms | ${fmt(r.p99, 1)} ms | ${fmt(r.rsa, 3)} ms | ${fmt(r.merchantRsa, 3)} ms | ${fmt(r.commit, 3)} ms | ${fmt(r.rsaBound)}/s | ${fmt(r.durableBound)}/s | ${fmt((100 * r.rate) / r.rsaBound)} % | ${fmt((100 * r.rate) / r.durableBound)} % | ${fmt(r.cpuMs, 2)} ms | ${fmt(r.gatewayCpuMs, 2)} ms | ${fmt(r.browserCpuMs, 2)} ms | ${r.sockets} for ${r.count} checkouts |`,
  );
}
