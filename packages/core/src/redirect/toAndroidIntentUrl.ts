import { isAndroidPackageName } from './isAndroidPackageName.js';

/**
 * Turns an app scheme URL (`alipays://platformapi/startapp?...`) into the `intent://` form Chrome and Firefox for
 * Android open without a timer, with the app's package and the URL to load when the app is not installed.
 * Every part is escaped so that none can end the intent early or add an extra: the scheme must be a plain scheme, a
 * `#` in the URL (which would start the intent's own `#Intent;…;end` part) is dropped with what follows it, a package
 * that is not an Android package name is left out, and the fallback URL is percent-encoded as a whole. Returns the URL unchanged when it has no `scheme://` part.
 */
export function toAndroidIntentUrl(
  schemeUrl: string,
  options: { packageName?: string | undefined; fallbackUrl?: string | undefined } = {},
): string {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^#]*)/i.exec(schemeUrl);
  if (!match) return schemeUrl;
  const scheme = match[1] ?? '';
  const rest = match[2] ?? '';
  let intent = `intent://${rest}#Intent;scheme=${scheme}`;
  if (options.packageName && isAndroidPackageName(options.packageName)) intent += `;package=${options.packageName}`;
  if (options.fallbackUrl) intent += `;S.browser_fallback_url=${encodeURIComponent(options.fallbackUrl)}`;
  return `${intent};end`;
}
