import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as core from '../index';
import {
  BatchPayResponseSchema,
  CreateCheckoutBodySchema,
  InquiryPaymentRequestSchema,
  InquiryPaymentResponseSchema,
  NotifyPaymentRequestSchema,
  notifyAcknowledgement,
  parseSchema,
} from '../index';

/** Every exported valibot schema of the package, by export name. */
const schemas: Array<[string, v.GenericSchema]> = [];
for (const [name, value] of Object.entries(core) as Array<[string, unknown]>) {
  if (name.endsWith('Schema') && typeof value === 'object' && value !== null && '~standard' in value) {
    schemas.push([name, value as v.GenericSchema]);
  }
}

/** Paths of leaves that are not strings on the wire (numbers, booleans...). Arrays and records are walked. */
function nonStringLeaves(schema: unknown, path: string): string[] {
  if (!schema || typeof schema !== 'object' || !('type' in schema)) return [`${path} (not a schema)`];
  const s = schema as { type: string } & Record<string, unknown>;
  switch (s.type) {
    case 'object':
    case 'loose_object':
    case 'strict_object':
      return Object.entries(s.entries as Record<string, unknown>).flatMap(([key, entry]) =>
        nonStringLeaves(entry, path ? `${path}.${key}` : key),
      );
    case 'array':
      return nonStringLeaves(s.item, `${path}[]`);
    case 'optional':
    case 'nullable':
    case 'nullish':
      return nonStringLeaves(s.wrapped, path);
    case 'record':
      // A map of method-specific data (paymentMethodMetaData, threeDSResult): keys are strings, values are free.
      return nonStringLeaves(s.key, `${path}{key}`);
    case 'string':
      return [];
    case 'picklist':
      return (s.options as unknown[]).every((o) => typeof o === 'string') ? [] : [`${path} (non-string option)`];
    case 'literal':
      return typeof s.literal === 'string' ? [] : [`${path} (non-string literal)`];
    default:
      return [`${path} (${s.type})`];
  }
}

describe('schemas', () => {
  it('exports the schemas of every structure of issue 2', () => {
    const names = schemas.map(([name]) => name);
    for (const name of [
      'BatchPayRequest',
      'Amount',
      'PaymentFactor',
      'PaymentMethod',
      'Env',
      'Order',
      'Merchant',
      'Goods',
      'Shipping',
      'Buyer',
      'Address',
      'UserName',
      'CreditPayPlan',
      'BatchPayResponse',
      'Result',
      'PspCustomerInfo',
      'OrderCodeForm',
      'PaymentResultInfo',
      'OrderSummary',
      'NotifyPaymentRequest',
      'InquiryPaymentRequest',
      'InquiryPaymentResponse',
    ]) {
      expect(names).toContain(`${name}Schema`);
    }
  });

  it('the walk flags a number or a boolean (so the check cannot pass by accident)', () => {
    const bad = v.object({ a: v.number(), b: v.optional(v.array(v.object({ c: v.boolean() }))), d: v.string() });
    expect(nonStringLeaves(bad, '')).toEqual(['a (number)', 'b[].c (boolean)']);
  });

  // The answers of the kit's own merchant backend are not Antom structures (`CheckoutView.final` is a boolean):
  // their schemas live in @batchpay/client, so every schema here follows Antom's all-strings rule.
  const kitApiAnswers = ['CreateCheckoutResponseSchema', 'CheckoutViewSchema', 'CartViewSchema'];
  const antomSchemas = schemas;

  it('holds no schema of the kit API answers (they are in @batchpay/client)', () => {
    for (const name of kitApiAnswers) expect(schemas.map(([n]) => n)).not.toContain(name);
  });

  it.each(antomSchemas)('%s: every non-array field is a string on the wire', (_name, schema) => {
    expect(nonStringLeaves(schema, '')).toEqual([]);
  });
});

const processing = {
  result: { resultCode: 'PAYMENT_IN_PROCESS', resultStatus: 'U', resultMessage: 'payment in process' },
  batchPaymentRequestId: 'batch-1',
  paymentCreateTime: '2026-11-25T12:00:00+08:00',
  normalUrl: 'https://cashier.example.com/pay',
  appIdentifier: 'com.eg.android.AlipayGphone',
  orderSummaries: [
    {
      referenceOrderId: 'o-1',
      referenceMerchantId: 'M1',
      paymentId: 'p-1',
      orderAmount: { currency: 'KRW', value: '33000' },
    },
  ],
  someFieldAntomAddsLater: { nested: true },
};

