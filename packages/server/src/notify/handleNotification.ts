import { amountsEqual, NotifyPaymentRequestSchema, notifyAcknowledgement, parseSchema } from '@batchpay/core';
import { buildSignContent, parseSignatureHeader, verifyContent } from '@batchpay/core/signature';
import { parseGatewayTime } from '../antom/parseGatewayTime.js';
import type { HandlerContext } from '../HandlerContext.js';
import { ApiError } from '../http/ApiError.js';
import { describeIssues } from '../http/describeIssues.js';
import { jsonResponse } from '../http/jsonResponse.js';
import { readBodyText } from '../http/readBodyText.js';

/** How far in the future a notification's `request-time` may lie (clock skew). */
const maxFutureSkewMs = 5 * 60 * 1000;

/**
 * `POST /api/antom/notify`: verifies the signature over the raw body and the path + query as received, and that
 * `request-time` lies within the freshness window (`notificationMaxAgeMs`), then applies each order's result once.
 * Replays and late deliveries change nothing more; a result that contradicts a final one keeps SUCCESS and is
 * recorded as a fault. The acknowledgement is sent only after the transaction committed; a bad signature gets 401
 * and changes nothing.
 */
export async function handleNotification(ctx: HandlerContext, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const raw = await readBodyText(request, Math.max(ctx.maxBodyBytes, 64 * 1024));
  const clientId = request.headers.get('client-id');
  const time = request.headers.get('request-time');
  const header = request.headers.get('signature');
  const parsedHeader = header ? parseSignatureHeader(header) : null;
  const reject = (message: string): never => {
    ctx.emit({ type: 'notify.rejected', detail: message });
    throw new ApiError(401, 'INVALID_SIGNATURE', message);
  };
  if (!clientId || !time || !parsedHeader)
    reject('The notification lacks the client-id, request-time or signature header.');
  if (clientId !== ctx.antom.clientId) reject(`The notification is for client-id ${clientId}, not this merchant's.`);
  const content = buildSignContent({
    method: 'POST',
    path: `${url.pathname}${url.search}`,
    clientId: clientId ?? '',
    time: time ?? '',
    body: raw,
  });
  if (!(await verifyContent(content, parsedHeader?.signature ?? '', ctx.antom.antomPublicKey))) {
    reject(
      `The notification's signature does not verify over POST ${url.pathname}${url.search} with Antom's public key.`,
    );
  }
  const sentAt = parseGatewayTime(time ?? '');
  const nowMs = ctx.now().getTime();
  if (sentAt === undefined || nowMs - sentAt > ctx.notificationMaxAgeMs || sentAt - nowMs > maxFutureSkewMs) {
    ctx.emit({ type: 'notify.rejected', detail: `request-time ${time} is outside the freshness window` });
    throw new ApiError(
      400,
      'STALE_NOTIFICATION',
      `The notification's request-time ${time} is older than ${ctx.notificationMaxAgeMs} ms or in the future: a replay.`,
      'request-time',
    );
  }

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'INVALID_JSON', 'The notification body is not JSON.');
  }
  // Sizes before deep validation: a batch has at most 10 orders, so a 20,000-summary body is refused in one line.
  const summaryCount =
    typeof json === 'object' && json !== null && 'orderSummaries' in json && Array.isArray(json.orderSummaries)
      ? json.orderSummaries.length
      : 0;
  if (summaryCount > 10) {
    ctx.emit({ type: 'notify.rejected', detail: `${summaryCount} order summaries` });
    throw new ApiError(
      400,
      'INVALID_BODY',
      `orderSummaries holds ${summaryCount} summaries: a batch has at most 10.`,
      'orderSummaries',
    );
  }
  const parsed = parseSchema(NotifyPaymentRequestSchema, json);
  if (!parsed.ok) throw new ApiError(400, 'INVALID_BODY', describeIssues(parsed.issues), parsed.issues[0]?.path);
  const notification = parsed.value;
  const checkout = await ctx.storage.getCheckoutByBatchId(notification.batchPaymentRequestId);
  if (!checkout) {
    ctx.emit({
      type: 'notify.rejected',
      batchPaymentRequestId: notification.batchPaymentRequestId,
      detail: 'unknown batch',
    });
    throw new ApiError(
      404,
      'UNKNOWN_BATCH',
      `No checkout has batchPaymentRequestId ${notification.batchPaymentRequestId}.`,
      'batchPaymentRequestId',
    );
  }
  const ids = { checkoutId: checkout.checkoutId, batchPaymentRequestId: checkout.batchPaymentRequestId };
  const expected = { currency: checkout.currency, value: checkout.paymentAmount };
  if (!amountsEqual(notification.paymentAmount, expected)) {
    ctx.emit({
      type: 'notify.rejected',
      ...ids,
      detail: `amount ${notification.paymentAmount.currency} ${notification.paymentAmount.value} differs from ${expected.currency} ${expected.value}`,
    });
    throw new ApiError(
      400,
      'AMOUNT_MISMATCH',
      `paymentAmount ${notification.paymentAmount.currency} ${notification.paymentAmount.value} is not this batch's ${expected.currency} ${expected.value}.`,
      'paymentAmount',
    );
  }
  for (const [i, summary] of notification.orderSummaries.entries()) {
    const order = checkout.orders.find((o) => o.referenceOrderId === summary.referenceOrderId);
    if (!order) {
      throw new ApiError(
        400,
        'UNKNOWN_ORDER',
        `orderSummaries[${i}].referenceOrderId ${summary.referenceOrderId} is not in this batch.`,
        `orderSummaries[${i}].referenceOrderId`,
      );
    }
    if (!amountsEqual(summary.orderAmount, { currency: order.currency, value: order.orderAmount })) {
      ctx.emit({ type: 'notify.rejected', ...ids, detail: `orderSummaries[${i}].orderAmount differs` });
      throw new ApiError(
        400,
        'AMOUNT_MISMATCH',
        `orderSummaries[${i}].orderAmount differs from the stored order amount.`,
        `orderSummaries[${i}].orderAmount`,
      );
    }
    if (order.paymentId !== null && order.paymentId !== summary.paymentId) {
      ctx.emit({
        type: 'notify.rejected',
        ...ids,
        detail: `orderSummaries[${i}].paymentId ${summary.paymentId} is not the stored ${order.paymentId}`,
      });
      throw new ApiError(
        400,
        'PAYMENT_ID_MISMATCH',
        `orderSummaries[${i}].paymentId is not the paymentId Antom gave this order.`,
        `orderSummaries[${i}].paymentId`,
      );
    }
  }
  const final = notification.notifyType === 'PAYMENT_RESULT';
  const { changed, contradictions } = await ctx.storage.applyOrderResults(
    checkout.checkoutId,
    notification.orderSummaries.map((s) => ({
      referenceOrderId: s.referenceOrderId,
      paymentId: s.paymentId,
      paymentStatus: final ? s.paymentStatus : 'PROCESSING',
    })),
    {
      now: ctx.now().toISOString(),
      source: 'notification',
      ...(notification.result.resultStatus !== 'S' ? { failureCode: notification.result.resultCode } : {}),
    },
  );
  if (contradictions.length > 0) {
    ctx.emit({
      type: 'payment.contradiction',
      ...ids,
      detail: `notification: ${contradictions.map((c) => `${c.referenceOrderId} stored ${c.stored}, reported ${c.reported}, kept ${c.kept}`).join('; ')}`,
    });
  }
  ctx.emit({
    type: 'notify.accepted',
    ...ids,
    detail: `${notification.notifyType} ${notification.result.resultStatus} ${notification.result.resultCode}: ${notification.orderSummaries.map((s) => `${s.referenceOrderId}=${s.paymentStatus}`).join(', ')}; ${changed} order(s) changed`,
  });
  return jsonResponse(notifyAcknowledgement);
}
