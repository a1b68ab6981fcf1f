import { regionFromLocale } from '@batchpay/react';
import { useBrowserSnapshot } from './useBrowserSnapshot';

const readRegion = () => regionFromLocale(navigator.language);

/** The region of the browser's language (`en-GB` → `GB`); undefined on the server and while hydrating. */
export function useBrowserRegion(): string | undefined {
  return useBrowserSnapshot(readRegion);
}
