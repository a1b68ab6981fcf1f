import { getResultCodeInfo, type Result } from '@batchpay/core';
import { buildSignContent, formatSignatureHeader, signContent } from '@batchpay/core/signature';

/** The `result` object of an answer: the code's S/F/U from Antom's result-code table and a message (≤256 chars). */
export function resultOf(code: string, message?: string): Result {
  const info = getResultCodeInfo(code);
  const text = message ?? info.message;
  return {
    resultCode: code,
    resultStatus: info.status,
    resultMessage: text.length > 256 ? `${text.slice(0, 253)}...` : text,
  };
}

export interface GatewayAnswerInput {
  /** The path (and query) as requested: the signature covers it. */
  path: string;
  /** The body: an object is serialized once, and the signature covers exactly that text. */
  body: object | string;
  /** Sign with this private key for this client; without it the answer is unsigned (only ever F or U). */
  signAs?: { clientId: string; privateKey: string };
  now: Date;
  status?: number;
}

/** An Antom-style JSON answer, signed with `client-id`, `response-time` and `signature` headers when possible. */
export async function gatewayAnswer(input: GatewayAnswerInput): Promise<Response> {
  const text = typeof input.body === 'string' ? input.body : JSON.stringify(input.body);
  const headers = new Headers({ 'content-type': 'application/json; charset=UTF-8' });
  if (input.signAs) {
    const time = String(input.now.getTime());
    const content = buildSignContent({
      method: 'POST',
      path: input.path,
      clientId: input.signAs.clientId,
      time,
      body: text,
    });
    const signature = await signContent(content, input.signAs.privateKey);
    headers.set('client-id', input.signAs.clientId);
    headers.set('response-time', time);
    headers.set('signature', formatSignatureHeader(signature));
  }
  return new Response(text, { status: input.status ?? 200, headers });
}
