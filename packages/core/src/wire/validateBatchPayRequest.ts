import { orderListIssues } from '../orders/orderListIssues.js';
import { parseUrl } from '../redirect/parseUrl.js';
import { type BatchPayRequest, BatchPayRequestSchema } from './batchPaySchemas.js';
import { checkPaymentExpiryTime } from './expiry.js';
import { parseSchema, type ValidationIssue, type ValidationResult } from './parseSchema.js';

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

/** At most this many issues are reported; the rest are counted in one last issue. */
export const maxReportedIssues = 20;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The list sizes, checked before any item is validated: an `orderList` of 300,000 entries is refused by its length
 * alone, at the cost of reading one number, instead of validating (and reporting on) every entry.
 */
function sizeIssues(input: unknown): ValidationIssue[] {
  if (!isRecord(input) || !Array.isArray(input.orderList)) return [];
  const orders: unknown[] = input.orderList;
  if (orders.length === 0) {
    return [{ path: 'orderList', message: 'must hold 1 to 10 orders: add the orders this payment covers' }];
  }
  if (orders.length > 10) {
    return [{ path: 'orderList', message: `must hold at most 10 orders, not ${orders.length}: split the payment` }];
  }
  const issues: ValidationIssue[] = [];
  orders.forEach((order, index) => {
    if (isRecord(order) && Array.isArray(order.goods) && order.goods.length > 100) {
      issues.push({
        path: `orderList[${index}].goods`,
        message: `must hold at most 100 goods, not ${order.goods.length}`,
      });
    }
  });
  return issues;
}

/** The first {@link maxReportedIssues} issues, and a count of the others. */
function capped(issues: ValidationIssue[]): ValidationIssue[] {
  if (issues.length <= maxReportedIssues) return issues;
  return [
    ...issues.slice(0, maxReportedIssues),
    { path: '(body)', message: `has ${issues.length - maxReportedIssues} more issues: fix the ones above first` },
  ];
}

/**
 * Checks a batchPay request body. Answers the typed value, or the issues (at most {@link maxReportedIssues}, list sizes
 * first) with the field's path (`orderList[2].orderAmount.currency`) and a message that says what is wrong and what
 * is allowed.
 */
export function validateBatchPayRequest(
  input: unknown,
  options: ValidateBatchPayRequestOptions = {},
): ValidationResult<BatchPayRequest> {
  const tooLarge = sizeIssues(input);
  if (tooLarge.length > 0) return { ok: false, issues: tooLarge };
  const parsed = parseSchema(BatchPayRequestSchema, input);
  if (!parsed.ok) return { ok: false, issues: capped(parsed.issues) };
  if (options.level === 'gateway') return parsed;
  const issues = kitRules(parsed.value, options.now ?? new Date());
  return issues.length > 0 ? { ok: false, issues: capped(issues) } : parsed;
}
