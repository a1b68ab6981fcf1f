import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};
const nothing = () => undefined;

/**
 * A value only the browser knows (its language, its user agent): undefined on the server and while hydrating, so
 * the prerendered HTML matches; then the browser's. `read` must return the same string for the same browser.
 */
export function useBrowserSnapshot(read: () => string | undefined): string | undefined {
  return useSyncExternalStore(subscribeNever, read, nothing);
}
