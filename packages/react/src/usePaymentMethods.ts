import {
  isHomeRegionMethod,
  methodDisplayName,
  methodRegion,
  type PaymentMethodOption,
  regionFromLocale,
  sortPaymentMethods,
} from '@batchpay/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { BatchPayApiError } from './BatchPayApiError.js';
import { useBatchPayContext } from './BatchPayContext.js';
import { fetchPaymentMethods } from './merchantApi.js';
import { useControllableState } from './useControllableState.js';

export interface UsePaymentMethodsParams {
  /** The methods to offer; loaded from `GET /api/payment-methods` when not given. */
  methods?: readonly PaymentMethodOption[];
  /** The buyer's region (ISO 3166 alpha-2); default: the provider's `userRegion`, else its `locale`'s region. */
  userRegion?: string;
  /** Selected `paymentMethodType` (controlled). */
  value?: string;
  /** Selected at first (uncontrolled). */
  defaultValue?: string;
  onValueChange?: (paymentMethodType: string) => void;
}

/** One method as a picker shows it. */
export interface PaymentMethodChoice {
  paymentMethodType: string;
  displayName: string;
  region: string | undefined;
  /** The buyer's home-region wallet (listed first). */
  isHomeRegion: boolean;
  selected: boolean;
  disabled: boolean;
  disabledReason: string | undefined;
  logoUrl: string | undefined;
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
  const { transport, userRegion: providerRegion, locale } = useBatchPayContext('usePaymentMethods');
  const userRegion = params.userRegion ?? providerRegion ?? regionFromLocale(locale);

  const query = useQuery<PaymentMethodOption[], BatchPayApiError>({
    queryKey: ['batchpay', 'payment-methods'],
    queryFn: ({ signal }) => fetchPaymentMethods(transport, signal),
    enabled: given === undefined,
    staleTime: 5 * 60_000,
  });
  const source = given ?? query.data;

  const [selected, setSelected] = useControllableState<string>({ value, defaultValue, onChange: onValueChange });

  const methods = useMemo<PaymentMethodChoice[]>(
    () =>
      sortPaymentMethods(source ?? [], userRegion).map((m) => ({
        paymentMethodType: m.paymentMethodType,
        displayName: methodDisplayName(m),
        region: methodRegion(m),
        isHomeRegion: isHomeRegionMethod(m, userRegion),
        selected: m.paymentMethodType === selected,
        disabled: m.disabled === true,
        disabledReason: m.disabledReason,
        logoUrl: m.logoUrl,
      })),
    [source, userRegion, selected],
  );

  const select = useCallback(
    (paymentMethodType: string) => {
      const method = methods.find((m) => m.paymentMethodType === paymentMethodType);
      if (!method || method.disabled) return;
      setSelected(paymentMethodType);
    },
    [methods, setSelected],
  );

  const { refetch: refetchQuery } = query;
  const refetch = useCallback(() => {
    void refetchQuery();
  }, [refetchQuery]);

  return {
    methods,
    value: selected,
    selectedMethod: methods.find((m) => m.selected),
    select,
    userRegion,
    isLoading: given === undefined && query.isPending,
    error: given === undefined ? query.error : null,
    refetch,
  };
}
