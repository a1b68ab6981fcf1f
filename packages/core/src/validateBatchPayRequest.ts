import { type BatchPayRequest, BatchPayRequestSchema } from './batchPaySchemas.js';
import { checkPaymentExpiryTime } from './expiry.js';
import { orderListIssues } from './orderListIssues.js';
import { parseSchema, type ValidationIssue, type ValidationResult } from './parseSchema.js';
import { parseUrl } from './parseUrl.js';

export interface ValidateBatchPayRequestOptions {
  /**
   * `gateway`: only what Antom itself rejects with PARAM_ILLEGAL (the sandbox uses this level).
   * `kit` (default): also the kit's safety rules, so a merchant never sends an inconsistent payment.
   */
  level?: 'gateway' | 'kit';
  /** The time the request is sent, for the expiry rule. Defaults to the current time. */
  now?: Date;
}

function checkUrl(path: string, value: string, issues: ValidationIssue[]): void {
  if (value.length > 2048) {
    issues.push({ path, message: 'must be at most 2048 characters' });
    return;
  }
  const url = parseUrl(value);
  if (!url) {
    issues.push({ path, message: 'must be an absolute URL such as "https://shop.example/result"' });
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    issues.push({ path, message: `must be an http(s) URL, not ${url.protocol}` });
  }
}

function kitRules(request: BatchPayRequest, now: Date): ValidationIssue[] {
  const issues = orderListIssues(request.orderList, request.paymentAmount);
  if (request.env.terminalType === 'MINI_APP' && !request.appId) {
    issues.push({ path: 'appId', message: 'is required when env.terminalType is MINI_APP: give the mini program id' });
  }
  if (request.paymentMethod.paymentMethodType === 'CARD' && !request.paymentFactor) {
    issues.push({ path: 'paymentFactor', message: 'is required when paymentMethodType is CARD' });
  }
  if (request.paymentExpiryTime !== undefined) {
    const problem = checkPaymentExpiryTime(request.paymentExpiryTime, {
      paymentMethodType: request.paymentMethod.paymentMethodType,
      now,
    });
    if (problem) issues.push({ path: 'paymentExpiryTime', message: problem });
  }
  checkUrl('paymentRedirectUrl', request.paymentRedirectUrl, issues);
  checkUrl('paymentNotifyUrl', request.paymentNotifyUrl, issues);
  return issues;
}

/**
 * Checks a batchPay request body. Answers the typed value, or every issue with the field's path
 * (`orderList[2].orderAmount.currency`) and a message that says what is wrong and what is allowed.
 */
export function validateBatchPayRequest(
  input: unknown,
  options: ValidateBatchPayRequestOptions = {},
): ValidationResult<BatchPayRequest> {
  const parsed = parseSchema(BatchPayRequestSchema, input);
  if (!parsed.ok || options.level === 'gateway') return parsed;
  const issues = kitRules(parsed.value, options.now ?? new Date());
  return issues.length > 0 ? { ok: false, issues } : parsed;
}
