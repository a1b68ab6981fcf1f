export * from '@batchpay/core';
export { BatchPayApiError } from './BatchPayApiError';
export type { BatchPayEvent, BatchPayEventType } from './BatchPayEvent';
export { BatchPayProvider, type BatchPayProviderProps } from './BatchPayProvider';
export type { BatchPayTransport, BatchPayTransportRequest, BatchPayTransportResponse } from './BatchPayTransport';
export { clearPendingCheckout, type PendingCheckout, readPendingCheckout } from './checkoutStorage';
export { createFetchTransport } from './createFetchTransport';
export { type DetectEnvironmentOptions, type DetectedEnvironment, detectEnvironment } from './detectEnvironment';
export { readCheckoutIdFromUrl } from './readCheckoutIdFromUrl';
export type { RetryPolicy } from './retryPolicy';
export { prefersAndroidIntent, toAndroidIntentUrl } from './toAndroidIntentUrl';
export {
  type BatchPayRedirectHandlers,
  type PayInput,
  type PayRefusal,
  type UseBatchPayOptions,
  type UseBatchPayResult,
  useBatchPay,
} from './useBatchPay';
export { type UseBatchPayStatusOptions, type UseBatchPayStatusResult, useBatchPayStatus } from './useBatchPayStatus';
export { type UseCartResult, useCart } from './useCart';
export {
  type CashierManualLink,
  type CashierNavigate,
  type CashierRedirectStatus,
  type CashierTarget,
  type UseCashierRedirectOptions,
  type UseCashierRedirectResult,
  useCashierRedirect,
} from './useCashierRedirect';
export {
  type CombinedOrderLine,
  type MerchantOrderGroup,
  type UseCombinedOrderOptions,
  type UseCombinedOrderResult,
  useCombinedOrder,
} from './useCombinedOrder';
export {
  type PaymentMethodChoice,
  type UsePaymentMethodsParams,
  type UsePaymentMethodsResult,
  usePaymentMethods,
} from './usePaymentMethods';
