import type { kitFailureCodes, ResultCode } from '@batchpay/core';

/** The codes a catalogue explains: every code of core's table, the kit's own failure codes, and UNKNOWN. */
export type MessageCode =
  | ResultCode
  | (typeof kitFailureCodes)[keyof typeof kitFailureCodes]
  // The kit's code for a gateway answer that could not be trusted yet (listed here until every core has it).
  | 'PAYMENT_UNCONFIRMED'
  | 'UNKNOWN';

/**
 * Every buyer-facing string of @batchpay/ui. Placeholders are written `{name}` and filled by `formatMessage`.
 * A catalogue is a complete `Messages`; a merchant's override is a `MessageOverrides` (any subset).
 */
export interface Messages {
  /** BCP 47 tag of the catalogue's language, e.g. "en", "zh-CN", "ko", "ja". */
  locale: string;
  common: {
    /** The button that loads again after a load error. */
    reload: string;
  };
  summary: {
    heading: string;
    /** Accessible name of one merchant's group: "Orders from {merchant}". */
    merchantGroup: string;
    merchantSubtotal: string;
    goodsLine: string;
    total: string;
    inconsistent: string;
    empty: string;
    loading: string;
    loadError: string;
  };
  picker: {
    label: string;
    homeRegion: string;
    unavailable: string;
    empty: string;
    loading: string;
    loadError: string;
  };
  checkout: {
    paymentHeading: string;
    chooseMethod: string;
    securityNote: string;
  };
  payButton: {
    pay: string;
    payWithoutAmount: string;
    submitting: string;
  };
  redirect: {
    heading: string;
    opening: string;
    countdown: string;
    appDidNotOpen: string;
    /** The app did not open and the cashier page is opened now (each attempt is announced). */
    openingPage: string;
    allAttemptsFailed: string;
    manualHeading: string;
    openApp: string;
    openAppAlternative: string;
    openPage: string;
    qrHeading: string;
    qrHint: string;
    noUrl: string;
    /** A URL that came back was refused as unsafe (never for one that is merely not used on this device). */
    rejected: string;
    /** A URL this device does not use (a wallet app's scheme on a desktop): neutral, not a warning. */
    notUsed: string;
  };
  result: {
    succeeded: string;
    failed: string;
    processing: string;
    partlyPaid: string;
    /** "{paid} of {count} orders were paid. Nothing was charged for the others." */
    partlyPaidMessage: string;
    partlyPaidNextStep: string;
    /** Under each unpaid order of a partly paid batch. */
    orderNotCharged: string;
    payRemaining: string;
    unconfirmed: string;
    unconfirmedMessage: string;
    /** Under a result that is not final yet: the page keeps asking the shop. */
    updatesItself: string;
    checking: string;
    statusLoadError: string;
    noCheckout: string;
    ordersHeading: string;
    orderLine: string;
    orderStatus: { paid: string; failed: string; processing: string };
    errorCode: string;
    retry: string;
    chooseAnotherMethod: string;
    contactMerchant: string;
    nextStep: {
      done: string;
      'open-cashier': string;
      'choose-another-method': string;
      'try-again': string;
      'contact-merchant': string;
    };
  };
  /** Buyer-facing explanation of each result code; `UNKNOWN` answers for a code the catalogue does not know. */
  resultCodes: Record<MessageCode, string>;
}

/** Any subset of a record of strings, where a key may also be `undefined` (it is then not overridden). */
type PartialStrings<T> = { [K in keyof T]?: (T[K] extends string ? string : PartialStrings<T[K]>) | undefined };

export type MessageOverrides = PartialStrings<Omit<Messages, 'resultCodes'>> & {
  resultCodes?: { [K in MessageCode]?: string | undefined } | undefined;
};
