import { notifyAcknowledgement } from '@batchpay/core';
import { buildSignContent, parseSignatureHeader, verifyContent } from '@batchpay/core/signature';
import { parseGatewayTime } from '../antom/parseGatewayTime.js';
import type { HandlerContext } from '../HandlerContext.js';
import { ApiError } from '../http/ApiError.js';
import { jsonResponse } from '../http/jsonResponse.js';
import { readBodyText } from '../http/readBodyText.js';
import { applyBatchNotification } from './applyBatchNotification.js';
import { applyPaymentNotification } from './applyPaymentNotification.js';

/** How far in the future a notification's `request-time` may lie (clock skew). */
const maxFutureSkewMs = 5 * 60 * 1000;

/** Which of the two notification shapes a body is: per batch (`orderSummaries`) or per payment (`paymentId`). */
function shapeOf(json: unknown): 'batch' | 'payment' | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  if ('orderSummaries' in json || 'batchPaymentRequestId' in json) return 'batch';
  if ('paymentId' in json || 'paymentRequestId' in json) return 'payment';
  return undefined;
}

/**
 * `POST /api/antom/notify`: verifies the signature over the raw body and the path + query as received (header names
 * in any case; the header's `keyVersion` must be the configured `antomKeyVersion`), and that `request-time` (epoch
 * milliseconds, as Antom's Java SDK writes it, or ISO 8601, as its Python SDK does) lies within the freshness window
 * (`notificationMaxAgeMs`). Then applies either shape:
 * - per batch (`batchPaymentRequestId` + `orderSummaries`, the kit's reading of batchPay): `applyBatchNotification`;
 * - per payment (Antom's documented `notifyPayment`: `paymentRequestId`, `paymentId`, `paymentAmount`, `result`):
 *   `applyPaymentNotification`.
 * Each result is applied once; replays and late deliveries change nothing more; a result that contradicts a final
 * one keeps SUCCESS and is recorded as a fault. The acknowledgement is sent only after the transaction committed. A
 * bad signature gets 401, a notification that matches no checkout or order 404 (`notify.unmatched`): both change
 * nothing and are not acknowledged, so Antom delivers them again.
 */
export async function handleNotification(ctx: HandlerContext, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const raw = await readBodyText(request, Math.max(ctx.maxBodyBytes, 64 * 1024));
  // Headers.get is case-insensitive: Client-Id, Request-Time and Signature are read as well.
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
  if (parsedHeader && parsedHeader.keyVersion !== ctx.antom.antomKeyVersion) {
    reject(
      `The notification is signed with keyVersion ${parsedHeader.keyVersion}, not ${ctx.antom.antomKeyVersion}: if Antom rotated its key, configure the new public key and antomKeyVersion.`,
    );
  }
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
  const shape = shapeOf(json);
  if (shape === 'batch') await applyBatchNotification(ctx, json);
  else if (shape === 'payment') await applyPaymentNotification(ctx, json);
  else {
    ctx.emit({ type: 'notify.rejected', detail: 'neither a batch nor a payment notification' });
    throw new ApiError(
      400,
      'INVALID_BODY',
      'The notification has neither batchPaymentRequestId and orderSummaries (per batch) nor paymentRequestId and paymentId (per payment).',
    );
  }
  return jsonResponse(notifyAcknowledgement);
}
