import type { HandlerContext } from '../HandlerContext.js';
import { ApiError } from '../http/ApiError.js';
import { jsonResponse } from '../http/jsonResponse.js';
import { refreshInBackground } from './refreshByInquiry.js';
import { toCheckoutView } from './toCheckoutView.js';

/** `GET /api/checkouts/:id`: the batch and its orders as stored, answered from the database (an inquiry
 * to Antom, when one is due, runs in the background). */
export async function handleGetCheckout(ctx: HandlerContext, checkoutId: string): Promise<Response> {
  const stored = await ctx.storage.getCheckout(checkoutId);
  if (!stored)
    throw new ApiError(
      404,
      'UNKNOWN_CHECKOUT',
      `No checkout "${checkoutId}": use the checkoutId that POST /api/checkouts returned.`,
      'checkoutId',
    );
  // Never waits for Antom: a due inquiry runs in the background (one per checkout) and the next poll sees its result.
  refreshInBackground(ctx, stored);
  return jsonResponse(toCheckoutView(stored));
}
