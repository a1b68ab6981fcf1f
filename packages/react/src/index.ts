// What a React user needs: the provider, the hooks, their types, and the few client and core names a checkout page
// uses. Everything else is in @batchpay/client (the machine, the merchant API) and @batchpay/core (Antom's contract).
export {
  BatchPayApiError,
  type BatchPayEvent,
  type BatchPayEventType,
  type BatchPayTransport,
  type BatchPayTransportRequest,
  type BatchPayTransportResponse,
  type CashierRedirectStatus,
  type CheckoutAction,
  type CheckoutClient,
  type CheckoutState,
  createCheckoutClient,
  createFetchTransport,
  type DetectedEnvironment,
  detectEnvironment,
  type EnvironmentHints,
  type RetryPolicy,
  type StatusPollingOptions,
} from '@batchpay/client';
export {
  type Amount,
  type CartView,
  type CashierRedirectPlan,
  type CheckoutOrderView,
  type CheckoutStatus,
  type CheckoutView,
  type CombinedOrder,
  type FailedOutcome,
  formatAmount,
  type Order,
  type PaymentMethodOption,
  type RedirectAttempt,
  type RedirectKind,
  regionFromLocale,
} from '@batchpay/core';
export { type BatchPayContextValue, useOptionalBatchPayContext } from './BatchPayContext.js';
export { BatchPayProvider, type BatchPayProviderProps } from './BatchPayProvider.js';
export { clearPendingCheckout, type PendingCheckout, readPendingCheckout } from './checkoutStorage.js';
export { readCheckoutIdFromUrl } from './readCheckoutIdFromUrl.js';
export {
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
