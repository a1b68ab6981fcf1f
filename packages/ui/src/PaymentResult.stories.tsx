import { failedOutcome } from '@batchpay/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ja } from './locales/ja.js';
import { ko } from './locales/ko.js';
import { zhCN } from './locales/zh-CN.js';
import { PaymentResult } from './PaymentResult.js';
import { merchantDocs } from './test-utils/merchantDocs.js';
import { checkoutView, threeOrders } from './test-utils/storyFixtures.js';

const meta = {
  title: 'UI/PaymentResult',
  component: PaymentResult,
  args: {
    orders: threeOrders,
    onRetry: fn(),
    onChooseAnotherMethod: fn(),
    contactHref: 'mailto:help@shop.example',
  },
  parameters: merchantDocs(
    'The result of the combined payment and of each order: plain words for every result code, the next step, and only the actions that can help (never "Try again" where a retry cannot help, never "Not paid" before Antom says so).',
    `import { useBatchPay } from '@batchpay/react';
import { PaymentResult } from '@batchpay/ui';

const { state, reset } = useBatchPay();
<PaymentResult state={state} orders={cart.orders} onRetry={reset} onChooseAnotherMethod={reset} contactHref="mailto:help@shop.example" />`,
  ),
} satisfies Meta<typeof PaymentResult>;

export default meta;
type Story = StoryObj<typeof meta>;

const paid = checkoutView({ status: 'succeeded', final: true }).orders.map((o) => ({
  ...o,
  status: 'succeeded' as const,
}));

