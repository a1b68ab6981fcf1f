import { demoDefaults } from './demoDefaults';

/** Where the demo finds its backend and the sandbox, from Vite env vars (set by `npm start` and the e2e config). */
export interface DemoConfig {
  /** apps/server, the merchant backend. */
  apiUrl: string;
  /** packages/sandbox, for the developer panel's scenario control. */
  sandboxUrl: string;
  /** How long the checkout waits for a wallet app to open before it tries the next way. */
  appOpenTimeoutMs: number;
  /** The cart apps/server creates. */
  cartId: string;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function positiveNumber(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export const demoConfig: DemoConfig = {
  apiUrl: trimSlash(import.meta.env.VITE_API_URL ?? demoDefaults.apiUrl),
  sandboxUrl: trimSlash(import.meta.env.VITE_SANDBOX_URL ?? demoDefaults.sandboxUrl),
  appOpenTimeoutMs: positiveNumber(import.meta.env.VITE_APP_OPEN_TIMEOUT_MS, 5000),
  cartId: import.meta.env.VITE_CART_ID ?? 'demo-cart',
};

/** The sandbox serves its cashier over http on loopback: let core's redirect plan accept that, and only that. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const { hostname } = new URL(url);
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}
