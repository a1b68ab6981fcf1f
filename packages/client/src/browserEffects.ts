import type { RedirectFire, RedirectKind } from '@batchpay/core';
import type { CashierTarget } from './cashierManualLinks.js';
import { createIdempotencyKey } from './createIdempotencyKey.js';
import type { StorageLike } from './pendingCheckoutStorage.js';

/**
 * What happened to the page: `hidden` / `visible` (visibilitychange), `unloaded` (pagehide) or `restored` (pageshow
 * from the back-forward cache).
 */
export type PageChange = 'hidden' | 'visible' | 'unloaded' | 'restored';

/**
 * Opens a URL of the redirect the way the plan says (`fire`): `location.assign` (or `window.open` for a cashier page
 * in a new tab), a hidden iframe's `src` (a scheme in an Android WebView: a failure stays silent and the page lives),
 * or a click on a hidden anchor (a scheme on iOS).
 */
export type CashierNavigate = (
  url: string,
  how: { kind: RedirectKind; target: CashierTarget; fire?: RedirectFire | undefined },
) => void;

/**
 * Everything the checkout client does to the world, injectable (tests, native bridges, other runtimes): the clock
 * and timers, the page's visibility and life cycle, navigation, storage, the URL, keys and the console.
 */
export interface BrowserEffects {
  now: () => number;
  /** Runs `run` after `ms`; answers the cancel. */
  setTimer: (run: () => void, ms: number) => () => void;
  pageIsHidden: () => boolean;
  /** Calls `listener` on each change of the page's visibility and life cycle; answers the unsubscribe. */
  onPageChange: (listener: (change: PageChange) => void) => () => void;
  navigate: CashierNavigate;
  /** This tab's storage for the pending checkout (sessionStorage); may throw or be missing. */
  storage: () => StorageLike;
  /** The page's URL (for `?checkout=`), undefined on a server. */
  href: () => string | undefined;
  /** A fresh Idempotency-Key. */
  createKey: () => string;
  /** Tells the developer (console.warn). */
  warn: (message: string) => void;
}

function pageIsHidden(): boolean {
  return globalThis.document?.visibilityState === 'hidden';
}

function onPageChange(listener: (change: PageChange) => void): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
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

/** How long a hidden iframe that fired a scheme stays in the page (the OS has taken the URL by then, or never will). */
const IFRAME_LINGER_MS = 2_000;

function navigate(url: string, how: { target: CashierTarget; fire?: RedirectFire | undefined }): void {
  if (how.fire === 'iframe') {
    const frame = document.createElement('iframe');
    frame.hidden = true;
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.display = 'none';
    frame.src = url;
    document.body.appendChild(frame);
    setTimeout(() => frame.remove(), IFRAME_LINGER_MS);
    return;
  }
  if (how.fire === 'anchor') {
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.hidden = true;
    anchor.rel = 'noopener';
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    return;
  }
  const opened = how.target === 'new-tab' && window.open(url, '_blank');
  if (opened) opened.opener = null;
  else window.location.assign(url);
}

/** The effects of a real browser page (each one safe to create on a server: nothing runs until used). */
export function browserEffects(): BrowserEffects {
  return {
    now: () => Date.now(),
    setTimer: (run, ms) => {
      const id = setTimeout(run, ms);
      return () => clearTimeout(id);
    },
    pageIsHidden,
    onPageChange,
    navigate,
    storage: () => sessionStorage,
    href: () => globalThis.location?.href,
    createKey: createIdempotencyKey,
    warn: (message) => console.warn(message),
  };
}
