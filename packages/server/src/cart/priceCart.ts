import { type Amount, isMinorUnits, type Order, sumAmounts } from '@batchpay/core';
import type { Cart } from '../storage/BatchPayStorage.js';

/** A cart the server cannot charge (its own data is wrong): answered 422, never sent to Antom. */
export class CartError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field} ${message}`);
    this.name = 'CartError';
    this.field = field;
  }
}

export interface PricedCart {
  orders: Order[];
  paymentAmount: Amount;
}

/**
 * Computes every amount of a cart on the server: line = unit × quantity, order = sum of its lines,
 * payment = sum of the orders. Integer minor units with BigInt; nothing from the browser is used.
 */
export function priceCart(cart: Cart): PricedCart {
  if (!/^[A-Z]{3}$/.test(cart.currency)) {
    throw new CartError('currency', `is "${cart.currency}": use a 3-letter ISO 4217 code such as "USD".`);
  }
  if (cart.orders.length < 1 || cart.orders.length > 10) {
    throw new CartError('orders', `has ${cart.orders.length} orders: a combined payment takes 1 to 10.`);
  }
  const orders = cart.orders.map((order, i): Order => {
    if (order.goods.length === 0) {
      throw new CartError(`orders[${i}].goods`, 'is empty: an order needs at least one priced line.');
    }
    let total = 0n;
    const goods = order.goods.map((line, j) => {
      const at = `orders[${i}].goods[${j}]`;
      if (!isMinorUnits(line.unitAmount) || BigInt(line.unitAmount) <= 0n) {
        throw new CartError(
          `${at}.unitAmount`,
          `is "${line.unitAmount}": use positive whole minor units, such as "1999".`,
        );
      }
      if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
        throw new CartError(`${at}.quantity`, `is ${line.quantity}: use a whole number from 1.`);
      }
      total += BigInt(line.unitAmount) * BigInt(line.quantity);
      return {
        referenceGoodsId: line.referenceGoodsId,
        goodsName: line.goodsName,
        ...(line.goodsCategory ? { goodsCategory: line.goodsCategory } : {}),
        ...(line.goodsBrand ? { goodsBrand: line.goodsBrand } : {}),
        goodsUnitAmount: { currency: cart.currency, value: line.unitAmount },
        goodsQuantity: String(line.quantity),
      };
    });
    return {
      referenceOrderId: order.referenceOrderId,
      orderDescription: order.orderDescription,
      orderAmount: { currency: cart.currency, value: total.toString() },
      merchant: order.merchant,
      goods,
    };
  });
  return { orders, paymentAmount: sumAmounts(orders.map((o) => o.orderAmount)) };
}
