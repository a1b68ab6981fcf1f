import { describe, expect, it } from 'vitest';
import type { Order } from '../wire/batchPaySchemas.js';
import { checkOrders } from './checkOrders.js';
import { combineOrders } from './combineOrders.js';

function order(id: string, merchant: string, value: string, currency = 'USD'): Order {
  return {
    referenceOrderId: id,
    orderDescription: `Order ${id}`,
    orderAmount: { currency, value },
    merchant: { referenceMerchantId: merchant, merchantName: `Shop ${merchant}` },
  } as Order;
}

describe('checkOrders', () => {
  const orders = [order('o-1', 'A', '1000'), order('o-2', 'B', '2050')];

  it('finds nothing wrong with consistent orders, with or without their total', () => {
    expect(checkOrders(orders)).toEqual([]);
    expect(checkOrders(orders, { currency: 'USD', value: '3050' })).toEqual([]);
  });

  it('names a total that is not the sum, a duplicate id and a second currency by path', () => {
    const dup = [order('o-1', 'A', '1000'), order('o-1', 'B', '2000')];
    expect(checkOrders(dup, { currency: 'USD', value: '2999' }).map((i) => i.path)).toEqual([
      'orderList[1].referenceOrderId',
      'paymentAmount.value',
    ]);
    const mixed = checkOrders([order('o-1', 'A', '1000'), order('o-2', 'B', '500', 'JPY')]);
    expect(mixed).toEqual([
      {
        path: 'orderList[1].orderAmount.currency',
        message: 'is JPY but orderList[0].orderAmount.currency is USD: use one currency throughout',
      },
    ]);
  });

  it('refuses no orders, more than 10, and malformed orders with the field and the fix', () => {
    expect(checkOrders([])[0]).toEqual({
      path: 'orderList',
      message: 'must hold 1 to 10 orders: add the orders this payment covers',
    });
    const eleven = Array.from({ length: 11 }, (_, i) => order(`o-${i}`, 'A', '100'));
    expect(checkOrders(eleven).map((i) => i.path)).toEqual(['orderList']);
    const bad = checkOrders([{ ...order('o-1', 'A', '10'), orderAmount: { currency: 'usd', value: '1.5' } }]);
    expect(bad.map((i) => i.path)).toEqual(['orderList[0].orderAmount.currency', 'orderList[0].orderAmount.value']);
    expect(checkOrders('not a list')[0]?.path).toBe('orderList');
  });
});

describe('combineOrders', () => {
  it('groups by merchant in order of appearance, with formatted amounts, subtotals and the total', () => {
    const combined = combineOrders([order('o-1', 'A', '1000'), order('o-2', 'B', '2050'), order('o-3', 'A', '99')], {
      locale: 'en-US',
    });
    expect(combined.groups.map((g) => [g.referenceMerchantId, g.merchantName, g.formattedSubtotal])).toEqual([
      ['A', 'Shop A', '$10.99'],
      ['B', 'Shop B', '$20.50'],
    ]);
    expect(combined.groups[0]?.orders.map((l) => l.formattedAmount)).toEqual(['$10.00', '$0.99']);
    expect(combined).toMatchObject({
      total: { currency: 'USD', value: '3149' },
      formattedTotal: '$31.49',
      orderCount: 3,
      merchantCount: 2,
      problems: [],
    });
  });

  it('shows the given total and flags it when the orders do not add up to it', () => {
    const combined = combineOrders([order('o-1', 'A', '1000')], {
      locale: 'en-US',
      paymentAmount: { currency: 'USD', value: '1200' },
    });
    expect(combined.formattedTotal).toBe('$12.00');
    expect(combined.problems.map((p) => p.path)).toEqual(['paymentAmount.value']);
  });

  it('with mixed currencies: no total and no subtotal that would be wrong, the problem named', () => {
    const combined = combineOrders([order('o-1', 'A', '1000'), order('o-2', 'A', '500', 'JPY')], { locale: 'en-US' });
    expect(combined.total).toBeNull();
    expect(combined.formattedTotal).toBeNull();
    expect(combined.groups[0]?.subtotal).toBeNull();
    expect(combined.groups[0]?.orders[1]?.formattedAmount).toBe('¥500');
    expect(combined.problems[0]?.path).toBe('orderList[1].orderAmount.currency');
  });

  it('a bad amount gives null instead of a crash, and is named in the problems', () => {
    const combined = combineOrders([order('o-1', 'A', '12x')], { locale: 'en-US' });
    expect(combined.groups[0]?.orders[0]?.formattedAmount).toBeNull();
    expect(combined.groups[0]?.subtotal).toBeNull();
    expect(combined.total).toBeNull();
    expect(combined.problems.map((p) => p.path)).toEqual(['orderList[0].orderAmount.value']);
  });
});
