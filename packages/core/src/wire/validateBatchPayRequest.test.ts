import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BatchPayRequest, Order } from '../index';
import { formatValidationIssues, validateBatchPayRequest } from '../index';

const now = new Date('2026-11-25T12:00:00+08:00');

function order(index: number, value = '11000', currency = 'KRW'): Order {
  return {
    referenceOrderId: `order-${index}`,
    orderDescription: `Order ${index} of the batch`,
    orderAmount: { currency, value },
    merchant: {
      referenceMerchantId: `M${index}`,
      merchantMCC: '5411',
      merchantName: `Shop ${index}`,
      merchantAddress: { region: 'KR', city: 'Seoul' },
      merchantRegisterDate: '2020-01-01T00:00:00+09:00',
      merchantType: 'ENTERPRISE',
    },
    goods: [
      {
        referenceGoodsId: `g-${index}`,
        goodsName: 'Tea',
        goodsUnitAmount: { currency, value },
        goodsQuantity: '1',
        deliveryMethodType: 'PHYSICAL',
      },
    ],
    shipping: {
      shippingName: { firstName: 'Min', lastName: 'Kim' },
      shippingAddress: { region: 'KR', city: 'Seoul', address1: '1 Jongno' },
      shippingCarrier: 'CJ',
    },
    buyer: { referenceBuyerId: 'buyer-1', buyerEmail: 'min@example.com', isAccountVerified: 'true' },
  };
}

/** A full request: every structure present, three orders adding up to paymentAmount. */
function validRequest(): BatchPayRequest {
  return {
    productCode: 'CASHIER_PAYMENT',
    batchPaymentRequestId: 'batch-2026-0001',
    paymentAmount: { currency: 'KRW', value: '33000' },
    paymentFactor: { isAuthorization: 'false', presentmentMode: 'UNIFIED' },
    paymentMethod: { paymentMethodType: 'KAKAOPAY' },
    paymentExpiryTime: '2026-11-25T12:05:00+08:00',
    paymentRedirectUrl: 'https://shop.example/checkout/result?batch=batch-2026-0001',
    paymentNotifyUrl: 'https://shop.example/api/antom/notify',
    userRegion: 'KR',
    creditPayPlan: { installmentNum: '3', creditPayFeeType: 'PERCENTAGE', feePercentage: '0' },
    env: {
      terminalType: 'WAP',
      osType: 'IOS',
      userAgent: 'Mozilla/5.0',
      browserInfo: { language: 'ko-KR', javaScriptEnabled: 'true' },
      screenHeight: '844',
      timeZoneOffset: '-540',
    },
    orderList: [order(0), order(1), order(2)],
  };
}

/** A copy of the valid request with one change made by `edit`. */
function changed(edit: (r: Record<string, unknown> & BatchPayRequest) => void): unknown {
  const request = structuredClone(validRequest()) as Record<string, unknown> & BatchPayRequest;
  edit(request);
  return request;
}

function issuesOf(input: unknown, level: 'gateway' | 'kit' = 'kit') {
  const result = validateBatchPayRequest(input, { level, now });
  if (result.ok) throw new Error(`expected issues at level ${level}, the request passed`);
  return result.issues;
}

function expectIssue(input: unknown, path: string, message: RegExp, level: 'gateway' | 'kit' = 'kit') {
  const issues = issuesOf(input, level);
  const issue = issues.find((i) => i.path === path);
  expect(issue, `no issue at ${path}; got ${formatValidationIssues(issues)}`).toBeDefined();
  expect(issue?.message).toMatch(message);
}

describe('validateBatchPayRequest: a valid request', () => {
  it('passes both levels and answers the same value', () => {
    const input = validRequest();
    for (const level of ['gateway', 'kit'] as const) {
      const result = validateBatchPayRequest(input, { level, now });
      expect(result).toEqual({ ok: true, value: input });
    }
  });

  it('passes with only the required fields', () => {
    const minimal = {
      productCode: 'CASHIER_PAYMENT',
      batchPaymentRequestId: 'b-1',
      paymentAmount: { currency: 'USD', value: '1234' },
      paymentMethod: { paymentMethodType: 'GCASH' },
      paymentRedirectUrl: 'https://shop.example/r',
      paymentNotifyUrl: 'https://shop.example/n',
      env: { terminalType: 'WEB' },
      orderList: [
        {
          referenceOrderId: 'o-1',
          orderDescription: 'One order',
          orderAmount: { currency: 'USD', value: '1234' },
          merchant: { referenceMerchantId: 'M1' },
        },
      ],
    };
    expect(validateBatchPayRequest(minimal, { now }).ok).toBe(true);
  });

  it('uses the current time when none is given', () => {
    const request = changed((r) => {
      r.paymentExpiryTime = new Date(Date.now() + 5 * 60_000).toISOString();
    });
    expect(validateBatchPayRequest(request).ok).toBe(true);
  });
});

