import type { Cart } from '@batchpay/server';

/**
 * The demo marketplace cart: three merchants with different MCCs, one currency (USD).
 * Prices are integer minor units; the server adds them up itself:
 * 2 × 24.50 + 1 × 12.99 + 3 × 6.00 + 1 × 39.90 = 119.89 USD ("11989").
 */
export const demoCart: Cart = {
  cartId: 'demo-cart',
  currency: 'USD',
  orders: [
    {
      referenceOrderId: 'DEMO-TEA-1001',
      orderDescription: 'Jeju green tea, 2 tins',
      merchant: {
        referenceMerchantId: 'SELLER_TEA_HOUSE',
        merchantName: 'Jeju Tea House',
        merchantMCC: '5499',
        merchantAddress: { region: 'KR', city: 'Jeju' },
      },
      goods: [
        {
          referenceGoodsId: 'TEA-GREEN-100G',
          goodsName: 'Jeju green tea 100 g',
          goodsCategory: 'Food/Tea',
          unitAmount: '2450',
          quantity: 2,
        },
      ],
    },
    {
      referenceOrderId: 'DEMO-BOOK-2001',
      orderDescription: 'Travel guide and postcards',
      merchant: {
        referenceMerchantId: 'SELLER_PAGE_TURNER',
        merchantName: 'Page Turner Books',
        merchantMCC: '5942',
        merchantAddress: { region: 'SG', city: 'Singapore' },
      },
      goods: [
        {
          referenceGoodsId: 'BOOK-SEA-GUIDE',
          goodsName: 'South-East Asia travel guide',
          goodsCategory: 'Books/Travel',
          unitAmount: '1299',
          quantity: 1,
        },
        {
          referenceGoodsId: 'CARD-SET-6',
          goodsName: 'Postcards, set of 6',
          goodsCategory: 'Stationery',
          unitAmount: '600',
          quantity: 3,
        },
      ],
    },
    {
      referenceOrderId: 'DEMO-GEAR-3001',
      orderDescription: 'Packable rain jacket',
      merchant: {
        referenceMerchantId: 'SELLER_TRAIL_GEAR',
        merchantName: 'Trail Gear Co.',
        merchantMCC: '5651',
        merchantAddress: { region: 'HK', city: 'Hong Kong' },
      },
      goods: [
        {
          referenceGoodsId: 'JACKET-RAIN-M',
          goodsName: 'Rain jacket, size M',
          goodsCategory: 'Apparel/Outdoor',
          unitAmount: '3990',
          quantity: 1,
        },
      ],
    },
  ],
};
