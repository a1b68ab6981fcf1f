/**
 * Why `value` cannot be a `paymentRedirectUrl` or `paymentNotifyUrl`, or undefined when it can: the sandbox puts the
 * redirect URL into a `Location` header and an `href`, and posts to the notify URL, so each must be an absolute
 * http(s) URL written in printable ASCII (no CR, LF, NUL, spaces, lone surrogates or characters above U+007E).
 */
export function gatewayUrlProblem(value: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses.
  if (/[\u0000-\u001f\u007f]/.test(value)) {
    return 'must not contain control characters (CR, LF, NUL, tab): percent-encode them or remove them';
  }
  if (/[^\u0021-\u007e]/.test(value)) {
    return 'must be printable ASCII: percent-encode spaces and other characters (for example "%20", "%C3%A9")';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL such as "https://shop.example/result"';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `must be an http(s) URL, not ${url.protocol}: use an address such as "https://shop.example/result"`;
  }
  if (url.hostname === '') return 'must name a host, such as "https://shop.example/result"';
  return undefined;
}