describe('BatchPayResponseSchema', () => {
  it('reads an answer and keeps fields it does not know', () => {
    const parsed = parseSchema(BatchPayResponseSchema, processing);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value.normalUrl).toBe(processing.normalUrl);
      expect(parsed.value).toHaveProperty('someFieldAntomAddsLater');
    }
  });

  it('reads an error answer of the gateway (result only)', () => {
    const parsed = parseSchema(BatchPayResponseSchema, {
      result: { resultCode: 'PARAM_ILLEGAL', resultStatus: 'F', resultMessage: 'illegal' },
    });
    expect(parsed.ok).toBe(true);
  });

  it('refuses a wrong status and a number amount, naming the field', () => {
    const parsed = parseSchema(BatchPayResponseSchema, {
      ...processing,
      result: { resultCode: 'X', resultStatus: 'P' },
      orderSummaries: [{ ...processing.orderSummaries[0], orderAmount: { currency: 'KRW', value: 33000 } }],
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining(['result.resultStatus', 'orderSummaries[0].orderAmount.value']),
      );
      expect(parsed.issues.find((i) => i.path === 'result.resultStatus')?.message).toMatch(/S, F or U/);
    }
  });
});

describe('notification and inquiry bodies', () => {
  const notify = {
    notifyType: 'PAYMENT_RESULT',
    result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
    batchPaymentRequestId: 'batch-1',
    paymentAmount: { currency: 'KRW', value: '33000' },
    paymentCreateTime: '2026-11-25T12:00:00+08:00',
    paymentTime: '2026-11-25T12:01:00+08:00',
    orderSummaries: [{ ...processing.orderSummaries[0], paymentStatus: 'SUCCESS' }],
  };

  it('reads a batch notification and refuses one without order summaries', () => {
    expect(parseSchema(NotifyPaymentRequestSchema, notify).ok).toBe(true);
    const empty = parseSchema(NotifyPaymentRequestSchema, { ...notify, orderSummaries: [] });
    expect(empty).toMatchObject({ ok: false, issues: [{ path: 'orderSummaries' }] });
    const badStatus = parseSchema(NotifyPaymentRequestSchema, {
      ...notify,
      orderSummaries: [{ ...notify.orderSummaries[0], paymentStatus: 'DONE' }],
    });
    expect(badStatus).toMatchObject({ ok: false, issues: [{ path: 'orderSummaries[0].paymentStatus' }] });
  });

  it('the acknowledgement is the SUCCESS result Antom waits for', () => {
    expect(notifyAcknowledgement).toEqual({
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
    });
  });

  it('an inquiry needs paymentId or paymentRequestId', () => {
    expect(parseSchema(InquiryPaymentRequestSchema, { paymentId: 'p-1' }).ok).toBe(true);
    expect(parseSchema(InquiryPaymentRequestSchema, { paymentRequestId: 'o-1' }).ok).toBe(true);
    const neither = parseSchema(InquiryPaymentRequestSchema, {});
    expect(neither.ok).toBe(false);
    if (!neither.ok) expect(neither.issues[0]?.message).toMatch(/paymentId or paymentRequestId/);
  });

  it('an inquiry answer reads its status and refuses an unknown one', () => {
    const answer = {
      result: { resultCode: 'SUCCESS', resultStatus: 'S' },
      paymentStatus: 'PROCESSING',
      paymentId: 'p-1',
    };
    expect(parseSchema(InquiryPaymentResponseSchema, answer).ok).toBe(true);
    expect(parseSchema(InquiryPaymentResponseSchema, { ...answer, paymentStatus: 'MAYBE' })).toMatchObject({
      ok: false,
      issues: [{ path: 'paymentStatus' }],
    });
  });
});

describe('CreateCheckoutBodySchema (browser → merchant backend)', () => {
  it('takes no amount, and upper-cases the region', () => {
    const parsed = parseSchema(CreateCheckoutBodySchema, {
      cartId: 'cart-1',
      paymentMethodType: 'KAKAOPAY',
      env: { terminalType: 'WAP', osType: 'ANDROID' },
      userRegion: 'kr',
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        cartId: 'cart-1',
        paymentMethodType: 'KAKAOPAY',
        env: { terminalType: 'WAP', osType: 'ANDROID' },
        userRegion: 'KR',
      },
    });
  });

  it('says what is missing', () => {
    const parsed = parseSchema(CreateCheckoutBodySchema, { paymentMethodType: '', env: { terminalType: 'TV' } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      const byPath = Object.fromEntries(parsed.issues.map((i) => [i.path, i.message]));
      expect(byPath.cartId).toMatch(/required.*cart/);
      expect(byPath.paymentMethodType).toMatch(/empty/);
      expect(byPath['env.terminalType']).toMatch(/WEB, WAP, APP, MINI_APP/);
    }
  });
});
