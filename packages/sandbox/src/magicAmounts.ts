import type { ResultCode } from '@batchpay/core';

/**
 * Magic amounts for manual trials: a batchPay whose `paymentAmount.value` (minor units, any currency) is one of
 * these answers with that code, e.g. "99024" (990.24 USD) → RISK_REJECT. Fixed here (the order of Antom's result-code table, then
 * INVALID_SIGNATURE) so the documented numbers never move.
 */
export const magicAmounts: ReadonlyArray<{ value: string; code: ResultCode }> = [
  { value: '99000', code: 'SUCCESS' },
  { value: '99001', code: 'ACCESS_DENIED' },
  { value: '99002', code: 'INVALID_API' },
  { value: '99003', code: 'CURRENCY_NOT_SUPPORT' },
  { value: '99004', code: 'EXPIRED_CODE' },
  { value: '99005', code: 'FRAUD_REJECT' },
  { value: '99006', code: 'INVALID_ACCESS_TOKEN' },
  { value: '99007', code: 'INVALID_CONTRACT' },
  { value: '99008', code: 'INVALID_MERCHANT_STATUS' },
  { value: '99009', code: 'INVALID_PAYMENT_CODE' },
  { value: '99010', code: 'INVALID_PAYMENT_METHOD_META_DATA' },
  { value: '99011', code: 'KEY_NOT_FOUND' },
  { value: '99012', code: 'MERCHANT_KYB_NOT_QUALIFIED' },
  { value: '99013', code: 'MERCHANT_NOT_REGISTERED' },
  { value: '99014', code: 'NO_INTERFACE_DEF' },
  { value: '99015', code: 'NO_PAY_OPTIONS' },
  { value: '99016', code: 'ORDER_IS_CANCELED' },
  { value: '99017', code: 'ORDER_IS_CLOSED' },
  { value: '99018', code: 'PARAM_ILLEGAL' },
  { value: '99019', code: 'PAYMENT_AMOUNT_EXCEED_LIMIT' },
  { value: '99020', code: 'PAYMENT_COUNT_EXCEED_LIMIT' },
  { value: '99021', code: 'PAYMENT_NOT_QUALIFIED' },
  { value: '99022', code: 'PROCESS_FAIL' },
  { value: '99023', code: 'REPEAT_REQ_INCONSISTENT' },
  { value: '99024', code: 'RISK_REJECT' },
  { value: '99025', code: 'SETTLE_CONTRACT_NOT_MATCH' },
  { value: '99026', code: 'SYSTEM_ERROR' },
  { value: '99027', code: 'USER_AMOUNT_EXCEED_LIMIT' },
  { value: '99028', code: 'USER_BALANCE_NOT_ENOUGH' },
  { value: '99029', code: 'USER_KYC_NOT_QUALIFIED' },
  { value: '99030', code: 'PAYMENT_IN_PROCESS' },
  { value: '99031', code: 'REQUEST_TRAFFIC_EXCEED_LIMIT' },
  { value: '99032', code: 'UNKNOWN_EXCEPTION' },
  { value: '99033', code: 'USER_NOT_EXIST' },
  { value: '99034', code: 'ORDER_NOT_EXIST' },
  { value: '99035', code: 'USER_PAYMENT_VERIFICATION_FAILED' },
  { value: '99036', code: 'USER_STATUS_ABNORMAL' },
  { value: '99037', code: 'VERIFY_TIMES_EXCEED_LIMIT' },
  { value: '99038', code: 'VERIFY_UNMATCHED' },
  { value: '99039', code: 'AUTHENTICATION_REQUIRED' },
  { value: '99040', code: 'SELECTED_CARD_BRAND_NOT_AVAILABLE' },
  { value: '99041', code: 'PAYMENT_PROHIBITED' },
  { value: '99042', code: 'INVALID_SIGNATURE' },
];

/** The result code a magic amount stands for, or undefined for an ordinary amount. */
export function magicAmountCode(value: string): ResultCode | undefined {
  return magicAmounts.find((m) => m.value === value)?.code;
}
