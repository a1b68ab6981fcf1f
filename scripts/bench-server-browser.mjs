// The buyers' browsers of `scripts/bench-server.mjs`, in their own process (buyers are other machines): POST
// /api/checkouts over keep-alive HTTP (node:http, one socket per concurrent buyer), each with a new Idempotency-Key.
// Started with an IPC channel; { urls, concurrency, count } runs `count` checkouts spread over the merchant URLs, and
// answers { latencies (ms), seconds, cpu (µs, user + system, this process) }; 'close' exits.
import { Agent, request } from 'node:http';

const body = JSON.stringify({ cartId: 'bench-cart', paymentMethodType: 'ALIPAY_CN', env: { terminalType: 'WEB' } });
let keyCount = 0;

function post(agent, url) {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/checkouts`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': `bench-${process.pid}-${++keyCount}`,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 201) {
            const text = Buffer.concat(chunks).toString('utf8');
            reject(new Error(`POST /api/checkouts answered ${res.statusCode}: ${text.slice(0, 300)}`));
          } else resolve(performance.now() - t);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// One keep-alive agent per merchant URL, kept across runs (the sockets stay open from the warm-up on).
const agents = new Map();
async function run({ urls, concurrency, count }) {
  for (const url of urls) if (!agents.has(url)) agents.set(url, new Agent({ keepAlive: true }));
  const cpuBefore = process.cpuUsage();
  const latencies = [];
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const url = urls[i % urls.length];
        latencies.push(await post(agents.get(url), url));
      }
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { latencies, seconds, cpu: cpu.user + cpu.system };
}

process.on('message', async (message) => {
  if (message === 'close') {
    for (const agent of agents.values()) agent.destroy();
    process.disconnect();
    return;
  }
  try {
    process.send(await run(message));
  } catch (error) {
    process.send({ error: error instanceof Error ? error.message : String(error) });
  }
});
process.send({ ready: true });
