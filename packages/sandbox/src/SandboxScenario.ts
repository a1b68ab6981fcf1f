import { isResultCode } from '@batchpay/core';

/** A transport fault the sandbox can play instead of a well-formed, signed answer. */
export type SandboxFault = 'http-500' | 'malformed-json' | 'unsigned-success' | 'delay';
/** The gateway API a scenario applies to. */
export type SandboxApi = 'batchPay' | 'inquiryPayment';
/** The cashier URLs a PAYMENT_IN_PROCESS answer can carry. */
export type CashierUrlKind = 'normalUrl' | 'applinkUrl' | 'schemeUrl';

/**
 * What the next gateway call (or the next call for one `batchPaymentRequestId`) answers.
 * Set with `POST /sandbox/scenarios` or `sandbox.setScenario(...)`.
 */
export interface SandboxScenario {
  /** Any code of Antom's result-code table (or INVALID_SIGNATURE): the answer carries it with its S/F/U status. */
  resultCode?: string;
  /** A transport fault instead of (or, for `delay`, before) the answer. */
  fault?: SandboxFault;
  /** For `fault: 'delay'`: how long to wait before answering (default 1000 ms, at most 60 000). */
  delayMs?: number;
  /** Only the call for this id is affected; without it, the next call of any id. */
  batchPaymentRequestId?: string;
  /** How many calls it affects (default 1). */
  times?: number;
  /** Which API it affects (default `batchPay`). */
  api?: SandboxApi;
  /** For a PAYMENT_IN_PROCESS answer: which URLs it carries (default all three; `[]` plays a failed creation). */
  cashierUrls?: CashierUrlKind[];
}

const faults: readonly SandboxFault[] = ['http-500', 'malformed-json', 'unsigned-success', 'delay'];
const apis: readonly SandboxApi[] = ['batchPay', 'inquiryPayment'];
const urlKinds: readonly CashierUrlKind[] = ['normalUrl', 'applinkUrl', 'schemeUrl'];
const knownKeys = ['resultCode', 'fault', 'delayMs', 'batchPaymentRequestId', 'times', 'api', 'cashierUrls'];

export type ParseScenarioResult = { ok: true; scenario: SandboxScenario } | { ok: false; error: string };

/** Checks a scenario sent to the control endpoint; the error names the field and the fix. */
export function parseScenario(input: unknown): ParseScenarioResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'The body must be a JSON object such as {"resultCode":"RISK_REJECT"}.' };
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!knownKeys.includes(key)) {
      return { ok: false, error: `Unknown field "${key}": a scenario has only ${knownKeys.join(', ')}.` };
    }
  }
  const scenario: SandboxScenario = {};
  const { resultCode, fault, delayMs, batchPaymentRequestId, times, api, cashierUrls } = record;
  if (resultCode !== undefined) {
    if (typeof resultCode !== 'string' || !isResultCode(resultCode)) {
      return {
        ok: false,
        error: `resultCode ${JSON.stringify(resultCode)} is not a code of the batchPay result table; use one such as "PAYMENT_IN_PROCESS", "RISK_REJECT" or "UNKNOWN_EXCEPTION".`,
      };
    }
    scenario.resultCode = resultCode;
  }
  if (fault !== undefined) {
    if (typeof fault !== 'string' || !faults.includes(fault as SandboxFault)) {
      return { ok: false, error: `fault must be one of ${faults.join(', ')}.` };
    }
    scenario.fault = fault as SandboxFault;
  }
  if (delayMs !== undefined) {
    if (typeof delayMs !== 'number' || !Number.isInteger(delayMs) || delayMs < 0 || delayMs > 60_000) {
      return { ok: false, error: 'delayMs must be a whole number of milliseconds from 0 to 60000.' };
    }
    scenario.delayMs = delayMs;
  }
  if (batchPaymentRequestId !== undefined) {
    if (typeof batchPaymentRequestId !== 'string' || batchPaymentRequestId.length === 0) {
      return { ok: false, error: 'batchPaymentRequestId must be a non-empty string.' };
    }
    scenario.batchPaymentRequestId = batchPaymentRequestId;
  }
  if (times !== undefined) {
    if (typeof times !== 'number' || !Number.isInteger(times) || times < 1 || times > 1000) {
      return { ok: false, error: 'times must be a whole number from 1 to 1000.' };
    }
    scenario.times = times;
  }
  if (api !== undefined) {
    if (typeof api !== 'string' || !apis.includes(api as SandboxApi)) {
      return { ok: false, error: `api must be one of ${apis.join(', ')}.` };
    }
    scenario.api = api as SandboxApi;
  }
  if (cashierUrls !== undefined) {
    if (!Array.isArray(cashierUrls) || !cashierUrls.every((u) => urlKinds.includes(u as CashierUrlKind))) {
      return { ok: false, error: `cashierUrls must be an array of ${urlKinds.join(', ')} (or empty).` };
    }
    scenario.cashierUrls = cashierUrls as CashierUrlKind[];
  }
  if (scenario.resultCode === undefined && scenario.fault === undefined && scenario.cashierUrls === undefined) {
    return { ok: false, error: 'Give at least one of resultCode, fault or cashierUrls.' };
  }
  return { ok: true, scenario };
}
