/** Chrome or Firefox on Android: the browsers where a scheme is best fired as an `intent://` URL. */
export function prefersAndroidIntent(userAgent: string): boolean {
  if (!/Android/i.test(userAgent)) return false;
  if (/; wv\)|WebView|MicroMessenger|FBAN|FBAV|Instagram|Line\//i.test(userAgent)) return false;
  return /Chrome\/|Firefox\//i.test(userAgent);
}
