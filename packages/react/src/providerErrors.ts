/*
 * The errors @batchpay/react throws when it is wired wrongly, here so that their text costs the hooks nothing.
 */

/** A hook that needs the backend was used without `<BatchPayProvider>` above it. */
export function outsideProviderError(hookName: string): Error {
  return new Error(
    `${hookName} must be used inside <BatchPayProvider>: wrap your checkout in ` +
      '<BatchPayProvider apiBaseUrl="https://your-backend.example"> (from @batchpay/react).',
  );
}

/**
 * The provider's `apiBaseUrl`, when `<BatchPayProvider>` got no `transport`: throws an error that names the fix when
 * it is missing too.
 */
export function requireApiBaseUrl(apiBaseUrl: unknown): string {
  if (typeof apiBaseUrl === 'string') return apiBaseUrl;
  throw new Error(
    '<BatchPayProvider> needs apiBaseUrl (the merchant backend, e.g. "https://shop.example") or transport',
  );
}
