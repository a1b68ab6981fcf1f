/**
 * The kind of browser that decides how a wallet app can be opened (see the table in the package README):
 * - `desktop`: no wallet app; the hosted cashier page.
 * - `android-browser`: Chrome or Firefox for Android, which open an `intent://` URL and load its fallback themselves.
 * - `android-webview`: an Android WebView or an in-app browser (`; wv`, WeChat, Facebook, Instagram, LINE), where an
 *   unknown scheme at the top level replaces the page with an error; schemes go through a hidden iframe.
 * - `ios-browser`: Safari and the other iOS browsers, and a merchant's own iOS app.
 * - `ios-in-app`: a third-party iOS in-app browser that blocks custom schemes (WeChat).
 */
export type RedirectBrowser = 'desktop' | 'android-browser' | 'android-webview' | 'ios-browser' | 'ios-in-app';

const ANDROID_IN_APP = /; wv\)|WebView|MicroMessenger|FBAN|FBAV|Instagram|Line\//i;
const IOS_BLOCKS_SCHEMES = /MicroMessenger/i;

/** The redirect browser of a user agent; an iPad reporting a desktop Safari is told apart by its touch points. */
export function redirectBrowserFromUserAgent(
  userAgent: string,
  hints: { maxTouchPoints?: number | undefined } = {},
): RedirectBrowser {
  if (/Android/i.test(userAgent)) {
    if (ANDROID_IN_APP.test(userAgent)) return 'android-webview';
    return /Chrome\/|Firefox\//i.test(userAgent) ? 'android-browser' : 'android-webview';
  }
  const iPadAsDesktop = /Macintosh/i.test(userAgent) && (hints.maxTouchPoints ?? 0) > 1;
  if (/iPhone|iPad|iPod/i.test(userAgent) || iPadAsDesktop) {
    return IOS_BLOCKS_SCHEMES.test(userAgent) ? 'ios-in-app' : 'ios-browser';
  }
  return 'desktop';
}
