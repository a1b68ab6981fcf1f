/**
 * Whether the HTML prerendered for `prerenderedHref` is this page's: the pages render by their path and by which
 * query parameters there are (`?checkout=`, `?method=`), not by the values, until their data loads.
 * Self-contained: prerenderPages.ts writes its source into each page, where it runs before the page paints.
 */
export function matchesPrerender(prerenderedHref: string, href: string): boolean {
  const shape = (url: URL) => `${url.pathname}?${[...new Set(url.searchParams.keys())].sort().join('&')}`;
  return shape(new URL(prerenderedHref, 'http://demo.local')) === shape(new URL(href, 'http://demo.local'));
}
