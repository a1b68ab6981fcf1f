import type { HandlerContext } from '../HandlerContext.js';
import { ApiError } from '../http/ApiError.js';
import { jsonResponse } from '../http/jsonResponse.js';
import { refreshByInquiry } from './refreshByInquiry.js';
import { toCheckoutView } from './toCheckoutView.js';

/** `GET /api/checkouts/:id`: the batch and its orders as the server knows them (inquiring when no notification came). */
export async function handleGetCheckout(ctx: HandlerContext, checkoutId: string): Promise<Response> {
  const stored = await ctx.storage.getCheckout(checkoutId);
  if (!stored)
    throw new ApiError(
      404,
      'UNKNOWN_CHECKOUT',
      `No checkout "${checkoutId}": use the checkoutId that POST /api/checkouts returned.`,
      'checkoutId',
    );
  const checkout = await refreshByInquiry(ctx, stored);
  return jsonResponse(toCheckoutView(checkout));
}
