export { BatchPayCheckout, type BatchPayCheckoutProps, type BatchPayCheckoutState } from './BatchPayCheckout.js';
export { CashierRedirect, type CashierRedirectProps } from './CashierRedirect.js';
export { CombinedOrderSummary, type CombinedOrderSummaryProps } from './CombinedOrderSummary.js';
export type { ResultKind, ResultOrder } from './describeResult.js';
export { LoadError, type LoadErrorProps } from './LoadError.js';
export { Monogram, monogramLetters } from './Monogram.js';
export {
  BatchPayMessagesProvider,
  type BatchPayMessagesProviderProps,
  pickCatalogue,
  useMessages,
} from './messages/BatchPayMessagesProvider.js';
export { en } from './messages/en.js';
export { formatMessage } from './messages/formatMessage.js';
export type { MessageCode, MessageOverrides, Messages } from './messages/Messages.js';
export { mergeMessages } from './messages/mergeMessages.js';
export { PayButton, type PayButtonProps } from './PayButton.js';
export { PaymentMethodPicker, type PaymentMethodPickerProps } from './PaymentMethodPicker.js';
export { PaymentResult, type PaymentResultProps, type PaymentResultState } from './PaymentResult.js';
// The QR code itself is the opt-in entry @batchpay/ui/qr; only its props type is here (no runtime reference).
export type { QrCodeProps } from './QrCode.js';
export { failureMessage, resultMessage } from './resultMessage.js';
export { SummarySkeleton, type SummarySkeletonProps } from './SummarySkeleton.js';
