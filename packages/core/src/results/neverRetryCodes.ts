/** Codes after which calling batchPay again must not happen ("Do not retry", risk and prohibition rejects). */
export const neverRetryCodes: ReadonlySet<string> = new Set([
  'PROCESS_FAIL',
  'SYSTEM_ERROR',
  'FRAUD_REJECT',
  'RISK_REJECT',
  'PAYMENT_PROHIBITED',
]);
