import { describe, expect, it } from 'vitest';
import type { BatchPayResponse, OrderSummary, ResultStatus } from '../index';
import {
  failedOutcome,
  interpretBatchPayResponse,
  kitFailureCodes,
  neverRetryCodes,
  resultCodeAction,
  resultCodeList,
} from '../index';

const summaries: OrderSummary[] = [
  {
    referenceOrderId: 'order-1',
    referenceMerchantId: 'M1',
    paymentId: 'pay-1',
    orderAmount: { currency: 'KRW', value: '33000' },
  },
];

function response(code: string, status: ResultStatus, extra: Partial<BatchPayResponse> = {}): BatchPayResponse {
  return { result: { resultCode: code, resultStatus: status, resultMessage: `message of ${code}` }, ...extra };
}

const scheme = 'alipays://platformapi/startapp?appId=1';
const applink = 'https://render.alipay.com/p/s/i?scheme=x';
const normal = 'https://open-sea.alipayplus.com/cashier?token=abc';

describe('interpretBatchPayResponse: S', () => {
  it('succeeds with the order summaries and the payment result info', () => {
    const outcome = interpretBatchPayResponse(
      response('SUCCESS', 'S', { orderSummaries: summaries, paymentResultInfo: { cardBrand: 'VISA' } }),
    );
    expect(outcome).toEqual({
      kind: 'succeeded',
      code: 'SUCCESS',
      orderSummaries: summaries,
      paymentResultInfo: { cardBrand: 'VISA' },
    });
  });

  it('succeeds without summaries too (an empty list, no undefined field)', () => {
    const outcome = interpretBatchPayResponse(response('SUCCESS', 'S'));
    expect(outcome).toEqual({ kind: 'succeeded', code: 'SUCCESS', orderSummaries: [] });
  });
});

describe('interpretBatchPayResponse: F', () => {
  it.each([
    ['USER_BALANCE_NOT_ENOUGH', 'choose-another-method', 'buyer'],
    ['PARAM_ILLEGAL', 'contact-merchant', 'merchant'],
    ['ORDER_IS_CLOSED', 'try-again', 'nobody'],
  ] as const)('%s: call again with a new request id', (code, nextStep, fixableBy) => {
    const outcome = interpretBatchPayResponse(response(code, 'F'));
    expect(outcome).toEqual({
      kind: 'failed',
      code,
      status: 'F',
      retry: 'new-request-id',
      messageKey: `result.${code}`,
      message: `message of ${code}`,
    });
    // What to offer the buyer comes from the code.
    expect(resultCodeAction(code, 'F')).toMatchObject({ nextStep, fixableBy });
  });

  it.each(['SYSTEM_ERROR', 'PROCESS_FAIL'])('%s says do not retry', (code) => {
    expect(interpretBatchPayResponse(response(code, 'F'))).toMatchObject({ kind: 'failed', code, retry: 'never' });
  });

  it.each(['FRAUD_REJECT', 'RISK_REJECT', 'PAYMENT_PROHIBITED'])(
    '%s: calling again cannot change the verdict',
    (code) => {
      expect(interpretBatchPayResponse(response(code, 'F'))).toMatchObject({ kind: 'failed', retry: 'never' });
    },
  );

  it('every code of neverRetryCodes gives retry never on F', () => {
    for (const code of neverRetryCodes) expect(failedOutcome(code, 'F').retry, code).toBe('never');
  });

  it("neverRetryCodes are exactly the codes of Antom's table whose action is never (kept apart for the bundle)", () => {
    const never = resultCodeList.filter((info) => info.retry === 'never').map((info) => info.code);
    expect(new Set(never)).toEqual(neverRetryCodes);
  });

  it('an F with URLs is still a failure: no redirect', () => {
    const outcome = interpretBatchPayResponse(response('PAYMENT_IN_PROCESS', 'F', { normalUrl: normal }));
    expect(outcome.kind).toBe('failed');
  });

  it('an unknown F code fails with a new request id', () => {
    expect(interpretBatchPayResponse(response('BRAND_NEW_CODE', 'F'))).toMatchObject({
      kind: 'failed',
      code: 'BRAND_NEW_CODE',
      retry: 'new-request-id',
    });
    expect(resultCodeAction('BRAND_NEW_CODE', 'F')).toMatchObject({ retry: 'new-request-id', nextStep: 'try-again' });
  });
});

