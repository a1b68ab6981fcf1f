import type { ResultStatus } from '../wire/resultStatuses.js';

/** Whether calling batchPay again can help, and with which `batchPaymentRequestId`. */
export type RetryAdvice = 'none' | 'new-request-id' | 'never';
/** Who can make the next attempt succeed. */
export type FixableBy = 'nobody' | 'buyer' | 'merchant' | 'antom';
/** The step a checkout offers the buyer. */
export type NextStep = 'done' | 'open-cashier' | 'choose-another-method' | 'try-again' | 'contact-merchant';

export interface ResultCodeAction {
  readonly status: ResultStatus;
  /**
   * `never` for the codes whose further action says "Do not retry" and for the risk and prohibition rejects
   * (calling again cannot change the verdict); `new-request-id` for every other failure (the result process logic of Antom's batchPay API reference
   * logic); `none` for SUCCESS and PAYMENT_IN_PROCESS.
   */
  readonly retry: RetryAdvice;
  readonly fixableBy: FixableBy;
  readonly nextStep: NextStep;
}

/*
 * What a program does with each code of Antom's result-code table: the kit's reading of its "Further action" column.
 * Kept apart from the long texts of resultCodes.ts so that a browser bundle that only interprets answers stays small.
 */
const groups: ReadonlyArray<readonly [ResultStatus, RetryAdvice, FixableBy, NextStep, string]> = [
  ['S', 'none', 'nobody', 'done', 'SUCCESS'],
  [
    'F',
    'new-request-id',
    'merchant',
    'contact-merchant',
    'ACCESS_DENIED INVALID_API INVALID_ACCESS_TOKEN INVALID_CONTRACT INVALID_MERCHANT_STATUS INVALID_PAYMENT_METHOD_META_DATA KEY_NOT_FOUND MERCHANT_KYB_NOT_QUALIFIED MERCHANT_NOT_REGISTERED NO_INTERFACE_DEF PARAM_ILLEGAL PAYMENT_NOT_QUALIFIED SETTLE_CONTRACT_NOT_MATCH ORDER_NOT_EXIST INVALID_SIGNATURE',
  ],
  [
    'F',
    'new-request-id',
    'buyer',
    'choose-another-method',
    'CURRENCY_NOT_SUPPORT INVALID_PAYMENT_CODE NO_PAY_OPTIONS PAYMENT_AMOUNT_EXCEED_LIMIT PAYMENT_COUNT_EXCEED_LIMIT USER_AMOUNT_EXCEED_LIMIT USER_BALANCE_NOT_ENOUGH USER_KYC_NOT_QUALIFIED USER_NOT_EXIST USER_STATUS_ABNORMAL SELECTED_CARD_BRAND_NOT_AVAILABLE',
  ],
  [
    'F',
    'new-request-id',
    'buyer',
    'try-again',
    'EXPIRED_CODE USER_PAYMENT_VERIFICATION_FAILED VERIFY_TIMES_EXCEED_LIMIT VERIFY_UNMATCHED AUTHENTICATION_REQUIRED',
  ],
  ['F', 'never', 'nobody', 'contact-merchant', 'FRAUD_REJECT RISK_REJECT PAYMENT_PROHIBITED'],
  ['F', 'new-request-id', 'nobody', 'try-again', 'ORDER_IS_CANCELED ORDER_IS_CLOSED REPEAT_REQ_INCONSISTENT'],
  ['F', 'never', 'antom', 'contact-merchant', 'PROCESS_FAIL SYSTEM_ERROR'],
  ['U', 'none', 'nobody', 'open-cashier', 'PAYMENT_IN_PROCESS'],
  ['U', 'new-request-id', 'nobody', 'try-again', 'REQUEST_TRAFFIC_EXCEED_LIMIT UNKNOWN_EXCEPTION'],
];

const actions = new Map<string, ResultCodeAction>();
for (const [status, retry, fixableBy, nextStep, codes] of groups) {
  for (const code of codes.split(' ')) actions.set(code, { status, retry, fixableBy, nextStep });
}

/**
 * The action for a code. A code the table does not know (Antom adds codes over time) is answered by its status:
 * an unknown F or U is a failure to retry with a new request id (the result process logic of Antom's batchPay API reference).
 */
export function resultCodeAction(code: string, status?: ResultStatus): ResultCodeAction {
  const known = actions.get(code);
  if (known) return known;
  const s: ResultStatus = status ?? 'F';
  return s === 'S'
    ? { status: s, retry: 'none', fixableBy: 'nobody', nextStep: 'done' }
    : { status: s, retry: 'new-request-id', fixableBy: 'nobody', nextStep: 'try-again' };
}

export function hasResultCodeAction(code: string): boolean {
  return actions.has(code);
}