describe('validateBatchPayRequest: gateway rules (what Antom rejects with PARAM_ILLEGAL)', () => {
  it('refuses something that is not an object at all', () => {
    for (const input of [null, 'x', 42, []]) {
      const issues = issuesOf(input, 'gateway');
      expect(issues.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['productCode', (r: Record<string, unknown>) => delete r.productCode, /required.*CASHIER_PAYMENT/],
    ['batchPaymentRequestId', (r: Record<string, unknown>) => delete r.batchPaymentRequestId, /required/],
    ['paymentAmount', (r: Record<string, unknown>) => delete r.paymentAmount, /required/],
    ['paymentMethod', (r: Record<string, unknown>) => delete r.paymentMethod, /required/],
    ['paymentRedirectUrl', (r: Record<string, unknown>) => delete r.paymentRedirectUrl, /required/],
    ['paymentNotifyUrl', (r: Record<string, unknown>) => delete r.paymentNotifyUrl, /required/],
    ['env', (r: Record<string, unknown>) => delete r.env, /required/],
    ['orderList', (r: Record<string, unknown>) => delete r.orderList, /required/],
  ])('a missing %s is named', (path, edit, message) => {
    expectIssue(
      changed((r) => {
        edit(r);
      }),
      path,
      message,
      'gateway',
    );
  });

  it('says what a missing field must hold, in its own words', () => {
    const messages = (edit: (r: Record<string, unknown> & BatchPayRequest) => void) =>
      issuesOf(changed(edit), 'gateway').map((i) => `${i.path} ${i.message}`);
    expect(messages((r) => Reflect.deleteProperty(r, 'batchPaymentRequestId'))).toEqual([
      'batchPaymentRequestId is required and must be a string',
    ]);
    expect(messages((r) => Reflect.deleteProperty(r, 'productCode'))).toEqual([
      'productCode is required and must be "CASHIER_PAYMENT"',
    ]);
    expect(messages((r) => delete (r.paymentAmount as Partial<BatchPayRequest['paymentAmount']>).value)).toEqual([
      'paymentAmount.value is required: the amount in minor units as a string, such as "1234" for 12.34 USD',
    ]);
    expect(messages((r) => Reflect.deleteProperty(r, 'env')).join()).toMatch(/^env is required/);
    expect(messages((r) => Reflect.deleteProperty(r, 'orderList'))).toEqual([
      'orderList is required: an array of orders',
    ]);
    expect(messages((r) => Reflect.deleteProperty(r.orderList[0] as Order, 'merchant'))).toEqual([
      'orderList[0].merchant is required: add it as an object',
    ]);
  });

  it('names missing fields deep in the structure', () => {
    expectIssue(
      changed((r) => {
        delete (r.orderList[1] as Partial<Order>).merchant;
      }),
      'orderList[1].merchant',
      /required/,
      'gateway',
    );
    expectIssue(
      changed((r) => {
        delete (r.paymentMethod as Partial<BatchPayRequest['paymentMethod']>).paymentMethodType;
      }),
      'paymentMethod.paymentMethodType',
      /required/,
      'gateway',
    );
    expectIssue(
      changed((r) => {
        Reflect.deleteProperty((r.orderList[2] as Order).orderAmount, 'currency');
      }),
      'orderList[2].orderAmount.currency',
      /required.*ISO 4217/,
      'gateway',
    );
    expectIssue(
      changed((r) => {
        delete (r.env as Partial<BatchPayRequest['env']>).terminalType;
      }),
      'env.terminalType',
      /WEB, WAP, APP, MINI_APP/,
      'gateway',
    );
  });

  it.each([
    ['batchPaymentRequestId', 64, (r: BatchPayRequest, s: string) => (r.batchPaymentRequestId = s)],
    [
      'orderList[0].referenceOrderId',
      64,
      (r: BatchPayRequest, s: string) => ((r.orderList[0] as Order).referenceOrderId = s),
    ],
    [
      'orderList[1].orderDescription',
      256,
      (r: BatchPayRequest, s: string) => ((r.orderList[1] as Order).orderDescription = s),
    ],
    ['paymentRedirectUrl', 2048, (r: BatchPayRequest, s: string) => (r.paymentRedirectUrl = `https://x.example/${s}`)],
    ['appId', 32, (r: BatchPayRequest, s: string) => (r.appId = s)],
    ['env.userAgent', 2048, (r: BatchPayRequest, s: string) => (r.env.userAgent = s)],
    [
      'orderList[0].merchant.referenceMerchantId',
      64,
      (r: BatchPayRequest, s: string) => ((r.orderList[0] as Order).merchant.referenceMerchantId = s),
    ],
  ])('%s longer than %i characters is refused; at the limit it passes', (path, max, set) => {
    const atLimit = changed((r) => {
      set(r, 'a'.repeat(path === 'paymentRedirectUrl' ? max - 'https://x.example/'.length : max));
    });
    expect(validateBatchPayRequest(atLimit, { level: 'gateway', now }).ok).toBe(true);
    expectIssue(
      changed((r) => {
        set(r, 'a'.repeat(max + 1));
      }),
      path,
      new RegExp(`at most ${max}`),
      'gateway',
    );
  });

  it('refuses 11 orders at both levels', () => {
    const eleven = changed((r) => {
      r.orderList = Array.from({ length: 11 }, (_, i) => order(i, '3000'));
      r.paymentAmount.value = '33000';
    });
    expectIssue(eleven, 'orderList', /at most 10/, 'gateway');
    expectIssue(eleven, 'orderList', /at most 10/, 'kit');
  });

  it.each([
    ['paymentAmount.value', (r: BatchPayRequest) => Object.assign(r.paymentAmount, { value: 33000 }), /string/],
    ['paymentAmount.value', (r: BatchPayRequest) => (r.paymentAmount.value = '330.00'), /whole number of minor units/],
    ['paymentAmount.value', (r: BatchPayRequest) => (r.paymentAmount.value = '-33000'), /positive/],
    ['paymentAmount.value', (r: BatchPayRequest) => (r.paymentAmount.value = '0'), /positive/],
    ['paymentAmount.value', (r: BatchPayRequest) => (r.paymentAmount.value = '1'.repeat(17)), /at most 16/],
    ['paymentAmount.currency', (r: BatchPayRequest) => (r.paymentAmount.currency = 'krw'), /3-letter ISO 4217/],
    [
      'orderList[0].goods[0].goodsQuantity',
      (r: BatchPayRequest) => Object.assign((r.orderList[0] as Order).goods?.[0] ?? {}, { goodsQuantity: 1 }),
      /string/,
    ],
    ['userRegion', (r: BatchPayRequest) => (r.userRegion = 'kr'), /2-letter/],
    ['env.screenHeight', (r: BatchPayRequest) => Object.assign(r.env, { screenHeight: 844 }), /string/],
    ['env.timeZoneOffset', (r: BatchPayRequest) => (r.env.timeZoneOffset = '-900'), /-720.*720/],
    [
      'paymentFactor.isAuthorization',
      (r: BatchPayRequest) => Object.assign(r.paymentFactor ?? {}, { isAuthorization: true }),
      /"true" or "false"/,
    ],
    ['paymentExpiryTime', (r: BatchPayRequest) => (r.paymentExpiryTime = '2026-11-25 12:05:00'), /ISO 8601/],
    ['creditPayPlan.installmentNum', (r: BatchPayRequest) => (r.creditPayPlan = { installmentNum: '1' }), /2.*36/],
    [
      'orderList[1].merchant.merchantMCC',
      (r: BatchPayRequest) => ((r.orderList[1] as Order).merchant.merchantMCC = '54'),
      /4-digit/,
    ],
  ])('%s: a wrong value or type is named with what is allowed', (path, edit, message) => {
    expectIssue(
      changed((r) => {
        edit(r);
      }),
      path,
      message,
      'gateway',
    );
  });

  it.each([
    ['productCode', (r: BatchPayRequest) => Object.assign(r, { productCode: 'ONLINE_PAYMENT' }), /CASHIER_PAYMENT/],
    [
      'env.terminalType',
      (r: BatchPayRequest) => Object.assign(r.env, { terminalType: 'DESKTOP' }),
      /WEB, WAP, APP, MINI_APP/,
    ],
    ['env.osType', (r: BatchPayRequest) => Object.assign(r.env, { osType: 'WINDOWS' }), /IOS or ANDROID/],
    [
      'paymentFactor.captureMode',
      (r: BatchPayRequest) => Object.assign(r.paymentFactor ?? {}, { captureMode: 'auto' }),
      /AUTOMATIC.*MANUAL/,
    ],
    [
      'orderList[0].merchant.merchantType',
      (r: BatchPayRequest) => Object.assign((r.orderList[0] as Order).merchant, { merchantType: 'PERSON' }),
      /INDIVIDUAL or ENTERPRISE/,
    ],
    ['paymentMethod.funding', (r: BatchPayRequest) => Object.assign(r.paymentMethod, { funding: 'GIFT' }), /CREDIT/],
  ])('%s: a value outside the enum is named with the allowed ones', (path, edit, message) => {
    expectIssue(
      changed((r) => {
        edit(r);
      }),
      path,
      message,
      'gateway',
    );
  });

  it('reports every problem at once, not only the first', () => {
    const input = changed((r) => {
      Object.assign(r.paymentAmount, { value: 33000 });
      Object.assign(r.env, { terminalType: 'DESKTOP' });
    });
    const paths = issuesOf(input, 'gateway').map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['paymentAmount.value', 'env.terminalType']));
  });

  it('lets an inconsistent sum, mixed currencies and a missing appId through, as Antom does', () => {
    const inconsistent = changed((r) => {
      r.paymentAmount.value = '99999';
      (r.orderList[2] as Order).orderAmount.currency = 'USD';
      r.env.terminalType = 'MINI_APP';
    });
    expect(validateBatchPayRequest(inconsistent, { level: 'gateway', now }).ok).toBe(true);
    expect(validateBatchPayRequest(inconsistent, { now }).ok).toBe(false);
  });
});

