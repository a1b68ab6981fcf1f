import type { BatchPayRequest, BatchPayResponse, InquiryPaymentResponse } from '@batchpay/core';
import { buildSignContent, formatSignatureHeader, signContent, verifyContent } from '@batchpay/core/signature';

export interface Merchant {
  clientId: string;
  privateKey: string;
  publicKey: string;
}

/** Where a call goes: a real server URL (over HTTP) or an in-process handler. */
export type Target = string | { fetch(request: Request): Promise<Response> };

export const batchPayPath = '/ams/sandbox/api/v1/payments/batchPay';
export const inquiryPath = '/ams/sandbox/api/v1/payments/inquiryPayment';

let counter = 0;
export function uniqueId(prefix = 'B'): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}`;
}

export function sampleBatchPay(overrides: Partial<BatchPayRequest> = {}): BatchPayRequest {
  return {
    productCode: 'CASHIER_PAYMENT',
    batchPaymentRequestId: uniqueId(),
    paymentAmount: { currency: 'USD', value: '3000' },
    paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
    paymentRedirectUrl: 'https://shop.example/result?checkout=c1',
    paymentNotifyUrl: 'https://shop.example/api/antom/notify',
    env: { terminalType: 'WAP', osType: 'IOS' },
    orderList: [
      {
        referenceOrderId: 'A-1',
        orderDescription: 'Shoes',
        orderAmount: { currency: 'USD', value: '1000' },
        merchant: { referenceMerchantId: 'SELLER_A', merchantName: 'Seller A' },
      },
      {
        referenceOrderId: 'B-1',
        orderDescription: 'Insurance',
        orderAmount: { currency: 'USD', value: '2000' },
        merchant: { referenceMerchantId: 'SELLER_B', merchantName: 'Seller B' },
      },
    ],
    ...overrides,
  };
}

export interface CallOptions {
  path?: string;
  /** Overrides the signed time (default now). */
  time?: string;
  /** Sign this path instead of the one called (to play a merchant that signs the wrong path). */
  signedPath?: string;
  /** Sign this body instead of the one sent (to play a tampered body). */
  signedBody?: string;
  /** Sign with this key instead of the merchant's. */
  signingKey?: string;
  /** Header changes: a string sets, null removes. */
  headers?: Record<string, string | null>;
}

/** Sends a signed gateway call the way a merchant server does. */
export async function callGateway(
  target: Target,
  merchant: Merchant,
  body: unknown,
  options: CallOptions = {},
): Promise<Response> {
  const path = options.path ?? batchPayPath;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const time = options.time ?? String(Date.now());
  const content = buildSignContent({
    method: 'POST',
    path: options.signedPath ?? path,
    clientId: merchant.clientId,
    time,
    body: options.signedBody ?? text,
  });
  const signature = await signContent(content, options.signingKey ?? merchant.privateKey);
  const headers = new Headers({
    'content-type': 'application/json; charset=UTF-8',
    'client-id': merchant.clientId,
    'request-time': time,
    signature: formatSignatureHeader(signature),
  });
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  const base = typeof target === 'string' ? target : 'http://sandbox.test';
  const request = new Request(`${base}${path}`, { method: 'POST', headers, body: text });
  return typeof target === 'string' ? fetch(request) : target.fetch(request);
}

/** Any gateway answer's fields (batchPay and inquiry answers are both loose objects). */
export type AnswerJson = Partial<BatchPayResponse> & Partial<InquiryPaymentResponse>;

export interface GatewayResult {
  status: number;
  text: string;
  json: AnswerJson;
  signed: boolean;
  signatureValid: boolean | null;
}

/** Reads an answer and checks its signature with the sandbox's public key over the path called. */
export async function readAnswer(
  response: Response,
  sandboxPublicKey: string,
  path = batchPayPath,
): Promise<GatewayResult> {
  const text = await response.text();
  let json: AnswerJson = {};
  try {
    json = JSON.parse(text) as AnswerJson;
  } catch {
    json = {};
  }
  const header = response.headers.get('signature');
  const time = response.headers.get('response-time');
  const clientId = response.headers.get('client-id');
  let signatureValid: boolean | null = null;
  if (header && time && clientId) {
    const signature = header.split('signature=')[1] ?? '';
    signatureValid = await verifyContent(
      buildSignContent({ method: 'POST', path, clientId, time, body: text }),
      signature,
      sandboxPublicKey,
    );
  }
  return { status: response.status, text, json, signed: header !== null, signatureValid };
}
