// `pnpm bench` (or `npm run bench` on a fresh clone): throughput of the kit's hot paths, on the built packages (it
// installs pnpm and the dependencies when missing, and builds the packages first). Figures are for the issue notes;
// no test asserts a timing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencies, ensurePnpm, pnpmEnv, root } from './ensure.mjs';

const pnpm = ensurePnpm();
ensureDependencies(pnpm);
const built = spawnSync(pnpm, ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: pnpmEnv() });
if (built.status !== 0) {
  console.error('[bench] the packages did not build: run `pnpm build` to see why');
  process.exit(1);
}

const core = await import(path.join(root, 'packages/core/dist/index.js'));
const signature = await import(path.join(root, 'packages/core/dist/signature/signature.js'));

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

const vectors = JSON.parse(readFileSync(path.join(root, 'fixtures', 'signature-vectors.json'), 'utf8'));
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

// The merchant server against its bounds, on SQLite and then on a throwaway PostgreSQL with fsync on (two instances).
const server = spawnSync(process.execPath, [path.join(root, 'scripts/bench-server.mjs')], { stdio: 'inherit' });
if (server.status !== 0) process.exit(server.status ?? 1);
const postgres = spawnSync(
  'bash',
  [path.join(root, 'scripts/with-pg.sh'), process.execPath, path.join(root, 'scripts/bench-server.mjs')],
  {
    stdio: 'inherit',
    env: { ...process.env, PG_DURABLE: '1' },
  },
);
process.exit(postgres.status ?? 1);
