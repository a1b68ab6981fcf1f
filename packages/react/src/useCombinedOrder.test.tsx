import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { order } from './test-utils/fixtures.js';
import { createWrapper } from './test-utils/renderWithProvider.js';
import { useCombinedOrder } from './useCombinedOrder.js';

describe('useCombinedOrder', () => {
  const orders = [order('o-1', 'SELLER_A', '1000'), order('o-2', 'SELLER_B', '2050'), order('o-3', 'SELLER_A', '99')];

  it('groups by merchant in order of appearance, with formatted amounts and the total', () => {
    const { result } = renderHook(() => useCombinedOrder(orders, { locale: 'en-US' }));
    const { groups, total, formattedTotal, problems } = result.current;
    expect(groups.map((g) => [g.referenceMerchantId, g.orders.map((o) => o.referenceOrderId)])).toEqual([
      ['SELLER_A', ['o-1', 'o-3']],
      ['SELLER_B', ['o-2']],
    ]);
    expect(groups[0]).toMatchObject({ merchantName: 'Shop SELLER_A', formattedSubtotal: '$10.99' });
    expect(groups[0]?.orders[0]?.formattedAmount).toBe('$10.00');
    expect(total).toEqual({ currency: 'USD', value: '3149' });
    expect(formattedTotal).toBe('$31.49');
    expect(result.current.merchantCount).toBe(2);
    expect(problems).toEqual([]);
  });

  it('formats for the locale, from the provider when not given', () => {
    const krw = [order('k-1', 'SELLER_A', '15000', 'KRW')];
    const { result } = renderHook(() => useCombinedOrder(krw), { wrapper: createWrapper({ locale: 'ko-KR' }) });
    expect(result.current.formattedTotal).toBe('₩15,000');
  });

  it('reports mixed currencies with the field path instead of a wrong total', () => {
    const mixed = [order('o-1', 'SELLER_A', '1000'), order('o-2', 'SELLER_B', '500', 'JPY')];
    const { result } = renderHook(() => useCombinedOrder(mixed, { locale: 'en-US' }));
    expect(result.current.total).toBeNull();
    expect(result.current.problems).toContainEqual({
      path: 'orderList[1].orderAmount.currency',
      message: expect.stringContaining('JPY'),
    });
  });

  it('reports a paymentAmount that is not the sum of the orders, and duplicate order ids', () => {
    const dup = [order('o-1', 'SELLER_A', '1000'), order('o-1', 'SELLER_B', '2000')];
    const { result } = renderHook(() =>
      useCombinedOrder(dup, { locale: 'en-US', paymentAmount: { currency: 'USD', value: '2999' } }),
    );
    const paths = result.current.problems.map((p) => p.path);
    expect(paths).toContain('paymentAmount.value');
    expect(paths).toContain('orderList[1].referenceOrderId');
    expect(result.current.formattedTotal).toBe('$29.99');
  });

  it('reports an empty cart', () => {
    const { result } = renderHook(() => useCombinedOrder([]));
    expect(result.current.groups).toEqual([]);
    expect(result.current.problems[0]?.path).toBe('orderList');
  });
});
