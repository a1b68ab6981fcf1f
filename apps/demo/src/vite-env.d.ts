/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_URL?: string;
  readonly VITE_SANDBOX_URL?: string;
  readonly VITE_APP_OPEN_TIMEOUT_MS?: string;
  readonly VITE_CART_ID?: string;
}
