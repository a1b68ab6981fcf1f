// `pnpm bench`: throughput of the kit's hot paths, on the built packages (run `pnpm build` first).
// Figures are for the issue notes; no test asserts a timing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './ensure.mjs';

const core = await import(path.join(root, 'packages/core/dist/index.js'));
const signature = await import(path.join(root, 'packages/core/dist/signature.js'));

function bench(name, fn, { seconds = 1 } = {}) {
  for (let i = 0; i < 200; i++) fn();
  let n = 0;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
  }
  const perSecond = n / ((performance.now() - start) / 1000);
  console.log(`${name.padEnd(58)} ${Math.round(perSecond).toLocaleString('en-US').padStart(12)} ops/s`);
}

async function benchAsync(name, fn, count = 500) {
  for (let i = 0; i < 20; i++) await fn();
  const start = performance.now();
  for (let i = 0; i < count; i++) await fn();
  const perSecond = count / ((performance.now() - start) / 1000);
  console.log(`${name.padEnd(58)} ${Math.round(perSecond).toLocaleString('en-US').padStart(12)} ops/s`);
}

const orders = Array.from({ length: 10 }, (_, i) => ({
  referenceOrderId: `ORDER-${i}`,
  orderDescription: `Order ${i} of the bench`,
  orderAmount: { currency: 'USD', value: String(1000 + i) },
  merchant: { referenceMerchantId: `SELLER_${i}`, merchantName: `Seller ${i}`, merchantMCC: '5651' },
  goods: [
    {
      referenceGoodsId: `G-${i}`,
      goodsName: 'Thing',
      goodsQuantity: '1',
      goodsUnitAmount: { currency: 'USD', value: String(1000 + i) },
    },
  ],
}));
const total = core.sumAmounts(orders.map((o) => o.orderAmount));
const request = {
  productCode: 'CASHIER_PAYMENT',
  batchPaymentRequestId: 'BENCH-1',
  paymentAmount: total,
  paymentMethod: { paymentMethodType: 'KAKAOPAY' },
  paymentRedirectUrl: 'https://shop.example/result?checkout=c1',
  paymentNotifyUrl: 'https://shop.example/api/antom/notify',
  env: { terminalType: 'WAP', osType: 'IOS' },
  orderList: orders,
};
const response = {
  result: { resultCode: 'PAYMENT_IN_PROCESS', resultStatus: 'U', resultMessage: 'payment in process' },
  normalUrl: 'https://cashier.example/pay?id=1',
  applinkUrl: 'https://app.example/link?id=1',
  schemeUrl: 'wallet://pay?id=1',
};

console.log(`Node ${process.version}, ${process.arch}`);
bench('validateBatchPayRequest (10 orders, kit level)', () => core.validateBatchPayRequest(request));
bench('validateBatchPayRequest (10 orders, gateway level)', () =>
  core.validateBatchPayRequest(request, { level: 'gateway' }),
);
bench('interpretBatchPayResponse (PAYMENT_IN_PROCESS, 3 URLs)', () => core.interpretBatchPayResponse(response));
bench('planCashierRedirect (WAP, 3 URLs)', () =>
  core.planCashierRedirect(response, { terminalType: 'WAP', osType: 'IOS' }),
);
bench('sumAmounts (10 amounts, BigInt)', () => core.sumAmounts(orders.map((o) => o.orderAmount)));
bench('formatAmount (USD, en-US)', () => core.formatAmount(total, 'en-US'));

const vectors = JSON.parse(readFileSync(path.join(root, '..', 'shared', 'vectors', 'signature-vectors.json'), 'utf8'));
const body = JSON.stringify(request);
const content = signature.buildSignContent({
  path: '/ams/api/v1/payments/batchPay',
  clientId: 'BENCH',
  time: '1',
  body,
});
const signed = await signature.signContent(content, vectors.keys.merchantPrivateKey);
await benchAsync('signContent (RSA-2048, WebCrypto, 10-order body)', () =>
  signature.signContent(content, vectors.keys.merchantPrivateKey),
);
await benchAsync(
  'verifyContent (RSA-2048, WebCrypto, 10-order body)',
  () => signature.verifyContent(content, signed, vectors.keys.merchantPublicKey),
  2000,
);

// Merchant backend against the sandbox over loopback HTTP: the handler in-process, SQLite in a temp file.
const { mkdtempSync, rmSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const sandboxPkg = await import(path.join(root, 'packages/sandbox/dist/index.js'));
const serverPkg = await import(path.join(root, 'packages/server/dist/index.js'));
const { createSqliteStorage } = await import(path.join(root, 'packages/server/dist/sqlite.js'));

const sandboxKeys = await signature.generateKeyPair();
const creds = await sandboxPkg.createMerchantCredentials();
const gateway = await sandboxPkg.startSandboxServer({ port: 0, keys: sandboxKeys, notifyTimeScale: 0.001 });
gateway.sandbox.registerMerchant({ clientId: creds.clientId, publicKey: creds.publicKey });
const dir = mkdtempSync(path.join(tmpdir(), 'batchpay-bench-'));
const storage = createSqliteStorage({ filename: path.join(dir, 'bench.sqlite') });
await storage.migrate();
await storage.saveCart({
  cartId: 'bench-cart',
  currency: 'USD',
  orders: orders.slice(0, 3).map((o, i) => ({
    referenceOrderId: o.referenceOrderId,
    orderDescription: o.orderDescription,
    merchant: o.merchant,
    goods: [{ referenceGoodsId: `G-${i}`, goodsName: 'Thing', unitAmount: '1000', quantity: 1 }],
  })),
});
const handler = serverPkg.createBatchPayHandler({
  storage,
  antom: serverPkg.createAntomClient({
    clientId: creds.clientId,
    privateKey: creds.privateKey,
    antomPublicKey: sandboxKeys.publicKey,
    baseUrl: gateway.url,
  }),
  paymentMethods: ['ALIPAY_CN'],
  returnUrl: 'http://127.0.0.1:5173/result',
  notifyUrl: 'http://127.0.0.1:9/api/antom/notify',
  // The bench measures throughput from one client; the per-client limiter would answer 429 after its burst.
  rateLimit: false,
});
let keyCount = 0;
const post = (key) =>
  handler(
    new Request('http://merchant.local/api/checkouts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ cartId: 'bench-cart', paymentMethodType: 'ALIPAY_CN', env: { terminalType: 'WEB' } }),
    }),
  );
await benchAsync(
  'POST /api/checkouts → signed batchPay → sandbox (new key each)',
  async () => {
    const res = await post(`bench-key-${++keyCount}`);
    if (res.status !== 201) throw new Error(`checkout answered ${res.status}: ${await res.text()}`);
  },
  200,
);
const started = performance.now();
const answers = await Promise.all(Array.from({ length: 100 }, () => post('bench-same-key-0001')));
const ids = new Set(await Promise.all(answers.map(async (r) => (await r.json()).checkoutId)));
console.log(
  `${'100 concurrent identical POST /api/checkouts'.padEnd(58)} ${`${Math.round(performance.now() - started)} ms`.padStart(12)}  (${ids.size} checkout)`,
);
await gateway.close();
await storage.close();
rmSync(dir, { recursive: true, force: true });
