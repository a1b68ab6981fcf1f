import * as client from '@batchpay/client';
import * as core from '@batchpay/core';
import { describe, expect, it } from 'vitest';
import * as react from './index.js';

const reactExports: Record<string, unknown> = { ...react };

describe('@batchpay/react entry', () => {
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
      'createFetchTransport',
    ]) {
      expect(typeof reactExports[name], name).toBe('function');
    }
  });

  it('re-exports a few names of client and core as the same values, not all of core', () => {
    expect(react.detectEnvironment).toBe(client.detectEnvironment);
    expect(react.BatchPayApiError).toBe(client.BatchPayApiError);
    expect(react.formatAmount).toBe(core.formatAmount);
    expect(react.regionFromLocale).toBe(core.regionFromLocale);
    // Antom's request schemas, validation and signatures are for servers: not in a React entry.
    for (const name of [
      'BatchPayRequestSchema',
      'validateBatchPayRequest',
      'interpretBatchPayResponse',
      'checkoutReducer',
    ]) {
      expect(name in reactExports, name).toBe(false);
    }
    expect(Object.keys(reactExports).length).toBeLessThan(30);
  });
});
