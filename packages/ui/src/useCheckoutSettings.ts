import * as batchPayReact from '@batchpay/react';
import { useContext } from 'react';
import { MessagesContext } from './messages/BatchPayMessagesProvider';

export interface CheckoutSettings {
  locale: string | undefined;
  userRegion: string | undefined;
}

interface ProviderSettings {
  locale: string | undefined;
  userRegion: string | undefined;
}

/*
 * @batchpay/react keeps `useOptionalBatchPayContext` internal (its index does not export it yet). Until it does, it
 * is looked up on the module; when absent, the settings come from the props and <BatchPayMessagesProvider>.
 */
const useProviderSettings: () => ProviderSettings | null =
  ((batchPayReact as unknown as Record<string, unknown>).useOptionalBatchPayContext as
    | (() => ProviderSettings | null)
    | undefined) ?? (() => null);

/** `locale` and `userRegion`: the component's props win, then `BatchPayMessagesProvider`, then `BatchPayProvider`. */
export function useCheckoutSettings(locale?: string, userRegion?: string): CheckoutSettings {
  const provider = useProviderSettings();
  const messages = useContext(MessagesContext);
  return {
    locale: locale ?? messages?.locale ?? provider?.locale,
    userRegion: userRegion ?? provider?.userRegion,
  };
}
