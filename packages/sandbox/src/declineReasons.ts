/** The codes a buyer's Decline on the sandbox cashier page can produce (the first is the default). */
export const declineReasons = [
  'USER_BALANCE_NOT_ENOUGH',
  'USER_PAYMENT_VERIFICATION_FAILED',
  'USER_AMOUNT_EXCEED_LIMIT',
  'USER_STATUS_ABNORMAL',
  'USER_KYC_NOT_QUALIFIED',
  'USER_NOT_EXIST',
  'RISK_REJECT',
  'FRAUD_REJECT',
  'VERIFY_UNMATCHED',
  'VERIFY_TIMES_EXCEED_LIMIT',
  'PAYMENT_AMOUNT_EXCEED_LIMIT',
  'PROCESS_FAIL',
] as const;
export type DeclineReason = (typeof declineReasons)[number];
