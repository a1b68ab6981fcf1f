import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type MerchantFile, startSandboxCli } from '@batchpay/sandbox';
import { type Cart, createAntomClient, createBatchPayHandler } from '@batchpay/server';
import { createStorage } from '@batchpay/server/node';

type Handler = (request: Request) => Promise<Response>;

const dataDir = process.env.BATCHPAY_DATA_DIR ?? path.join(process.cwd(), '.data');
const publicUrl = process.env.PUBLIC_URL ?? 'http://127.0.0.1:3100';
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 18987);

/** The shop's cart (your database in a real shop): amounts in minor units, the server adds them up. */
const cart: Cart = {
  cartId: 'demo-cart',
  currency: 'USD',
  orders: [
    {
      referenceOrderId: 'NEXT-TEA-1',
      orderDescription: 'Jeju green tea, 2 tins',
      merchant: { referenceMerchantId: 'SELLER_TEA', merchantName: 'Jeju Tea House', merchantMCC: '5499' },
      goods: [{ referenceGoodsId: 'TEA-100G', goodsName: 'Green tea 100 g', unitAmount: '2450', quantity: 2 }],
    },
    {
      referenceOrderId: 'NEXT-BOOK-1',
      orderDescription: 'Travel guide',
      merchant: { referenceMerchantId: 'SELLER_BOOKS', merchantName: 'Page Turner Books', merchantMCC: '5942' },
      goods: [{ referenceGoodsId: 'GUIDE-1', goodsName: 'Travel guide', unitAmount: '1299', quantity: 1 }],
    },
  ],
};

async function create(): Promise<Handler> {
  // The offline Antom sandbox, in this process (a real shop gives createAntomClient its Antom keys instead).
  const sandbox = await startSandboxCli({
    port: sandboxPort,
    host: '127.0.0.1',
    dataDir: path.join(dataDir, 'sandbox'),
    notifyTimeScale: 1,
  });
  const merchant = JSON.parse(await readFile(sandbox.merchantFile, 'utf8')) as MerchantFile;
  const storage = await createStorage({ sqliteFile: path.join(dataDir, 'batchpay.sqlite') });
  await storage.saveCart(cart);
  return createBatchPayHandler({
    storage,
    antom: createAntomClient({
      clientId: merchant.clientId,
      privateKey: merchant.merchantPrivateKey,
      antomPublicKey: merchant.sandboxPublicKey,
      baseUrl: sandbox.url,
    }),
    paymentMethods: ['ALIPAY_CN', 'KAKAOPAY', 'GCASH'],
    returnUrl: `${publicUrl}/checkout`,
    notifyUrl: `${publicUrl}/api/antom/notify`,
  });
}

// One handler per server process (route modules may be evaluated more than once in development).
const globalForBatchPay = globalThis as { batchPayHandler?: Promise<Handler> };

export function batchPayHandler(): Promise<Handler> {
  globalForBatchPay.batchPayHandler ??= create();
  return globalForBatchPay.batchPayHandler;
}
