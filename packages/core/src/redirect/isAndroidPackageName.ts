/**
 * Whether a value is an Android application id (`com.eg.android.AlipayGphone`): two or more dot-separated segments,
 * each a letter then letters, digits or underscores. Anything else (`;`, `=`, `#`, spaces) could end or extend an
 * `intent://` URL, such as `com.x;S.browser_fallback_url=https%3A%2F%2Fevil.example;end`.
 */
export function isAndroidPackageName(value: string): boolean {
  return value.length <= 255 && /^[a-z]\w*(\.[a-z]\w*)+$/i.test(value);
}
