import type { BatchPayResponse, OrderSummary, PaymentResultInfo } from '../wire/batchPaySchemas.js';
import type { ResultStatus } from '../wire/resultStatuses.js';
import { neverRetryCodes } from './neverRetryCodes.js';

/** The three cashier addresses batchPay may return. */
export interface CashierUrls {
  schemeUrl?: string;
  applinkUrl?: string;
  normalUrl?: string;
}

/** Codes the kit adds for failures that have no Antom result code. */
export const kitFailureCodes = {
  /** PAYMENT_IN_PROCESS came back without any cashier URL (Antom's batchPay API reference: "The transaction creation fails"). */
  noCashierUrl: 'NO_CASHIER_URL',
  /** Every returned URL was refused by the redirect plan as unsafe. */
  noSafeCashierUrl: 'NO_SAFE_CASHIER_URL',
  /** The merchant backend or Antom could not be reached, or answered something unusable. */
  transportError: 'TRANSPORT_ERROR',
  /** The answer of the gateway did not match the contract (bad signature, malformed body). */
  invalidResponse: 'INVALID_RESPONSE',
  /**
   * The gateway's answer could not be trusted (unsigned where a signature is required, forged, stale, or not bound
   * to our request), or money may have moved and we do not know yet. The checkout stays `processing`, not final:
   * show "We could not confirm this payment yet", keep polling the status, never redirect, never offer a new batch.
   */
  unconfirmed: 'PAYMENT_UNCONFIRMED',
} as const;

/**
 * A failure. What the buyer is offered next (choose another method, try again, contact the merchant) comes from
 * `resultCodeAction(code, status).nextStep`, kept out of this object so that interpreting an answer stays small.
 */
export interface FailedOutcome {
  kind: 'failed';
  code: string;
  status: ResultStatus;
  /**
   * `never`: do not call again. `new-request-id`: call again with a NEW batchPaymentRequestId (and a new
   * Idempotency-Key towards the merchant backend). `same-request-id`: nothing reached a verdict (a transport
   * failure): try again with the SAME ids, so that no second payment can be created.
   */
  retry: 'never' | 'new-request-id' | 'same-request-id';
  /** Key of the buyer-facing message in @batchpay/ui's catalogue. */
  messageKey: string;
  /** Antom's `resultMessage` when there was one, else the code (for logs, not for buyers). */
  message: string;
}

export type BatchPayOutcome =
  | { kind: 'succeeded'; code: string; orderSummaries: OrderSummary[]; paymentResultInfo?: PaymentResultInfo }
  | { kind: 'redirect'; urls: CashierUrls; appIdentifier?: string; orderSummaries: OrderSummary[] }
  | FailedOutcome;

/**
 * Retry advice of the kit's own codes where it is not `new-request-id` (that of `noCashierUrl`, `noSafeCashierUrl` and
 * `invalidResponse`); each is a try-again for the buyer.
 */
const kitRetry: Record<string, FailedOutcome['retry']> = {
  [kitFailureCodes.transportError]: 'same-request-id',
  [kitFailureCodes.unconfirmed]: 'never',
};

/** A failed outcome for a result code of the catalogue, or one of `kitFailureCodes`. */
export function failedOutcome(code: string, status: ResultStatus = 'F', message?: string): FailedOutcome {
  return {
    kind: 'failed',
    code,
    status,
    // "Do not retry" is an F verdict. Antom's batchPay API reference: U and not PAYMENT_IN_PROCESS → call again with a new
    // batchPaymentRequestId, whatever the code.
    retry: kitRetry[code] ?? (neverRetryCodes.has(code) && status === 'F' ? 'never' : 'new-request-id'),
    messageKey: `result.${code}`,
    message: message ?? code,
  };
}

/**
 * The "Result process logic" of Antom's batchPay API reference (docs.antom.com/ac/marketplace/batch_pay), word for word:
 * - S: the call succeeded.
 * - F: the call failed; act on the result code or call again with a new batchPaymentRequestId
 *   (except the codes whose further action says "Do not retry").
 * - U and not PAYMENT_IN_PROCESS: the call failed; call again with a new batchPaymentRequestId.
 * - U and PAYMENT_IN_PROCESS with at least one of applinkUrl, normalUrl, schemeUrl: redirect the buyer.
 * - U and PAYMENT_IN_PROCESS with no URL: the creation failed; call again with a new batchPaymentRequestId.
 */
export function interpretBatchPayResponse(response: BatchPayResponse): BatchPayOutcome {
  const { resultCode, resultStatus, resultMessage } = response.result;
  const orderSummaries = response.orderSummaries ?? [];
  if (resultStatus === 'S') {
    const outcome: BatchPayOutcome = { kind: 'succeeded', code: resultCode, orderSummaries };
    if (response.paymentResultInfo) outcome.paymentResultInfo = response.paymentResultInfo;
    return outcome;
  }
  if (resultStatus === 'U' && resultCode === 'PAYMENT_IN_PROCESS') {
    const urls: CashierUrls = {};
    for (const key of ['schemeUrl', 'applinkUrl', 'normalUrl'] as const) {
      const url = response[key];
      if (url?.trim()) urls[key] = url;
    }
    if (Object.keys(urls).length === 0) return failedOutcome(kitFailureCodes.noCashierUrl, 'U');
    const outcome: BatchPayOutcome = { kind: 'redirect', urls, orderSummaries };
    if (response.appIdentifier) outcome.appIdentifier = response.appIdentifier;
    return outcome;
  }
  return failedOutcome(resultCode, resultStatus, resultMessage);
}
