/**
 * Codes after which calling batchPay again must not happen ("Do not retry", risk and prohibition rejects): the `never`
 * rows of resultCodeActions.ts, listed apart so that interpreting an answer does not bring in the whole table (a test
 * keeps the two equal).
 */
export const neverRetryCodes: ReadonlySet<string> = new Set([
  'PROCESS_FAIL',
  'SYSTEM_ERROR',
  'FRAUD_REJECT',
  'RISK_REJECT',
  'PAYMENT_PROHIBITED',
]);
