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
export { BatchPayApiError } from './BatchPayApiError';
export { type BatchPayContextValue, useOptionalBatchPayContext } from './BatchPayContext';
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
