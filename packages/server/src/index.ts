export type { AntomSigner } from './antom/AntomSigner.js';
export { webCryptoSigner } from './antom/AntomSigner.js';
export type { AntomRegion } from './antom/antomEndpoints.js';
export { antomEndpoints } from './antom/antomEndpoints.js';
export { callAgainCodes } from './antom/callAgainCodes.js';
export type {
  AntomCallFailure,
  AntomCallResult,
  AntomClient,
  AntomClientOptions,
  InquiryExpectation,
} from './antom/createAntomClient.js';
export { createAntomClient } from './antom/createAntomClient.js';
export type {
  AuthorizeTarget,
  BatchPayEvent,
  BatchPayHandlerOptions,
  ConnectionInfo,
  RateLimitOptions,
} from './BatchPayHandlerOptions.js';
export type { PricedCart } from './cart/priceCart.js';
export { CartError, priceCart } from './cart/priceCart.js';
export type { BatchPayHandler } from './createBatchPayHandler.js';
export { createBatchPayHandler } from './createBatchPayHandler.js';
export type { DoctorFinding, DoctorOptions } from './doctor/runDoctor.js';
export { formatDoctorReport, isPrivateHost, runDoctor } from './doctor/runDoctor.js';
export type { TokenBucketOptions } from './http/TokenBucketLimiter.js';
export type {
  BatchPayStorage,
  Cart,
  CartGoodsLine,
  CartMerchant,
  CartOrder,
  CheckoutCreation,
  CheckoutOrderRecord,
  CheckoutRecord,
  Contradiction,
  CreationResult,
  GatewayFault,
  NewCheckout,
  OrderPaymentStatus,
  OrderResult,
} from './storage/BatchPayStorage.js';
export { createKyselyStorage } from './storage/createKyselyStorage.js';
export type { BatchPayDatabase } from './storage/databaseSchema.js';
export { migrationProvider, migrations } from './storage/migrations.js';
