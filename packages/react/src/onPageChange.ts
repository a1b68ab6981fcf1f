/**
 * What happened to the page: `hidden` / `visible` (visibilitychange), `unloaded` (pagehide) or `restored` (pageshow
 * from the back-forward cache).
 */
export type PageChange = 'hidden' | 'visible' | 'unloaded' | 'restored';

/** Whether this page is hidden now (false on a server). */
export const pageIsHidden = (): boolean => globalThis.document?.visibilityState === 'hidden';

/**
 * Calls `listener` on each change of the page's visibility and life cycle; returns the unsubscribe. The one place
 * where the hooks listen to `visibilitychange`, `pagehide` and `pageshow`.
 */
export function onPageChange(listener: (change: PageChange) => void): () => void {
  const handle = (event: Event) => {
    if (event.type === 'pagehide') listener('unloaded');
    else if (event.type !== 'pageshow') listener(pageIsHidden() ? 'hidden' : 'visible');
    else if ((event as PageTransitionEvent).persisted) listener('restored');
  };
  const targets = [
    [document, 'visibilitychange'],
    [window, 'pagehide'],
    [window, 'pageshow'],
  ] as const;
  for (const [target, type] of targets) target.addEventListener(type, handle);
  return () => {
    for (const [target, type] of targets) target.removeEventListener(type, handle);
  };
}
