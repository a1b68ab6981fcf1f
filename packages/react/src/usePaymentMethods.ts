import {
  type BatchPayApiError,
  type PaymentMethodChoice,
  paymentMethodChoices,
  paymentMethodsRequest,
} from '@batchpay/client';
import { type PaymentMethodOption, regionFromLocale } from '@batchpay/core';
import { useCallback, useMemo } from 'react';
import { useControllableState } from './useControllableState.js';
import { useMerchantQuery } from './useMerchantQuery.js';

export type { PaymentMethodChoice } from '@batchpay/client';

export interface UsePaymentMethodsParams {
  /** The methods to offer; loaded from `GET /api/payment-methods` when not given. */
  methods?: readonly PaymentMethodOption[] | undefined;
  /** The buyer's region (ISO 3166 alpha-2); default: the provider's `userRegion`, else its `locale`'s region. */
  userRegion?: string | undefined;
  /** Selected `paymentMethodType` (controlled). */
  value?: string | undefined;
  /** Selected at first (uncontrolled). */
  defaultValue?: string | undefined;
  onValueChange?: ((paymentMethodType: string) => void) | undefined;
}

export interface UsePaymentMethodsResult {
  /** Sorted with core's region sort: the buyer's home wallets first, otherwise in the given order. */
  methods: PaymentMethodChoice[];
  /** The selected `paymentMethodType`, or undefined. */
  value: string | undefined;
  selectedMethod: PaymentMethodChoice | undefined;
  /** Selects a method; a disabled or unknown method is ignored. */
  select: (paymentMethodType: string) => void;
  userRegion: string | undefined;
  /** True while the methods load from the backend. */
  isLoading: boolean;
  error: BatchPayApiError | null;
  /** Loads the methods again after an error. */
  refetch: () => void;
}

/** The payment methods, sorted for the buyer's region, with a controlled or uncontrolled selection. */
export function usePaymentMethods(params: UsePaymentMethodsParams = {}): UsePaymentMethodsResult {
  const { methods: given, value, defaultValue, onValueChange } = params;
  const { query, context, result } = useMerchantQuery('usePaymentMethods', given ? null : paymentMethodsRequest(), {
    staleTime: 5 * 60_000,
  });
  const userRegion = params.userRegion ?? context.userRegion ?? regionFromLocale(context.locale);
  const source = given ?? query.data?.methods;

  const [selected, setSelected] = useControllableState(value, defaultValue, onValueChange);

  const methods = useMemo(
    () => paymentMethodChoices(source ?? [], userRegion, selected),
    [source, userRegion, selected],
  );

  const select = useCallback(
    (paymentMethodType: string) => {
      const method = methods.find((m) => m.paymentMethodType === paymentMethodType);
      if (method && !method.disabled) setSelected(paymentMethodType);
    },
    [methods, setSelected],
  );

  return {
    methods,
    value: selected,
    selectedMethod: methods.find((m) => m.selected),
    select,
    userRegion,
    isLoading: !given && query.isPending,
    error: given ? null : query.error,
    refetch: result.refetch,
  };
}
