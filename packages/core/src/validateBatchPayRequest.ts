import { type BatchPayRequest, BatchPayRequestSchema } from './batchPaySchemas.js';
import { checkPaymentExpiryTime } from './expiry.js';
import { isMinorUnits } from './money.js';
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
  const issues: ValidationIssue[] = [];
  const { orderList, paymentAmount } = request;
  if (orderList.length < 1) {
    issues.push({ path: 'orderList', message: 'must hold 1 to 10 orders: add the orders this payment covers' });
  }
  const seen = new Map<string, number>();
  let total = 0n;
  let sumComplete = true;
  orderList.forEach((order, index) => {
    const first = seen.get(order.referenceOrderId);
    if (first !== undefined) {
      issues.push({
        path: `orderList[${index}].referenceOrderId`,
        message: `"${order.referenceOrderId}" is already used by orderList[${first}]: each order needs its own id`,
      });
    } else {
      seen.set(order.referenceOrderId, index);
    }
    if (order.orderAmount.currency !== paymentAmount.currency) {
      issues.push({
        path: `orderList[${index}].orderAmount.currency`,
        message: `is ${order.orderAmount.currency} but paymentAmount.currency is ${paymentAmount.currency}: use one currency throughout`,
      });
      sumComplete = false;
    } else if (isMinorUnits(order.orderAmount.value)) {
      total += BigInt(order.orderAmount.value);
    }
  });
  if (sumComplete && orderList.length > 0 && total.toString() !== paymentAmount.value) {
    issues.push({
      path: 'paymentAmount.value',
      message: `is ${paymentAmount.value} but the orders' orderAmount values add up to ${total}: paymentAmount must be their total`,
    });
  }
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