describe('interpretBatchPayResponse: U', () => {
  it.each(['UNKNOWN_EXCEPTION', 'REQUEST_TRAFFIC_EXCEED_LIMIT', 'BRAND_NEW_CODE', 'SYSTEM_ERROR'])(
    'U with %s: the call failed, call again with a new request id',
    (code) => {
      const outcome = interpretBatchPayResponse(response(code, 'U', { normalUrl: normal }));
      expect(outcome).toMatchObject({ kind: 'failed', code, status: 'U', retry: 'new-request-id' });
    },
  );

  const subsets: Array<[string, Partial<BatchPayResponse>]> = [
    ['scheme only', { schemeUrl: scheme }],
    ['applink only', { applinkUrl: applink }],
    ['normal only', { normalUrl: normal }],
    ['scheme + applink', { schemeUrl: scheme, applinkUrl: applink }],
    ['scheme + normal', { schemeUrl: scheme, normalUrl: normal }],
    ['applink + normal', { applinkUrl: applink, normalUrl: normal }],
    ['all three', { schemeUrl: scheme, applinkUrl: applink, normalUrl: normal }],
  ];
  it.each(subsets)('PAYMENT_IN_PROCESS with %s redirects with exactly those URLs', (_name, urls) => {
    const outcome = interpretBatchPayResponse(
      response('PAYMENT_IN_PROCESS', 'U', {
        ...urls,
        appIdentifier: 'com.eg.android.AlipayGphone',
        orderSummaries: summaries,
      }),
    );
    expect(outcome).toEqual({
      kind: 'redirect',
      urls,
      appIdentifier: 'com.eg.android.AlipayGphone',
      orderSummaries: summaries,
    });
  });

  it('PAYMENT_IN_PROCESS drops empty-string URLs and keeps the others', () => {
    const outcome = interpretBatchPayResponse(
      response('PAYMENT_IN_PROCESS', 'U', { schemeUrl: '', applinkUrl: '  ', normalUrl: normal }),
    );
    expect(outcome).toEqual({ kind: 'redirect', urls: { normalUrl: normal }, orderSummaries: [] });
  });

  it.each([
    ['no URL at all', {}],
    ['only empty-string URLs', { schemeUrl: '', applinkUrl: '', normalUrl: ' ' }],
  ])('PAYMENT_IN_PROCESS with %s: creation failed, call again with a new request id', (_name, urls) => {
    const outcome = interpretBatchPayResponse(response('PAYMENT_IN_PROCESS', 'U', urls));
    expect(outcome).toMatchObject({
      kind: 'failed',
      code: kitFailureCodes.noCashierUrl,
      status: 'U',
      retry: 'new-request-id',
    });
  });
});

describe('failedOutcome', () => {
  it('a transport failure keeps the same request id', () => {
    expect(failedOutcome(kitFailureCodes.transportError)).toMatchObject({
      kind: 'failed',
      code: 'TRANSPORT_ERROR',
      retry: 'same-request-id',
    });
    expect(resultCodeAction(kitFailureCodes.transportError).nextStep).toBe('try-again');
  });

  it('no safe cashier URL and an invalid response need a new request id', () => {
    expect(failedOutcome(kitFailureCodes.noSafeCashierUrl, 'U').retry).toBe('new-request-id');
    expect(failedOutcome(kitFailureCodes.invalidResponse).retry).toBe('new-request-id');
  });

  it('SUCCESS and PAYMENT_IN_PROCESS offer done and the cashier; no failure offers either', () => {
    expect(resultCodeAction('SUCCESS')).toMatchObject({ retry: 'none', nextStep: 'done' });
    expect(resultCodeAction('PAYMENT_IN_PROCESS')).toMatchObject({ retry: 'none', nextStep: 'open-cashier' });
    for (const code of [...Object.values(kitFailureCodes), 'SYSTEM_ERROR', 'USER_BALANCE_NOT_ENOUGH', 'NEW_CODE']) {
      expect(['done', 'open-cashier'], code).not.toContain(resultCodeAction(code, 'F').nextStep);
    }
  });

  it("keeps Antom's message for the logs, and names the code when there is none", () => {
    expect(failedOutcome('SYSTEM_ERROR', 'F', 'from Antom').message).toBe('from Antom');
    expect(failedOutcome('SYSTEM_ERROR').message).toContain('SYSTEM_ERROR');
  });
});
