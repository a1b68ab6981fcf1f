import type { Cart } from '../storage/BatchPayStorage.js';

/** A cart of three merchants in USD: 2 × 25.00 + 19.99 + 3 × 4.50 = 83.49 USD = "8349" minor units. */
export const testCart: Cart = {
  cartId: 'cart-test',
  currency: 'USD',
  orders: [
    {
      referenceOrderId: 'ORD-SHOES-1',
      orderDescription: 'Running shoes',
      merchant: { referenceMerchantId: 'SELLER_SHOES', merchantName: 'Shoe Shop', merchantMCC: '5661' },
      goods: [{ referenceGoodsId: 'SHOE-42', goodsName: 'Runner 42', unitAmount: '2500', quantity: 2 }],
    },
    {
      referenceOrderId: 'ORD-BOOKS-1',
      orderDescription: '서울 여행 책',
      merchant: { referenceMerchantId: 'SELLER_BOOKS', merchantName: 'Книжный', merchantMCC: '5942' },
      goods: [{ referenceGoodsId: 'BOOK-7', goodsName: 'Seoul guide', unitAmount: '1999', quantity: 1 }],
    },
    {
      referenceOrderId: 'ORD-CAFE-1',
      orderDescription: 'Coffee beans',
      merchant: { referenceMerchantId: 'SELLER_CAFE', merchantName: 'Café Bean', merchantMCC: '5499' },
      goods: [{ referenceGoodsId: 'BEANS', goodsName: 'Beans 250 g', unitAmount: '450', quantity: 3 }],
    },
  ],
};
