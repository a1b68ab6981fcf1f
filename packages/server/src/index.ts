export type { AntomCallFailure, AntomCallResult, AntomClient, AntomClientOptions } from './antom/createAntomClient';
export { createAntomClient } from './antom/createAntomClient';
export type { BatchPayEvent, BatchPayHandlerOptions } from './BatchPayHandlerOptions';
export type { PricedCart } from './cart/priceCart';
export { CartError, priceCart } from './cart/priceCart';
export { createBatchPayHandler } from './createBatchPayHandler';
export type {
  BatchPayStorage,
  Cart,
  CartGoodsLine,
  CartMerchant,
  CartOrder,
  CheckoutCreation,
  CheckoutOrderRecord,
  CheckoutRecord,
  CreationResult,
  NewCheckout,
  OrderPaymentStatus,
  OrderResult,
} from './storage/BatchPayStorage';
export type { PostgresStorageOptions } from './storage/createPostgresStorage';
export { createPostgresStorage } from './storage/createPostgresStorage';
export type { SqliteStorageOptions } from './storage/createSqliteStorage';
export { createSqliteStorage } from './storage/createSqliteStorage';
export type { StorageOptions } from './storage/createStorage';
export { createStorage } from './storage/createStorage';
export { migrations } from './storage/migrations';
