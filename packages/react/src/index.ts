export { type BatchPayContextValue, useOptionalBatchPayContext } from './BatchPayContext.js';
export { BatchPayProvider, type BatchPayProviderProps } from './BatchPayProvider.js';
export type { BatchPayTransport, BatchPayTransportRequest, BatchPayTransportResponse } from './BatchPayTransport.js';
export { clearPendingCheckout, type PendingCheckout, readPendingCheckout } from './checkoutStorage.js';
export * from './coreExports.js';
export { createFetchTransport } from './createFetchTransport.js';
export { type DetectEnvironmentOptions, type DetectedEnvironment, detectEnvironment } from './detectEnvironment.js';
export { readCheckoutIdFromUrl } from './readCheckoutIdFromUrl.js';
export {
  type BatchPayRedirectHandlers,
  type PayInput,
  type PayRefusal,
  type UseBatchPayOptions,
  type UseBatchPayResult,
  useBatchPay,
} from './useBatchPay.js';
export { type UseBatchPayStatusOptions, type UseBatchPayStatusResult, useBatchPayStatus } from './useBatchPayStatus.js';
export { type UseCartResult, useCart } from './useCart.js';
export {
  type CashierManualLink,
  type CashierNavigate,
  type CashierRedirectStatus,
  type CashierTarget,
  type UseCashierRedirectOptions,
  type UseCashierRedirectResult,
  useCashierRedirect,
} from './useCashierRedirect.js';
export {
  type CombinedOrderLine,
  type MerchantOrderGroup,
  type UseCombinedOrderOptions,
  type UseCombinedOrderResult,
  useCombinedOrder,
} from './useCombinedOrder.js';
export {
  type PaymentMethodChoice,
  type UsePaymentMethodsParams,
  type UsePaymentMethodsResult,
  usePaymentMethods,
} from './usePaymentMethods.js';
