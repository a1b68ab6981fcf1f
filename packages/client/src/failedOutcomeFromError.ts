import { type FailedOutcome, failedOutcome, kitFailureCodes } from '@batchpay/core';
import { BatchPayApiError } from './BatchPayApiError.js';

/**
 * The checkout's failed outcome for an error thrown while talking to the merchant backend: a retryable one (no
 * answer, 5xx) keeps the request id (`same-request-id`), a refusal (4xx) is final for this request.
 */
export function failedOutcomeFromError(error: unknown): FailedOutcome {
  if (error instanceof BatchPayApiError && !error.retryable) return failedOutcome(error.code, 'F', error.message);
  const message = error instanceof Error ? error.message : String(error);
  return failedOutcome(kitFailureCodes.transportError, 'U', message);
}