describe('validateBatchPayRequest: kit rules (on by default)', () => {
  it('the sum of orderAmount must equal paymentAmount', () => {
    expectIssue(
      changed((r) => {
        r.paymentAmount.value = '33001';
      }),
      'paymentAmount.value',
      /33001.*add up to 33000/,
    );
    expectIssue(
      changed((r) => {
        (r.orderList[0] as Order).orderAmount.value = '10999';
      }),
      'paymentAmount.value',
      /add up to 32999/,
    );
  });

  it('the kit level is the default', () => {
    const bad = changed((r) => {
      r.paymentAmount.value = '1';
    });
    expect(validateBatchPayRequest(bad, { now }).ok).toBe(false);
  });

  it('a second currency is named at its order', () => {
    const mixed = changed((r) => {
      (r.orderList[2] as Order).orderAmount.currency = 'USD';
    });
    expectIssue(mixed, 'orderList[2].orderAmount.currency', /USD.*KRW.*one currency/);
    // The sum is not compared across currencies: only the currency issue is reported.
    expect(issuesOf(mixed).map((i) => i.path)).toEqual(['orderList[2].orderAmount.currency']);
  });

  it('holds 1 to 10 orders: 0 is refused, 10 pass', () => {
    expectIssue(
      changed((r) => {
        r.orderList = [];
      }),
      'orderList',
      /1 to 10/,
    );
    const ten = changed((r) => {
      r.orderList = Array.from({ length: 10 }, (_, i) => order(i, '3300'));
    });
    expect(validateBatchPayRequest(ten, { now }).ok).toBe(true);
  });

  it('refuses a duplicate referenceOrderId, naming both orders', () => {
    expectIssue(
      changed((r) => {
        (r.orderList[2] as Order).referenceOrderId = 'order-0';
      }),
      'orderList[2].referenceOrderId',
      /order-0.*orderList\[0\]/,
    );
  });

  it('needs appId on MINI_APP', () => {
    const mini = changed((r) => {
      r.env.terminalType = 'MINI_APP';
    });
    expectIssue(mini, 'appId', /MINI_APP/);
    const withId = changed((r) => {
      r.env.terminalType = 'MINI_APP';
      r.appId = '2021000000000001';
    });
    expect(validateBatchPayRequest(withId, { now }).ok).toBe(true);
  });

  it('needs paymentFactor for CARD', () => {
    expectIssue(
      changed((r) => {
        r.paymentMethod.paymentMethodType = 'CARD';
        delete r.paymentFactor;
      }),
      'paymentFactor',
      /CARD/,
    );
    const withFactor = changed((r) => {
      r.paymentMethod.paymentMethodType = 'CARD';
    });
    expect(validateBatchPayRequest(withFactor, { now }).ok).toBe(true);
  });

  it.each([
    ['10 minutes ahead', 'KAKAOPAY', '2026-11-25T12:10:00+08:00', /less than 10 minutes/],
    ['an hour ahead', 'KAKAOPAY', '2026-11-25T13:00:00+08:00', /less than 10 minutes/],
    ['48 hours ahead for bank transfer', 'BANK_TRANSFER', '2026-11-27T12:00:00+08:00', /48 hours/],
    ['in the past', 'KAKAOPAY', '2026-11-25T11:59:00+08:00', /past/],
    ['exactly now', 'KAKAOPAY', '2026-11-25T12:00:00+08:00', /past/],
    ['not a real date', 'KAKAOPAY', '2026-13-45T12:00:00+08:00', /real date/],
  ])('refuses an expiry %s', (_label, method, expiry, message) => {
    expectIssue(
      changed((r) => {
        r.paymentMethod.paymentMethodType = method;
        r.paymentExpiryTime = expiry;
      }),
      'paymentExpiryTime',
      message,
    );
  });

  it('accepts an expiry just under the limits', () => {
    for (const [method, expiry] of [
      ['KAKAOPAY', '2026-11-25T12:09:59+08:00'],
      ['KAKAOPAY', '2026-11-25T04:09:59Z'],
      ['BANK_TRANSFER', '2026-11-27T11:59:59+08:00'],
    ] as const) {
      const request = changed((r) => {
        r.paymentMethod.paymentMethodType = method;
        r.paymentExpiryTime = expiry;
      });
      expect(validateBatchPayRequest(request, { now }).ok, `${method} ${expiry}`).toBe(true);
    }
  });

  it.each([
    ['paymentRedirectUrl', 'shop.example/result', /absolute URL/],
    ['paymentRedirectUrl', 'javascript:alert(1)', /http\(s\)/],
    ['paymentNotifyUrl', 'not a url', /absolute URL/],
    ['paymentNotifyUrl', 'ftp://shop.example/notify', /http\(s\)/],
  ])('%s %j is refused', (field, url, message) => {
    expectIssue(
      changed((r) => {
        Object.assign(r, { [field]: url });
      }),
      field,
      message,
    );
  });

  it('a URL over 2048 characters is refused at both levels', () => {
    const long = changed((r) => {
      r.paymentNotifyUrl = `https://shop.example/${'n'.repeat(2048)}`;
    });
    expectIssue(long, 'paymentNotifyUrl', /2048/, 'gateway');
    expectIssue(long, 'paymentNotifyUrl', /2048/, 'kit');
  });

  it('formatValidationIssues joins the issues into one message naming each field', () => {
    const message = formatValidationIssues(
      issuesOf(
        changed((r) => {
          r.paymentAmount.value = '1';
          r.env.terminalType = 'MINI_APP';
        }),
      ),
    );
    expect(message).toMatch(/paymentAmount\.value .*; appId /);
  });
});

