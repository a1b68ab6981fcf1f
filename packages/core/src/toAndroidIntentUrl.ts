/**
 * Turns an app scheme URL (`alipays://platformapi/startapp?...`) into the `intent://` form Chrome and Firefox for
 * Android open without a user gesture, with the app's package and the URL to load when the app is not installed.
 * Returns the URL unchanged when it has no `scheme://` part.
 */
export function toAndroidIntentUrl(
  schemeUrl: string,
  options: { packageName?: string; fallbackUrl?: string } = {},
): string {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^#]*)/.exec(schemeUrl);
  if (!match) return schemeUrl;
  const [, scheme, rest] = match;
  let intent = `intent://${rest}#Intent;scheme=${scheme}`;
  if (options.packageName) intent += `;package=${options.packageName}`;
  if (options.fallbackUrl) intent += `;S.browser_fallback_url=${encodeURIComponent(options.fallbackUrl)}`;
  return `${intent};end`;
}
