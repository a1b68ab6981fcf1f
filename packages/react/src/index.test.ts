import * as core from '@batchpay/core';
import { describe, expect, it } from 'vitest';
import * as react from './index.js';

const coreExports: Record<string, unknown> = { ...core };
const reactExports: Record<string, unknown> = { ...react };

describe('@batchpay/react entry', () => {
  it('re-exports every runtime export of @batchpay/core, as the same values', () => {
    const missing = Object.keys(coreExports).filter((name) => !(name in reactExports));
    expect(missing, 'add these names to the core re-export list in src/coreExports.ts').toEqual([]);
    for (const [name, value] of Object.entries(coreExports)) expect(reactExports[name], name).toBe(value);
  });

  it('exports the provider and every hook', () => {
    for (const name of [
      'BatchPayProvider',
      'useBatchPay',
      'useCashierRedirect',
      'usePaymentMethods',
      'useCombinedOrder',
      'useBatchPayStatus',
      'useCart',
      'detectEnvironment',
    ]) {
      expect(typeof reactExports[name], name).toBe('function');
    }
  });
});
