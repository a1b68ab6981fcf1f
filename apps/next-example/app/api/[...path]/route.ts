import { batchPayHandler } from '../../../lib/batchPayHandler';

// The merchant API of @batchpay/server (carts, payment methods, checkouts, Antom's notifications) on Node.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return (await batchPayHandler())(request);
}

export async function POST(request: Request): Promise<Response> {
  return (await batchPayHandler())(request);
}
