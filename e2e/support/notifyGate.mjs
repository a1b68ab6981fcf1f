// A pass-through for Antom's notifications on their way to apps/server, that a test can hold back: it lets a test
// see the result page before the notification arrives ("processing"), then release it. Everything else is
// forwarded byte for byte (the server verifies the signature over the raw body and the path).
//   node notifyGate.mjs <listen port> <target origin>
//   POST /gate/hold     hold notifications from now on
//   POST /gate/release  forward the held ones (in order) and stop holding: { released, batches }, `batches` being
//                       the distinct batchPaymentRequestIds released (a redelivery of the same batch counts once)
//   GET  /gate          { holding, held }
import http from 'node:http';

const [portArg, target] = process.argv.slice(2);
const port = Number(portArg);
if (!Number.isInteger(port) || !target) {
  console.error('usage: node notifyGate.mjs <port> <target origin, e.g. http://127.0.0.1:8788>');
  process.exit(2);
}

let holding = false;
/** @type {Array<{ batch: string | undefined, send: () => Promise<void> }>} */
let held = [];

/** The batch a notification is about, from its body (the per-batch shape, else a per-payment one). */
function batchOf(body) {
  try {
    const parsed = JSON.parse(body.toString('utf8'));
    const id = parsed?.batchPaymentRequestId ?? parsed?.paymentRequestId;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function forward(request, body, response) {
  const headers = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === 'host' || name === 'content-length' || name === 'connection' || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  try {
    const answer = await fetch(`${target}${request.url}`, {
      method: request.method,
      headers,
      body: body.length > 0 ? body : undefined,
    });
    const bytes = Buffer.from(await answer.arrayBuffer());
    const type = answer.headers.get('content-type');
    response.writeHead(answer.status, type ? { 'content-type': type } : {});
    response.end(bytes);
  } catch (error) {
    response.writeHead(502, { 'content-type': 'text/plain' });
    response.end(`notify gate: ${target} did not answer (${error instanceof Error ? error.message : error})`);
  }
}

function json(response, status, value) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(value));
}

const server = http.createServer(async (request, response) => {
  if (request.url === '/gate' && request.method === 'GET') return json(response, 200, { holding, held: held.length });
  if (request.url === '/gate/hold' && request.method === 'POST') {
    holding = true;
    return json(response, 200, { holding, held: held.length });
  }
  if (request.url === '/gate/release' && request.method === 'POST') {
    holding = false;
    const queue = held;
    held = [];
    for (const { send } of queue) await send();
    const batches = [...new Set(queue.map((item) => item.batch).filter((batch) => batch !== undefined))];
    return json(response, 200, { released: queue.length, batches });
  }
  const body = await readBody(request);
  if (holding) {
    // The sender waits like it would for a slow merchant server; its own timeout may retry later (redelivery).
    held.push({ batch: batchOf(body), send: () => forward(request, body, response) });
    return;
  }
  await forward(request, body, response);
});

server.listen(port, '127.0.0.1', () => console.log(`notify gate on http://127.0.0.1:${port} → ${target}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
