import {
  type BatchPayRequest,
  BatchPayRequestSchema,
  checkPaymentExpiryTime,
  defaultPaymentExpiryMs,
  formatValidationIssues,
  getResultCodeInfo,
  validateBatchPayRequest,
} from '@batchpay/core';
import { answerFor, errorAnswer } from './answerFor.js';
import { authenticateRequest } from './authenticateRequest.js';
import { buildBatchAnswer } from './buildBatchAnswer.js';
import { cardResultInfo } from './cardResultInfo.js';
import { findForbiddenKeys } from './findForbiddenKeys.js';
import { findUnknownFields } from './findUnknownFields.js';
import { formatGatewayTime } from './formatGatewayTime.js';
import { gatewayAnswer } from './gatewayAnswer.js';
import { gatewayUrlProblem } from './gatewayUrlProblem.js';
import { magicAmountCode } from './magicAmounts.js';
import { newCashierToken, newPaymentId } from './randomIds.js';
import type { SandboxBatch } from './SandboxBatch.js';
import type { SandboxEngine } from './SandboxEngine.js';
import type { CashierUrlKind, SandboxScenario } from './SandboxScenario.js';

/** Codes that answer one call and are never recorded against the request id (request-level or transient). */
const unrecordedFailures = new Set([
  'ACCESS_DENIED',
  'INVALID_API',
  'INVALID_ACCESS_TOKEN',
  'INVALID_SIGNATURE',
  'KEY_NOT_FOUND',
  'NO_INTERFACE_DEF',
  'ORDER_IS_CANCELED',
  'ORDER_IS_CLOSED',
  'ORDER_NOT_EXIST',
  'PARAM_ILLEGAL',
  'REPEAT_REQ_INCONSISTENT',
  'SYSTEM_ERROR',
]);