export const Succeeded: Story = {
  args: { state: checkoutView({ status: 'succeeded', final: true, orders: paid }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Payment complete' })).toBeVisible();
    await expect(canvas.getAllByText('Paid')).toHaveLength(3);
  },
};

export const Processing: Story = { args: { state: checkoutView() } };

/** Some orders paid, the others final-not-paid: per order, nothing charged for the unpaid, pay the rest or ask. */
export const PartlyPaid: Story = {
  args: {
    state: checkoutView({
      // New status of the merchant API (a string until every core's type has it).
      status: 'partially_paid' as never,
      final: true,
      orders: paid.map((o, i) => (i === 1 ? { ...o, status: 'failed' as const } : o)),
    }),
    onPayRemaining: fn(),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Part of your payment went through' })).toBeVisible();
    await expect(canvas.getByText('Nothing was charged for this order.')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Pay for the unpaid orders' }));
    await expect(args.onPayRemaining).toHaveBeenCalledTimes(1);
  },
};

/** The gateway answer could not be trusted yet: never "Not paid", never "Try again"; the page keeps asking. */
export const Unconfirmed: Story = {
  args: {
    state: {
      status: 'failed',
      checkoutId: 'co_story',
      failure: {
        kind: 'failed',
        code: 'PAYMENT_UNCONFIRMED',
        status: 'U',
        retry: 'never',
        messageKey: 'result.PAYMENT_UNCONFIRMED',
        message: 'PAYMENT_UNCONFIRMED',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'We could not confirm this payment yet' })).toBeVisible();
    await expect(canvas.queryByText('Not paid')).toBeNull();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const FailedAfterReturn: Story = {
  args: {
    state: checkoutView({ status: 'failed', final: true, failure: failedOutcome('USER_BALANCE_NOT_ENOUGH') }),
  },
};

export const Expired: Story = { args: { state: checkoutView({ status: 'expired', final: true }) } };

export const SucceededFromAnswer: Story = {
  args: {
    state: {
      kind: 'succeeded',
      code: 'SUCCESS',
      orderSummaries: threeOrders.map((o) => ({
        referenceOrderId: o.referenceOrderId,
        referenceMerchantId: o.merchant.referenceMerchantId,
        paymentId: `pay-${o.referenceOrderId}`,
        orderAmount: o.orderAmount,
      })),
    },
  },
};

export const RetryClicked: Story = {
  args: { state: failedOutcome('TRANSPORT_ERROR', 'U') },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const NoRetryForRiskReject: Story = {
  args: { state: failedOutcome('RISK_REJECT') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
  },
};

export const Korean: Story = {
  args: { state: failedOutcome('USER_BALANCE_NOT_ENOUGH') },
  parameters: { batchPay: { locale: 'ko-KR', catalogues: [ko] } },
};

export const Japanese: Story = {
  args: { state: failedOutcome('PAYMENT_AMOUNT_EXCEED_LIMIT') },
  parameters: { batchPay: { locale: 'ja-JP', catalogues: [ja] } },
};

export const SimplifiedChinese: Story = {
  args: { state: failedOutcome('EXPIRED_CODE') },
  parameters: { batchPay: { locale: 'zh-CN', catalogues: [zhCN] } },
};

export const DarkFailed: Story = {
  args: { state: failedOutcome('USER_BALANCE_NOT_ENOUGH') },
  parameters: { batchPay: { theme: 'dark' } },
};

export const DarkSucceeded: Story = {
  args: { state: checkoutView({ status: 'succeeded', final: true, orders: paid }) },
  parameters: { batchPay: { theme: 'dark' } },
};

export const RightToLeft: Story = {
  args: { state: failedOutcome('USER_BALANCE_NOT_ENOUGH') },
  parameters: { batchPay: { dir: 'rtl', locale: 'ar' } },
};

// One story per failure code of Antom's result-code table and of the kit.
export const Code_ACCESS_DENIED: Story = { args: { state: failedOutcome('ACCESS_DENIED', 'F') } };
export const Code_INVALID_API: Story = { args: { state: failedOutcome('INVALID_API', 'F') } };
export const Code_CURRENCY_NOT_SUPPORT: Story = { args: { state: failedOutcome('CURRENCY_NOT_SUPPORT', 'F') } };
export const Code_EXPIRED_CODE: Story = { args: { state: failedOutcome('EXPIRED_CODE', 'F') } };
export const Code_FRAUD_REJECT: Story = { args: { state: failedOutcome('FRAUD_REJECT', 'F') } };
export const Code_INVALID_ACCESS_TOKEN: Story = { args: { state: failedOutcome('INVALID_ACCESS_TOKEN', 'F') } };
export const Code_INVALID_CONTRACT: Story = { args: { state: failedOutcome('INVALID_CONTRACT', 'F') } };
export const Code_INVALID_MERCHANT_STATUS: Story = { args: { state: failedOutcome('INVALID_MERCHANT_STATUS', 'F') } };
export const Code_INVALID_PAYMENT_CODE: Story = { args: { state: failedOutcome('INVALID_PAYMENT_CODE', 'F') } };
export const Code_INVALID_PAYMENT_METHOD_META_DATA: Story = {
  args: { state: failedOutcome('INVALID_PAYMENT_METHOD_META_DATA', 'F') },
};
export const Code_KEY_NOT_FOUND: Story = { args: { state: failedOutcome('KEY_NOT_FOUND', 'F') } };
export const Code_MERCHANT_KYB_NOT_QUALIFIED: Story = {
  args: { state: failedOutcome('MERCHANT_KYB_NOT_QUALIFIED', 'F') },
};
export const Code_MERCHANT_NOT_REGISTERED: Story = { args: { state: failedOutcome('MERCHANT_NOT_REGISTERED', 'F') } };
export const Code_NO_INTERFACE_DEF: Story = { args: { state: failedOutcome('NO_INTERFACE_DEF', 'F') } };
export const Code_NO_PAY_OPTIONS: Story = { args: { state: failedOutcome('NO_PAY_OPTIONS', 'F') } };
export const Code_ORDER_IS_CANCELED: Story = { args: { state: failedOutcome('ORDER_IS_CANCELED', 'F') } };
export const Code_ORDER_IS_CLOSED: Story = { args: { state: failedOutcome('ORDER_IS_CLOSED', 'F') } };
export const Code_PARAM_ILLEGAL: Story = { args: { state: failedOutcome('PARAM_ILLEGAL', 'F') } };
export const Code_PAYMENT_AMOUNT_EXCEED_LIMIT: Story = {
  args: { state: failedOutcome('PAYMENT_AMOUNT_EXCEED_LIMIT', 'F') },
};
export const Code_PAYMENT_COUNT_EXCEED_LIMIT: Story = {
  args: { state: failedOutcome('PAYMENT_COUNT_EXCEED_LIMIT', 'F') },
};
export const Code_PAYMENT_NOT_QUALIFIED: Story = { args: { state: failedOutcome('PAYMENT_NOT_QUALIFIED', 'F') } };
export const Code_PROCESS_FAIL: Story = { args: { state: failedOutcome('PROCESS_FAIL', 'F') } };
export const Code_REPEAT_REQ_INCONSISTENT: Story = { args: { state: failedOutcome('REPEAT_REQ_INCONSISTENT', 'F') } };
export const Code_RISK_REJECT: Story = { args: { state: failedOutcome('RISK_REJECT', 'F') } };
export const Code_SETTLE_CONTRACT_NOT_MATCH: Story = {
  args: { state: failedOutcome('SETTLE_CONTRACT_NOT_MATCH', 'F') },
};
export const Code_SYSTEM_ERROR: Story = { args: { state: failedOutcome('SYSTEM_ERROR', 'F') } };
export const Code_USER_AMOUNT_EXCEED_LIMIT: Story = {
  args: { state: failedOutcome('USER_AMOUNT_EXCEED_LIMIT', 'F') },
};
export const Code_USER_BALANCE_NOT_ENOUGH: Story = { args: { state: failedOutcome('USER_BALANCE_NOT_ENOUGH', 'F') } };
export const Code_USER_KYC_NOT_QUALIFIED: Story = { args: { state: failedOutcome('USER_KYC_NOT_QUALIFIED', 'F') } };
export const Code_REQUEST_TRAFFIC_EXCEED_LIMIT: Story = {
  args: { state: failedOutcome('REQUEST_TRAFFIC_EXCEED_LIMIT', 'U') },
};
export const Code_UNKNOWN_EXCEPTION: Story = { args: { state: failedOutcome('UNKNOWN_EXCEPTION', 'U') } };
export const Code_USER_NOT_EXIST: Story = { args: { state: failedOutcome('USER_NOT_EXIST', 'F') } };
export const Code_ORDER_NOT_EXIST: Story = { args: { state: failedOutcome('ORDER_NOT_EXIST', 'F') } };
export const Code_USER_PAYMENT_VERIFICATION_FAILED: Story = {
  args: { state: failedOutcome('USER_PAYMENT_VERIFICATION_FAILED', 'F') },
};
export const Code_USER_STATUS_ABNORMAL: Story = { args: { state: failedOutcome('USER_STATUS_ABNORMAL', 'F') } };
export const Code_VERIFY_TIMES_EXCEED_LIMIT: Story = {
  args: { state: failedOutcome('VERIFY_TIMES_EXCEED_LIMIT', 'F') },
};
export const Code_VERIFY_UNMATCHED: Story = { args: { state: failedOutcome('VERIFY_UNMATCHED', 'F') } };
export const Code_AUTHENTICATION_REQUIRED: Story = { args: { state: failedOutcome('AUTHENTICATION_REQUIRED', 'F') } };
export const Code_SELECTED_CARD_BRAND_NOT_AVAILABLE: Story = {
  args: { state: failedOutcome('SELECTED_CARD_BRAND_NOT_AVAILABLE', 'F') },
};
export const Code_PAYMENT_PROHIBITED: Story = { args: { state: failedOutcome('PAYMENT_PROHIBITED', 'F') } };
export const Code_INVALID_SIGNATURE: Story = { args: { state: failedOutcome('INVALID_SIGNATURE', 'F') } };
export const Code_TRANSPORT_ERROR: Story = { args: { state: failedOutcome('TRANSPORT_ERROR', 'U') } };
export const Code_NO_CASHIER_URL: Story = { args: { state: failedOutcome('NO_CASHIER_URL', 'U') } };
export const Code_NO_SAFE_CASHIER_URL: Story = { args: { state: failedOutcome('NO_SAFE_CASHIER_URL', 'F') } };
export const Code_INVALID_RESPONSE: Story = { args: { state: failedOutcome('INVALID_RESPONSE', 'F') } };
