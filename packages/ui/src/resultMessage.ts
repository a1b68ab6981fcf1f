import type { FailedOutcome } from '@batchpay/core';
import type { MessageCode, Messages } from './messages/Messages.js';

/** The buyer-facing text for a result code (`messageKey` "result.CODE" or the bare code); unknown codes get UNKNOWN. */
export function resultMessage(messages: Messages, codeOrKey: string | undefined): string {
  const codes = messages.resultCodes;
  const code = codeOrKey?.replace(/^result\./, '') ?? '';
  return Object.hasOwn(codes, code) ? codes[code as MessageCode] : codes.UNKNOWN;
}

/** The text for a failed outcome: its message key first, then its code. */
export function failureMessage(messages: Messages, failure: Pick<FailedOutcome, 'messageKey' | 'code'>): string {
  const byKey = resultMessage(messages, failure.messageKey);
  return byKey === messages.resultCodes.UNKNOWN ? resultMessage(messages, failure.code) : byKey;
}