/** True when a forced code answers one call only: U codes other than PAYMENT_IN_PROCESS and request-level F codes. */
export function isUnrecorded(code: string): boolean {
  const status = getResultCodeInfo(code).status;
  return (status === 'U' && code !== 'PAYMENT_IN_PROCESS') || unrecordedFailures.has(code);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const appIdentifier = 'com.batchpay.sandbox.wallet';

function newBatch(
  engine: SandboxEngine,
  clientId: string,
  request: BatchPayRequest,
  baseUrl: string,
  urlKinds: readonly CashierUrlKind[],
): SandboxBatch {
  const now = engine.now();
  const token = newCashierToken();
  const expiresAt = request.paymentExpiryTime
    ? new Date(Date.parse(request.paymentExpiryTime))
    : new Date(now.getTime() + defaultPaymentExpiryMs(request.paymentMethod.paymentMethodType));
  const normalUrl = `${baseUrl}/sandbox/cashier/${token}`;
  const batch: SandboxBatch = {
    clientId,
    batchPaymentRequestId: request.batchPaymentRequestId,
    status: 'PROCESSING',
    resultCode: 'PAYMENT_IN_PROCESS',
    resultMessage: getResultCodeInfo('PAYMENT_IN_PROCESS').message,
    paymentAmount: request.paymentAmount,
    paymentMethodType: request.paymentMethod.paymentMethodType,
    terminalType: request.env.terminalType,
    paymentRedirectUrl: request.paymentRedirectUrl,
    paymentNotifyUrl: request.paymentNotifyUrl,
    paymentCreateTime: formatGatewayTime(now),
    expiresAt: formatGatewayTime(expiresAt),
    cashierToken: token,
    orders: request.orderList.map((order) => {
      const record = {
        referenceOrderId: order.referenceOrderId,
        referenceMerchantId: order.merchant.referenceMerchantId,
        orderDescription: order.orderDescription,
        orderAmount: order.orderAmount,
        paymentId: newPaymentId(now),
      };
      return order.merchant.merchantName ? { ...record, merchantName: order.merchant.merchantName } : record;
    }),
    notification: { state: 'none', attempts: 0 },
  };
  if (urlKinds.includes('normalUrl')) batch.normalUrl = normalUrl;
  if (urlKinds.includes('applinkUrl')) batch.applinkUrl = `${baseUrl}/sandbox/applink/${token}`;
  if (urlKinds.includes('schemeUrl')) {
    batch.schemeUrl = `batchpay-sandbox://pay?token=${token}&fallback=${encodeURIComponent(normalUrl)}`;
  }
  if (request.env.terminalType === 'APP' || request.env.terminalType === 'WAP') batch.appIdentifier = appIdentifier;
  return batch;
}

/** `POST /ams/(sandbox/)api/v1/payments/batchPay`. */
export async function handleBatchPay(engine: SandboxEngine, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const path = `${url.pathname}${url.search}`;
  const baseUrl = (engine.config.publicBaseUrl ?? url.origin).replace(/\/+$/, '');
  const auth = await authenticateRequest(request, {
    path,
    publicKeyOf: (id) => engine.merchants.get(id),
    now: engine.now(),
    maxRequestTimeSkewMs: engine.config.maxRequestTimeSkewMs,
    maxBodyBytes: engine.config.maxBodyBytes,
    keyVersion: engine.config.keyVersion,
  });
  if (!auth.ok) return errorAnswer(engine, path, auth.clientId, auth.code, auth.message);
  const { clientId } = auth;
  // Counted only once the request is signed by the merchant: junk under its client id spends none of its quota.
  if (!engine.rateLimiter.allow(clientId, engine.now().getTime())) {
    return errorAnswer(engine, path, clientId, 'REQUEST_TRAFFIC_EXCEED_LIMIT', engine.rateLimiter.refusal(clientId));
  }

  let input: unknown;
  try {
    input = JSON.parse(auth.body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'not JSON';
    return errorAnswer(
      engine,
      path,
      clientId,
      'PARAM_ILLEGAL',
      `The body is not valid JSON (${detail}): send a JSON object.`,
    );
  }
  // Core checks the list sizes first and caps the issues, so an oversized body is refused by its counts.
  const validated = validateBatchPayRequest(input, { level: 'gateway', now: engine.now() });
  if (!validated.ok) {
    return errorAnswer(engine, path, clientId, 'PARAM_ILLEGAL', formatValidationIssues(validated.issues));
  }
  const unknown = findUnknownFields(BatchPayRequestSchema, input);
  if (unknown.length > 0) {
    return errorAnswer(
      engine,
      path,
      clientId,
      'PARAM_ILLEGAL',
      `Unknown field${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 5).join(', ')}: remove ${unknown.length > 1 ? 'them' : 'it'} (batchPay defines no such field).`,
    );
  }
  const forbiddenKeys = findForbiddenKeys(input);
  if (forbiddenKeys.length > 0) {
    return errorAnswer(
      engine,
      path,
      clientId,
      'PARAM_ILLEGAL',
      `Forbidden field name${forbiddenKeys.length > 1 ? 's' : ''} ${forbiddenKeys.join(', ')}: remove ${forbiddenKeys.length > 1 ? 'them' : 'it'} (no batchPay field is called __proto__, constructor or prototype).`,
    );
  }
  const req = validated.value;
  for (const field of ['paymentRedirectUrl', 'paymentNotifyUrl'] as const) {
    const problem = gatewayUrlProblem(req[field]);
    if (problem) return errorAnswer(engine, path, clientId, 'PARAM_ILLEGAL', `${field} ${problem}`);
  }
  if (req.paymentExpiryTime !== undefined) {
    // Antom's batchPay API reference: a requested expiry must be under 10 minutes after the request (under 48 hours for bank transfer).
    const problem = checkPaymentExpiryTime(req.paymentExpiryTime, {
      paymentMethodType: req.paymentMethod.paymentMethodType,
      now: engine.now(),
    });
    if (problem) return errorAnswer(engine, path, clientId, 'PARAM_ILLEGAL', `paymentExpiryTime ${problem}`);
  }
  const scenario: SandboxScenario | undefined = engine.scenarios.take('batchPay', req.batchPaymentRequestId);
  return answerBatchPay(engine, { path, baseUrl, clientId, req, scenario });
}

interface BatchPayCall {
  path: string;
  baseUrl: string;
  clientId: string;
  req: BatchPayRequest;
  scenario: SandboxScenario | undefined;
}

async function answerBatchPay(engine: SandboxEngine, call: BatchPayCall): Promise<Response> {
  const { path, baseUrl, clientId, req, scenario } = call;
  if (scenario?.fault === 'delay') await sleep(scenario.delayMs ?? 1000);
  if (scenario?.fault === 'http-500') {
    return new Response('<html><body><h1>500 Internal Server Error</h1></body></html>', {
      status: 500,
      headers: { 'content-type': 'text/html; charset=UTF-8' },
    });
  }
  if (scenario?.fault === 'malformed-json') {
    return new Response('{"result":{"resultCode":"PAYMENT_IN_PROC', {
      status: 200,
      headers: { 'content-type': 'application/json; charset=UTF-8' },
    });
  }
  if (scenario?.fault === 'unsigned-success') {
    const preview = newBatch(engine, clientId, req, baseUrl, []);
    preview.status = 'SUCCESS';
    preview.paymentTime = formatGatewayTime(engine.now());
    return gatewayAnswer({ path, body: buildBatchAnswer(preview), now: engine.now() });
  }

  const forced = scenario?.resultCode ?? magicAmountCode(req.paymentAmount.value);
  if (forced && isUnrecorded(forced)) return errorAnswer(engine, path, clientId, forced);

  // From here on nothing awaits until the batch is found or stored: concurrent duplicates see one batch.
  const existing = engine.findBatch(clientId, req.batchPaymentRequestId);
  if (existing) {
    if (
      existing.paymentAmount.value !== req.paymentAmount.value ||
      existing.paymentAmount.currency !== req.paymentAmount.currency
    ) {
      return errorAnswer(
        engine,
        path,
        clientId,
        'REPEAT_REQ_INCONSISTENT',
        `batchPaymentRequestId ${req.batchPaymentRequestId} was first sent with paymentAmount ${existing.paymentAmount.value} ${existing.paymentAmount.currency}, now ${req.paymentAmount.value} ${req.paymentAmount.currency}: send the same amount or use a new batchPaymentRequestId.`,
      );
    }
    engine.expireIfDue(existing);
    return answerFor(engine, path, clientId, buildBatchAnswer(existing));
  }

  const urlKinds = scenario?.cashierUrls ?? ['normalUrl', 'applinkUrl', 'schemeUrl'];
  const batch = newBatch(engine, clientId, req, baseUrl, urlKinds);
  const isCard = req.paymentMethod.paymentMethodType === 'CARD';
  if (forced === 'SUCCESS' || (forced === undefined && isCard)) {
    if (isCard) batch.paymentResultInfo = cardResultInfo(req.paymentMethod, batch.cashierToken);
    engine.addBatch(batch);
    engine.finalize(batch, { status: 'SUCCESS', resultCode: 'SUCCESS' });
    return answerFor(engine, path, clientId, buildBatchAnswer(batch));
  }
  if (forced && forced !== 'PAYMENT_IN_PROCESS') {
    // A final business failure: recorded, so a repeat of the id gets the same answer (idempotency as Antom's batchPay API reference describes it).
    batch.status = 'FAIL';
    batch.resultCode = forced;
    batch.resultMessage = getResultCodeInfo(forced).message;
    engine.addBatch(batch);
    return answerFor(engine, path, clientId, buildBatchAnswer(batch));
  }
  if (urlKinds.length === 0) {
    // PAYMENT_IN_PROCESS without any URL: a failed creation (Antom's batchPay API reference), so nothing is recorded.
    return answerFor(engine, path, clientId, buildBatchAnswer(batch));
  }
  engine.addBatch(batch);
  return answerFor(engine, path, clientId, buildBatchAnswer(batch));
}