describe('validateBatchPayRequest: any input (property)', () => {
  it('never throws: anything that is not a request gets issues that name a field', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateBatchPayRequest(input, { now });
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(issue.path).not.toBe('');
            expect(issue.message.length).toBeGreaterThan(3);
          }
        }
      }),
    );
  });

  it('never throws when one field of a valid request is replaced by anything', () => {
    const fields = Object.keys(validRequest());
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, value) => {
        const input = changed((r) => {
          Object.assign(r, { [field]: value });
        });
        const result = validateBatchPayRequest(input, { now });
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('sizes first, and a capped list of issues', () => {
  it('300,000 empty orders are refused by their count alone, with one issue', () => {
    const request = { ...validRequest(), orderList: Array.from({ length: 300_000 }, () => ({})) };
    const result = validateBatchPayRequest(request, { level: 'gateway', now });
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'orderList', message: 'must hold at most 10 orders, not 300000: split the payment' },
    ]);
  });

  it('an empty orderList is refused at the gateway level too', () => {
    const result = validateBatchPayRequest({ ...validRequest(), orderList: [] }, { level: 'gateway', now });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['orderList']);
  });

  it('ten broken orders report 20 issues and count the rest', () => {
    const broken = Array.from({ length: 10 }, () => ({ orderAmount: { currency: 1, value: 2 }, merchant: {} }));
    const result = validateBatchPayRequest({ ...validRequest(), orderList: broken }, { level: 'gateway', now });
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(21);
    expect(issues[20]?.message).toMatch(/^has \d+ more issues: fix the ones above first$/);
  });

  it('a present value of the wrong type says what it must be, not that it is missing', () => {
    const request = { ...validRequest(), batchPaymentRequestId: 7, env: { terminalType: 3 } };
    const result = validateBatchPayRequest(request, { level: 'gateway', now });
    expect(result.ok ? '' : formatValidationIssues(result.issues)).toBe(
      'batchPaymentRequestId must be a string, not a number; env.terminalType must be one of WEB, WAP, APP, MINI_APP, not a number',
    );
  });
});
