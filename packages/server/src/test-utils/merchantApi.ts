import type { ApiErrorBody, CheckoutView, CreateCheckoutResponse } from '@batchpay/core';
import { submitCashierForm } from '@batchpay/sandbox';

export const webEnv = { terminalType: 'WEB' } as const;

/** `POST /api/checkouts` as the React hooks send it. */
export async function postCheckout(
  baseUrl: string,
  key: string | null,
  body: Record<string, unknown> = { cartId: 'cart-test', paymentMethodType: 'KAKAOPAY', env: webEnv, userRegion: 'KR' },
): Promise<{ status: number; json: CreateCheckoutResponse & ApiErrorBody }> {
  const response = await fetch(`${baseUrl}/api/checkouts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as CreateCheckoutResponse & ApiErrorBody };
}

export async function getCheckout(baseUrl: string, checkoutId: string): Promise<CheckoutView> {
  const response = await fetch(`${baseUrl}/api/checkouts/${encodeURIComponent(checkoutId)}`);
  if (response.status !== 200) throw new Error(`GET checkout answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as CheckoutView;
}

/** Polls the status endpoint (as the result page does) until `until` holds or the time is up. */
export async function waitForCheckout(
  baseUrl: string,
  checkoutId: string,
  until: (view: CheckoutView) => boolean,
  timeoutMs = 8_000,
): Promise<CheckoutView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await getCheckout(baseUrl, checkoutId);
    if (until(view) || Date.now() > deadline) return view;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The buyer presses a button on the sandbox's hosted cashier page. */
export async function actOnCashier(normalUrl: string, action: 'pay' | 'decline' | 'cancel'): Promise<number> {
  const response = await submitCashierForm(normalUrl, action);
  await response.arrayBuffer();
  return response.status;
}
