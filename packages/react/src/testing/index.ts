// @batchpay/react/testing: what a merchant needs to test a checkout page without a backend or Antom. MSW emulates
// the merchant API at the network seam (msw is an optional peer dependency: install it to use this entry).

export { BatchPayTestProvider, type BatchPayTestProviderProps } from './BatchPayTestProvider.js';
export {
  type BatchPayHandlersOptions,
  type BatchPayTestLoad,
  type BatchPayTestOutcome,
  batchPayHandlers,
  testCheckoutView,
} from './batchPayHandlers.js';
export { createBatchPayWrapper } from './createBatchPayWrapper.js';
export { testCart, testCashierUrls, testMethods, testOrder, testOrders } from './testFixtures.js';
