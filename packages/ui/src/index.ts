export { CashierRedirect, type CashierRedirectProps } from './CashierRedirect';
export { CombinedOrderSummary, type CombinedOrderSummaryProps } from './CombinedOrderSummary';
export { Monogram, monogramLetters } from './Monogram';
export {
  BatchPayMessagesProvider,
  type BatchPayMessagesProviderProps,
  pickCatalogue,
  useMessages,
} from './messages/BatchPayMessagesProvider';
export { en } from './messages/en';
export { formatMessage } from './messages/formatMessage';
export type { MessageCode, MessageOverrides, Messages } from './messages/Messages';
export { mergeMessages } from './messages/mergeMessages';
export { PayButton, type PayButtonProps } from './PayButton';
export { PaymentMethodPicker, type PaymentMethodPickerProps } from './PaymentMethodPicker';
export { PaymentResult, type PaymentResultProps } from './PaymentResult';
export { failureMessage, resultMessage } from './resultMessage';
