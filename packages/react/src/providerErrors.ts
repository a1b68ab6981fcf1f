/*
 * The errors @batchpay/react throws when it is wired wrongly, here so that their text costs the hooks nothing.
 * (The provider's "needs apiBaseUrl or transport" is @batchpay/client's `transportFor`.)
 */

/** A hook that needs the backend was used without `<BatchPayProvider>` above it. */
export function outsideProviderError(hookName: string): Error {
  return new Error(
    `${hookName} must be used inside <BatchPayProvider>: wrap your checkout in ` +
      '<BatchPayProvider apiBaseUrl="https://your-backend.example"> (from @batchpay/react).',
  );
}
