export { CashierRedirect, type CashierRedirectProps } from './CashierRedirect.js';
export { CombinedOrderSummary, type CombinedOrderSummaryProps } from './CombinedOrderSummary.js';
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
export { PaymentResult, type PaymentResultProps } from './PaymentResult.js';
// The QR code itself is the opt-in entry @batchpay/ui/qr; only its props type is here (no runtime reference).
export type { QrCodeProps } from './QrCode.js';
export { failureMessage, resultMessage } from './resultMessage.js';
