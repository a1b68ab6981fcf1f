// @batchpay/core, re-exported by name (not `export *`): bundlers such as esbuild cannot tree-shake this package
// when it re-exports everything of an external module. index.test.ts fails when core gains an export missing here.
export type * from '@batchpay/core';
export {
  AddressSchema,
  AmountSchema,
  amountsEqual,
  BatchPayRequestSchema,
  BatchPayResponseSchema,
  BrowserInfoSchema,
  BuyerSchema,
  CodeDetailSchema,
  CreateCheckoutBodySchema,
  CreditPayPlanSchema,
  checkoutReducer,
  checkoutStatuses,
  checkPaymentExpiryTime,
  currencyExponent,
  defaultPaymentExpiry,
  defaultPaymentExpiryMs,
  EnvSchema,
  failedOutcome,
  formatAmount,
  formatIssuePath,
  formatValidationIssues,
  fromMinorUnits,
  GoodsSchema,
  getResultCodeInfo,
  hasResultCodeAction,
  InquiryPaymentRequestSchema,
  InquiryPaymentResponseSchema,
  initialCheckoutState,
  interpretBatchPayResponse,
  isBankTransfer,
  isFinalCheckoutStatus,
  isHomeRegionMethod,
  isMinorUnits,
  isoDateTimePattern,
  isResultCode,
  kitFailureCodes,
  MerchantSchema,
  MoneyError,
  maxRequestedExpiryMs,
  methodDisplayName,
  methodRegion,
  NotifyOrderSummarySchema,
  NotifyPaymentRequestSchema,
  neverRetryCodes,
  nextSubmission,
  notifyAcknowledgement,
  OrderCodeFormSchema,
  OrderSchema,
  OrderSummarySchema,
  osTypes,
  PaymentFactorSchema,
  PaymentMethodSchema,
  PaymentResultInfoSchema,
  PspCustomerInfoSchema,
  parseSchema,
  paymentMethodCatalogue,
  paymentStatuses,
  planCashierRedirect,
  ResultSchema,
  regionFromLocale,
  resultCodeAction,
  resultCodeList,
  resultCodes,
  resultStatuses,
  ShippingSchema,
  sortPaymentMethods,
  sumAmounts,
  terminalTypes,
  toMinorUnits,
  UserNameSchema,
  unsafeUrlReason,
  validateBatchPayRequest,
} from '@batchpay/core';
export { BatchPayApiError } from './BatchPayApiError.js';
export { type BatchPayContextValue, useOptionalBatchPayContext } from './BatchPayContext.js';
export type { BatchPayEvent, BatchPayEventType } from './BatchPayEvent.js';
export { BatchPayProvider, type BatchPayProviderProps } from './BatchPayProvider.js';
export type { BatchPayTransport, BatchPayTransportRequest, BatchPayTransportResponse } from './BatchPayTransport.js';
export { clearPendingCheckout, type PendingCheckout, readPendingCheckout } from './checkoutStorage.js';
export { createFetchTransport } from './createFetchTransport.js';
export { type DetectEnvironmentOptions, type DetectedEnvironment, detectEnvironment } from './detectEnvironment.js';
export { readCheckoutIdFromUrl } from './readCheckoutIdFromUrl.js';
export type { RetryPolicy } from './retryPolicy.js';
export { prefersAndroidIntent, toAndroidIntentUrl } from './toAndroidIntentUrl.js';
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
