import { type MouseEvent, useCallback, useContext, useSyncExternalStore } from 'react';
import { ServerHrefContext } from './ServerHrefContext';

/** The current location as the demo's three pages need it. */
export interface Route {
  /** Path and query, e.g. `/result?checkout=co_1`. */
  href: string;
  pathname: string;
  search: URLSearchParams;
}

const NAVIGATE_EVENT = 'demo:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const readHref = () => window.location.pathname + window.location.search;

/** Client-side navigation (pushState), so the provider and its react-query cache stay. */
export function navigate(href: string): void {
  window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

/** A link click handler that navigates in place unless the buyer asked for a new tab. */
export function useLinkClick(): (event: MouseEvent<HTMLAnchorElement>) => void {
  return useCallback((event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const href = event.currentTarget.getAttribute('href');
    if (!href?.startsWith('/')) return;
    event.preventDefault();
    navigate(href);
  }, []);
}

/**
 * The current route; re-renders on navigation and on the browser's back and forward buttons. On the server it is
 * the prerendered URL (`ServerHrefContext`).
 */
export function useRoute(): Route {
  const serverHref = useContext(ServerHrefContext);
  const href = useSyncExternalStore(subscribe, readHref, () => serverHref ?? readHref());
  const url = new URL(href, 'http://demo.local');
  return { href, pathname: url.pathname, search: url.searchParams };
}
