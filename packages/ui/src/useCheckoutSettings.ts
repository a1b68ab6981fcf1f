import { useOptionalBatchPayContext } from '@batchpay/react';
import { useContext } from 'react';
import { MessagesContext } from './messages/BatchPayMessagesProvider.js';

export interface CheckoutSettings {
  locale: string | undefined;
  userRegion: string | undefined;
}

/** `locale` and `userRegion`: the component's props win, then `BatchPayMessagesProvider`, then `BatchPayProvider`. */
export function useCheckoutSettings(locale?: string | undefined, userRegion?: string | undefined): CheckoutSettings {
  const provider = useOptionalBatchPayContext();
  const messages = useContext(MessagesContext);
  return {
    locale: locale ?? messages?.locale ?? provider?.locale,
    userRegion: userRegion ?? provider?.userRegion,
  };
}
