const paramNames = (url: URL) => [...new Set(url.searchParams.keys())].sort().join('&');

/**
 * Whether the HTML prerendered for `prerenderedHref` is this page's: the pages render by their path and by which
 * query parameters there are (`?checkout=`, `?method=`), not by the values, until their data loads.
 */
export function matchesPrerender(prerenderedHref: string, href: string): boolean {
  const prerendered = new URL(prerenderedHref, 'http://demo.local');
  const current = new URL(href, 'http://demo.local');
  return prerendered.pathname === current.pathname && paramNames(prerendered) === paramNames(current);
}
