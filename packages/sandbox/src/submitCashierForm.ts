/** The CSRF token in a cashier page's form, or undefined when the page has no form. */
function csrfTokenIn(html: string): string | undefined {
  return /name="csrf" value="([^"]*)"/.exec(html)?.[1];
}

/**
 * Plays the buyer on the hosted cashier page, for tests and scripts: loads the page (as a browser does) and posts its
 * form with the page's CSRF token and `action` (`pay`, `decline`, `cancel`; `fields` adds or overrides form fields,
 * such as `declineCode`). Answers the sandbox's response unread, without following its 303. Over HTTP by default;
 * `target` sends both requests to an in-process sandbox instead (`createSandbox`).
 */
export async function submitCashierForm(
  normalUrl: string,
  action: string,
  fields: Record<string, string> = {},
  target: { fetch(request: Request): Promise<Response> } | undefined = undefined,
): Promise<Response> {
  const send = (request: Request) => (target ? target.fetch(request) : fetch(request));
  const page = await send(new Request(normalUrl));
  const csrf = csrfTokenIn(await page.text()) ?? '';
  return send(
    new Request(normalUrl, {
      method: 'POST',
      body: new URLSearchParams({ csrf, action, ...fields }),
      redirect: 'manual',
    }),
  );
}
