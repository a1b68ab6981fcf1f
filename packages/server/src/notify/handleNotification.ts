import {
  amountsEqual,
  formatValidationIssues,
  NotifyPaymentRequestSchema,
  notifyAcknowledgement,
  parseSchema,
} from '@batchpay/core';
import { buildSignContent, parseSignatureHeader, verifyContent } from '@batchpay/core/signature';
import type { HandlerContext } from '../HandlerContext.js';
import { ApiError } from '../http/ApiError.js';
import { jsonResponse } from '../http/jsonResponse.js';
import { readBodyText } from '../http/readBodyText.js';

/**
 * `POST /api/antom/notify`: verifies the signature over the raw body and the path + query as received, then
 * applies each order's result once. Replays and late deliveries change nothing more; the answer is Antom's
 * acknowledgement. A bad signature gets 401 and changes nothing.
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

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'INVALID_JSON', 'The notification body is not JSON.');
  }
  const parsed = parseSchema(NotifyPaymentRequestSchema, json);
  if (!parsed.ok)
    throw new ApiError(400, 'INVALID_BODY', formatValidationIssues(parsed.issues), parsed.issues[0]?.path);
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
      throw new ApiError(
        400,
        'AMOUNT_MISMATCH',
        `orderSummaries[${i}].orderAmount differs from the stored order amount.`,
        `orderSummaries[${i}].orderAmount`,
      );
    }
  }
  const final = notification.notifyType === 'PAYMENT_RESULT';
  const changed = await ctx.storage.applyOrderResults(
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
  ctx.emit({
    type: 'notify.accepted',
    ...ids,
    detail: `${notification.notifyType} ${notification.result.resultStatus} ${notification.result.resultCode}: ${notification.orderSummaries.map((s) => `${s.referenceOrderId}=${s.paymentStatus}`).join(', ')}; ${changed} order(s) changed`,
  });
  return jsonResponse(notifyAcknowledgement);
}
