/** The `?checkout=<id>` the merchant backend puts into `paymentRedirectUrl`, or null (also on a server). */
export function readCheckoutIdFromUrl(href?: string): string | null {
  const source = href ?? (typeof location === 'undefined' ? undefined : location.href);
  if (!source) return null;
  try {
    const id = new URL(source, 'http://localhost').searchParams.get('checkout');
    return id && id.trim() !== '' ? id.trim() : null;
  } catch {
    return null;
  }
}
