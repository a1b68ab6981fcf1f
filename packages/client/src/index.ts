export { apiErrorFromResponse } from './apiErrorFromResponse.js';
export { BatchPayApiError } from './BatchPayApiError.js';
export { type BatchPayEvent, type BatchPayEventType, failedEvent, statusChangedEvent } from './BatchPayEvent.js';
export { type BrowserEffects, browserEffects, type CashierNavigate, type PageChange } from './browserEffects.js';
export {
  type BatchPayTransport,
  type BatchPayTransportRequest,
  type BatchPayTransportResponse,
  callMerchantApi,
  requestJson,
} from './callMerchantApi.js';
export { type CashierManualLink, type CashierTarget, cashierManualLinks } from './cashierManualLinks.js';
export { type CashierRedirectView, cashierRedirectView } from './cashierRedirectView.js';
export { type CheckoutControls, checkoutControls } from './checkoutControls.js';
export { checkoutIdFromUrl } from './checkoutIdFromUrl.js';
export {
  type CashierRedirectStatus,
  type CheckoutAction,
  type CheckoutActionType,
  type CheckoutState,
  type CheckoutStatusName,
  checkoutActionTypes,
  checkoutReducer,
  currentAttempt,
  initialCheckoutState,
  isFinalView,
  nextSubmission,
  type PlanEnvironment,
  paymentUnconfirmedCode,
  type RedirectPosition,
  type Submission,
} from './checkoutReducer.js';
export { type CheckoutStep, checkoutStep } from './checkoutStep.js';
export { type CheckoutViewFields, checkoutViewFields } from './checkoutViewFields.js';
export {
  type CheckoutClient,
  type CheckoutClientOptions,
  createCheckoutClient,
  type RedirectSettings,
} from './createCheckoutClient.js';
export { createFetchTransport, type FetchLike, retryAfterMs } from './createFetchTransport.js';
export { createIdempotencyKey } from './createIdempotencyKey.js';
export {
  antomEnv,
  type DetectedEnvironment,
  detectEnvironment,
  type EnvironmentHints,
} from './detectEnvironment.js';
export { failedOutcomeFromError } from './failedOutcomeFromError.js';
export { insecureLocalhostWarning } from './insecureLocalhostWarning.js';
export {
  cartRequest,
  checkoutRequest,
  createCheckoutRequest,
  type MerchantApiRequest,
  paymentMethodsRequest,
} from './merchantApiRequests.js';
export {
  type ApiAnswerSchema,
  ApiErrorBodySchema,
  BatchPayOutcomeSchema,
  CartViewSchema,
  CheckoutOrderViewSchema,
  CheckoutViewSchema,
  CreateCheckoutResponseSchema,
  FailedOutcomeSchema,
  PaymentMethodOptionSchema,
  PaymentMethodsResponseSchema,
  parseApiAnswer,
} from './merchantApiSchemas.js';
export { type CheckoutAttemptInput, nextAttemptKey } from './nextAttemptKey.js';
export { parseResponseBody } from './parseResponseBody.js';
export { type PaymentMethodChoice, paymentMethodChoices } from './paymentMethodChoices.js';
export {
  type PendingCheckout,
  parsePendingCheckout,
  pendingCheckoutStorageKey,
  serializePendingCheckout,
} from './pendingCheckout.js';
export { pendingCheckoutIn, type StorageLike } from './pendingCheckoutStorage.js';
export { type CryptoLike, randomUuidV4 } from './randomUuidV4.js';
export {
  defaultRetryPolicy,
  maxRetryAfterMs,
  type RetryPolicy,
  resolveRetryPolicy,
  retryDelay,
  shouldRetryRequest,
} from './retryPolicy.js';
export { type StatusPollingOptions, statusPollDelay } from './statusPollDelay.js';
export { type StatusWatchReport, statusWatchEvents } from './statusWatchEvents.js';
export { transportFailure } from './transportFailure.js';
export { transportFor } from './transportFor.js';
export { uuidV4FromBytes } from './uuidV4FromBytes.js';
