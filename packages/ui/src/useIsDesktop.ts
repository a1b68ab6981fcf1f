import { detectEnvironment } from '@batchpay/react';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** True in a desktop browser (terminal type WEB). Always false on the server, so server HTML shows no QR code. */
export function useIsDesktop(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => detectEnvironment().terminalType === 'WEB',
    () => false,
  );
}
