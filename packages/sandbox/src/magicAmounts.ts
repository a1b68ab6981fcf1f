import { isResultCode, type ResultCode, resultCodeList } from '@batchpay/core';

/** The first magic amount (in minor units): 99000 + the code's position in the seed's table. */
export const magicAmountBase = 99_000;

/**
 * Magic amounts for manual trials: a batchPay whose `paymentAmount.value` is `99000 + n` (minor units, any
 * currency) answers with the n-th code of the seed's table (`resultCodeList[n]`), e.g. "99000" → SUCCESS.
 */
export const magicAmounts: ReadonlyArray<{ value: string; code: ResultCode }> = resultCodeList.flatMap((info, index) =>
  isResultCode(info.code) ? [{ value: String(magicAmountBase + index), code: info.code }] : [],
);

/** The result code a magic amount stands for, or undefined for an ordinary amount. */
export function magicAmountCode(value: string): ResultCode | undefined {
  return magicAmounts.find((m) => m.value === value)?.code;
}
