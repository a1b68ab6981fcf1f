import type { ReactNode } from 'react';
import { BatchPayTestProvider, type BatchPayTestProviderProps } from './BatchPayTestProvider.js';

/**
 * A `wrapper` for Testing Library's `render(ui, { wrapper })` and `renderHook(hook, { wrapper })`: your page under a
 * `BatchPayTestProvider` with these settings.
 */
export function createBatchPayWrapper(
  options: Omit<BatchPayTestProviderProps, 'children'> = {},
): (props: { children: ReactNode }) => ReactNode {
  // Made once per test (outside render), so React keeps the subtree across re-renders.
  return ({ children }) => <BatchPayTestProvider {...options}>{children}</BatchPayTestProvider>;
}
