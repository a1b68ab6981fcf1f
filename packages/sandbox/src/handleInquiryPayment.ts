import {
  formatValidationIssues,
  InquiryPaymentRequestSchema,
  type InquiryPaymentResponse,
  type PaymentStatus,
  parseSchema,
} from '@batchpay/core';
import { answerFor, errorAnswer } from './answerFor.js';
import { authenticateRequest } from './authenticateRequest.js';
import { findUnknownFields } from './findUnknownFields.js';
import { gatewayAnswer, resultOf } from './gatewayAnswer.js';
import type { SandboxBatch, SandboxOrderRecord } from './SandboxBatch.js';
import type { SandboxEngine } from './SandboxEngine.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function paymentStatusOf(batch: SandboxBatch): PaymentStatus {
  return batch.status;
}

function inquiryAnswer(batch: SandboxBatch, order: SandboxOrderRecord | undefined): InquiryPaymentResponse {
  const status = paymentStatusOf(batch);
  const code = batch.status === 'CANCELLED' ? 'ORDER_IS_CANCELED' : batch.resultCode;
  const answer: InquiryPaymentResponse = {
    result: resultOf('SUCCESS'),
    paymentStatus: status,
    paymentResultCode: code,
    paymentResultMessage: batch.resultMessage.slice(0, 256),
    paymentRequestId: batch.batchPaymentRequestId,
    paymentAmount: order ? order.orderAmount : batch.paymentAmount,
    paymentCreateTime: batch.paymentCreateTime,
    paymentMethodType: batch.paymentMethodType,
  };
  if (order) answer.paymentId = order.paymentId;
  if (status === 'SUCCESS' && batch.paymentTime) answer.paymentTime = batch.paymentTime;
  if (status === 'SUCCESS' && batch.paymentResultInfo) answer.paymentResultInfo = batch.paymentResultInfo;
  return answer;
}

/**
 * `POST /ams/(sandbox/)api/v1/payments/inquiryPayment`: by `paymentId` (one order of a batch; wins when both are
 * sent) or by `paymentRequestId` = the `batchPaymentRequestId` (the whole batch, for a merchant that lost the
 * batchPay answer and so never saw the paymentIds).
 */
export async function handleInquiryPayment(engine: SandboxEngine, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const path = `${url.pathname}${url.search}`;
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
  const parsed = parseSchema(InquiryPaymentRequestSchema, input);
  if (!parsed.ok) return errorAnswer(engine, path, clientId, 'PARAM_ILLEGAL', formatValidationIssues(parsed.issues));
  const unknown = findUnknownFields(InquiryPaymentRequestSchema, input);
  if (unknown.length > 0) {
    return errorAnswer(engine, path, clientId, 'PARAM_ILLEGAL', `Unknown field ${unknown.join(', ')}: remove it.`);
  }
  const { paymentId, paymentRequestId } = parsed.value;

  let batch: SandboxBatch | undefined;
  let order: SandboxOrderRecord | undefined;
  if (paymentId !== undefined) {
    const found = engine.findByPaymentId(clientId, paymentId);
    batch = found?.batch;
    order = found?.order;
  } else if (paymentRequestId !== undefined) {
    batch = engine.findBatch(clientId, paymentRequestId);
  }

  const scenario = engine.scenarios.take('inquiryPayment', batch?.batchPaymentRequestId ?? paymentRequestId);
  if (scenario?.fault === 'delay') await sleep(scenario.delayMs ?? 1000);
  if (scenario?.fault === 'http-500') {
    return new Response('<html><body><h1>500 Internal Server Error</h1></body></html>', {
      status: 500,
      headers: { 'content-type': 'text/html; charset=UTF-8' },
    });
  }
  if (scenario?.fault === 'malformed-json') {
    return new Response('{"result":{"resultCode":"SUCC', {
      status: 200,
      headers: { 'content-type': 'application/json; charset=UTF-8' },
    });
  }
  if (scenario?.resultCode && scenario.resultCode !== 'SUCCESS') {
    return errorAnswer(engine, path, clientId, scenario.resultCode);
  }

  if (!batch) {
    return errorAnswer(
      engine,
      path,
      clientId,
      'ORDER_NOT_EXIST',
      paymentId !== undefined
        ? `No payment has paymentId ${paymentId} for ${clientId}: use a paymentId from the batchPay answer's orderSummaries.`
        : `No batch has batchPaymentRequestId ${paymentRequestId} for ${clientId}: check the id you sent to batchPay.`,
    );
  }
  engine.expireIfDue(batch);
  if (scenario?.fault === 'unsigned-success') {
    return gatewayAnswer({ path, body: inquiryAnswer(batch, order), now: engine.now() });
  }
  return answerFor(engine, path, clientId, inquiryAnswer(batch, order));
}
