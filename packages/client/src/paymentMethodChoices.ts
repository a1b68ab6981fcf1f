import {
  isHomeRegionMethod,
  methodDisplayName,
  methodRegion,
  type PaymentMethodOption,
  sortPaymentMethods,
} from '@batchpay/core';

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

/**
 * The methods as a picker lists them: sorted for the buyer's region (home wallets first, otherwise the merchant's
 * order), each with its display name, region, and whether it is the selected one or disabled.
 */
export function paymentMethodChoices(
  methods: readonly PaymentMethodOption[],
  userRegion: string | undefined,
  selected: string | undefined,
): PaymentMethodChoice[] {
  return sortPaymentMethods(methods, userRegion).map((m) => ({
    paymentMethodType: m.paymentMethodType,
    displayName: methodDisplayName(m),
    region: methodRegion(m),
    isHomeRegion: isHomeRegionMethod(m, userRegion),
    selected: m.paymentMethodType === selected,
    disabled: m.disabled === true,
    disabledReason: m.disabledReason,
    logoUrl: m.logoUrl,
  }));
}
