/** Where the backend and the sandbox are when no VITE_API_URL / VITE_SANDBOX_URL is set (`npm start`'s ports). */
export const demoDefaults = {
  apiUrl: 'http://127.0.0.1:8788',
  sandboxUrl: 'http://127.0.0.1:8787',
} as const;
