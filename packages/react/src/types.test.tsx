import type { FailedOutcome, RedirectKind } from '@batchpay/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { BatchPayProvider, type BatchPayProviderProps } from './BatchPayProvider.js';
import type { BatchPayEvent, BatchPayTransport } from './index.js';
import type { UseBatchPayOptions, UseBatchPayResult } from './useBatchPay.js';
import type { UseBatchPayStatusOptions } from './useBatchPayStatus.js';
import type {
  CashierRedirectStatus,
  UseCashierRedirectOptions,
  UseCashierRedirectResult,
} from './useCashierRedirect.js';
import type { UseCombinedOrderOptions } from './useCombinedOrder.js';
import type { UsePaymentMethodsParams } from './usePaymentMethods.js';

// Compile-time checks (run by `tsc`), with one runtime assertion each so the test cannot pass vacuously.
describe('public types', () => {
  it('narrows events by type', () => {
    const label = (event: BatchPayEvent): string => {
      if (event.type === 'redirect-fallback') {
        expectTypeOf(event.afterMs).toEqualTypeOf<number>();
        expectTypeOf(event.fromKind).toEqualTypeOf<RedirectKind>();
      }
      if (event.type === 'failed') expectTypeOf(event.retry).toEqualTypeOf<FailedOutcome['retry']>();
      return event.type;
    };
    expect(label({ type: 'returned', checkoutId: 'c' })).toBe('returned');
  });

  it('takes apiBaseUrl or transport on the provider, never both or neither', () => {
    const transport: BatchPayTransport = async () => ({ status: 200, body: null });
    expectTypeOf<{ apiBaseUrl: string }>().toExtend<BatchPayProviderProps>();
    expectTypeOf<{ transport: BatchPayTransport }>().toExtend<BatchPayProviderProps>();
    expectTypeOf<{ apiBaseUrl: string; transport: BatchPayTransport }>().not.toExtend<BatchPayProviderProps>();
    expectTypeOf<{ locale: string }>().not.toExtend<BatchPayProviderProps>();
    // @ts-expect-error both a base URL and a transport
    const both = <BatchPayProvider apiBaseUrl="https://shop.example" transport={transport} />;
    expect(both.type).toBe(BatchPayProvider);
  });

  it('names the result types UseXResult with the documented fields', () => {
    expectTypeOf<UseCashierRedirectResult['status']>().toEqualTypeOf<CashierRedirectStatus>();
    expectTypeOf<UseCashierRedirectResult['timeLeftMs']>().toEqualTypeOf<number | null>();
    expectTypeOf<UseBatchPayResult['payRefusal']>().toEqualTypeOf<
      'in-flight' | 'retry-never' | 'already-paid' | 'in-progress' | null
    >();
    const statuses: CashierRedirectStatus[] = ['idle', 'waiting', 'left', 'opened', 'manual', 'exhausted'];
    expect(statuses).toHaveLength(6);
  });
});

describe('exactOptionalPropertyTypes (on in this package): every optional option accepts undefined', () => {
  it('compiles with undefined for each optional field', () => {
    const maybe = <T,>(value: T): T | undefined => value;
    const props: BatchPayProviderProps = {
      apiBaseUrl: 'https://shop.example',
      queryClient: undefined,
      locale: maybe('ko-KR'),
      userRegion: undefined,
      onEvent: undefined,
      retry: undefined,
      client: undefined,
    };
    const payOptions: UseBatchPayOptions = {
      env: undefined,
      userRegion: undefined,
      redirectOptions: undefined,
      resume: undefined,
      statusPolling: { initialIntervalMs: undefined },
    };
    const redirect: UseCashierRedirectOptions = {
      timeoutMs: undefined,
      normalUrlTarget: undefined,
      autoStart: undefined,
      navigate: undefined,
      appIdentifier: undefined,
      onAttempt: undefined,
      onAppDidNotOpen: undefined,
    };
    const methods: UsePaymentMethodsParams = {
      methods: undefined,
      userRegion: undefined,
      value: maybe('GCASH'),
      defaultValue: undefined,
      onValueChange: undefined,
    };
    const order: UseCombinedOrderOptions = { locale: undefined, paymentAmount: undefined };
    const status: UseBatchPayStatusOptions = { enabled: undefined, maxIntervalMs: undefined };
    expect([props, payOptions, redirect, methods, order, status]).toHaveLength(6);
  });
});
