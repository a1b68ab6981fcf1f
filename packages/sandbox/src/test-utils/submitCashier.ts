/** Where a cashier page is served: a real server (fetch over HTTP) or an in-process sandbox handler. */
export type CashierTarget = { fetch(request: Request): Promise<Response> } | undefined;

/** The CSRF token in a cashier page's form, or undefined when the page has no form. */
export function csrfTokenIn(html: string): string | undefined {
  return /name="csrf" value="([^"]*)"/.exec(html)?.[1];
}

/**
 * The buyer presses Pay, Decline or Cancel on the hosted cashier page: loads the page (as the browser does) and posts
 * its form with the page's CSRF token. `extra` adds or overrides form fields.
 */
export async function submitCashier(
  normalUrl: string,
  action: string,
  extra: Record<string, string> = {},
  target: CashierTarget = undefined,
): Promise<Response> {
  const send = (request: Request) => (target ? target.fetch(request) : fetch(request));
  const page = await send(new Request(normalUrl));
  const csrf = csrfTokenIn(await page.text()) ?? '';
  return send(
    new Request(normalUrl, {
      method: 'POST',
      body: new URLSearchParams({ csrf, action, ...extra }),
      redirect: 'manual',
    }),
  );
}
