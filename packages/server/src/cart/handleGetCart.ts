import type { CartView } from '@batchpay/core';
import type { HandlerContext } from '../HandlerContext.js';
import { ApiError } from '../http/ApiError.js';
import { jsonResponse } from '../http/jsonResponse.js';
import { CartError, priceCart } from './priceCart.js';

/** `GET /api/carts/:cartId`: the orders and the total, computed by the server. */
export async function handleGetCart(ctx: HandlerContext, cartId: string): Promise<Response> {
  const cart = await ctx.storage.getCart(cartId);
  if (!cart) throw new ApiError(404, 'UNKNOWN_CART', `No cart "${cartId}": check the cartId.`, 'cartId');
  try {
    const priced = priceCart(cart);
    const view: CartView = { cartId, orders: priced.orders, paymentAmount: priced.paymentAmount };
    return jsonResponse(view);
  } catch (error) {
    if (error instanceof CartError)
      throw new ApiError(422, 'CART_NOT_PAYABLE', `The cart cannot be paid: ${error.message}`, 'cartId');
    throw error;
  }
}
