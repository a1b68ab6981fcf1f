import type { kitFailureCodes, ResultCode } from '@batchpay/core';

/** The codes a catalogue explains: every code of core's table, the kit's own failure codes, and UNKNOWN. */
export type MessageCode = ResultCode | (typeof kitFailureCodes)[keyof typeof kitFailureCodes] | 'UNKNOWN';

/**
 * Every buyer-facing string of @batchpay/ui. Placeholders are written `{name}` and filled by `formatMessage`.
 * A catalogue is a complete `Messages`; a merchant's override is a `MessageOverrides` (any subset).
 */
export interface Messages {
  /** BCP 47 tag of the catalogue's language, e.g. "en", "zh-CN", "ko", "ja". */
  locale: string;
  summary: {
    heading: string;
    /** Accessible name of one merchant's group: "Orders from {merchant}". */
    merchantGroup: string;
    merchantSubtotal: string;
    goodsLine: string;
    total: string;
    inconsistent: string;
    empty: string;
  };
  picker: {
    label: string;
    homeRegion: string;
    unavailable: string;
    empty: string;
    loading: string;
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
    allAttemptsFailed: string;
    manualHeading: string;
    openApp: string;
    openAppAlternative: string;
    openPage: string;
    qrHeading: string;
    qrHint: string;
    noUrl: string;
    rejected: string;
  };
  result: {
    succeeded: string;
    failed: string;
    processing: string;
    partlyPaid: string;
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

export type MessageOverrides = {
  [K in keyof Messages]?: Messages[K] extends string
    ? string
    : Messages[K] extends Record<string, string>
      ? Partial<Messages[K]>
      : { [L in keyof Messages[K]]?: Messages[K][L] extends string ? string : Partial<Messages[K][L]> };
};
