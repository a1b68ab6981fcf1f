// core compiles against ES2022 only (no DOM typings); URL is a global of every runtime we support.
declare const URL: new (input: string, base: string) => { readonly searchParams: { get(name: string): string | null } };

/** The `?checkout=<id>` the merchant backend puts into `paymentRedirectUrl`, or null. Relative URLs are fine. */
export function checkoutIdFromUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, 'http://localhost').searchParams.get('checkout')?.trim() || null;
  } catch {
    return null;
  }
}
