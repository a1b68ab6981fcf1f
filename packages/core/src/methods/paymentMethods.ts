/** A method as a merchant offers it to the picker. Only `paymentMethodType` is required. */
export interface PaymentMethodOption {
  paymentMethodType: string;
  displayName?: string;
  /** Home region; taken from the catalogue when absent. */
  region?: string;
  disabled?: boolean;
  /** Why the method cannot be chosen, shown to the buyer. */
  disabledReason?: string;
  logoUrl?: string;
}

/*
 * Home regions of the Alipay+ wallets (the one list of them: the catalogue reads it too), compact so that the sort
 * stays small in a browser bundle. Marked pure: a bundle that never asks for a region drops it.
 */
const regions: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ 'CN ALIPAY_CN|HK ALIPAY_HK|ID DANA KREDIVO_ID DOKU|MY BOOST TNG|PH GCASH MAYA BPI BILLEASE AKULAKU_PAYLATER|KR KAKAOPAY NAVERPAY TOSSPAY|TH TRUEMONEY RABBIT_LINE_PAY KPLUS|SG GRABPAY_SG'
    .split('|')
    .flatMap((group) => {
      const [region = '', ...codes] = group.split(' ');
      return codes.map((code) => [code, region] as const);
    }),
);

/** The method's home region: its own, else the catalogue's, upper-cased; undefined when unknown. */
export function methodRegion(method: PaymentMethodOption): string | undefined {
  const region = method.region ?? regions.get(method.paymentMethodType.toUpperCase());
  return region ? region.toUpperCase() : undefined;
}

function normalizeRegion(region: string | undefined): string | undefined {
  const upper = region?.trim().toUpperCase();
  return upper && /^[A-Z]{2}$/.test(upper) ? upper : undefined;
}

/** True when the method's home region is the user's (case-insensitive). */
export function isHomeRegionMethod(method: PaymentMethodOption, userRegion: string | undefined): boolean {
  const region = normalizeRegion(userRegion);
  return region !== undefined && methodRegion(method) === region;
}

/**
 * The user's region's methods first, the rest in the merchant's order (stable), as Antom's cashier sorts by
 * `userRegion`. An unknown or missing region changes nothing. Returns a new array.
 */
export function sortPaymentMethods<T extends PaymentMethodOption>(methods: readonly T[], userRegion?: string): T[] {
  const region = normalizeRegion(userRegion);
  if (!region) return [...methods];
  const home = methods.filter((m) => methodRegion(m) === region);
  const rest = methods.filter((m) => methodRegion(m) !== region);
  return [...home, ...rest];
}

/** "ko-KR" → "KR", "zh-Hant-HK" → "HK", "en" → undefined: a fallback source of `userRegion`. */
export function regionFromLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const parts = locale.replace(/_/g, '-').split('-').slice(1);
  // Subtags after a singleton ("-u-", "-x-") are extensions ("th-u-nu-thai"), not the region.
  const singleton = parts.findIndex((part) => part.length === 1);
  const region = (singleton < 0 ? parts : parts.slice(0, singleton)).find((part) => /^[A-Za-z]{2}$/.test(part));
  return region?.toUpperCase();
}
