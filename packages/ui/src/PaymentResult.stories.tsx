import { failedOutcome } from '@batchpay/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ja } from './locales/ja.js';
import { ko } from './locales/ko.js';
import { zhCN } from './locales/zh-CN.js';
import { PaymentResult } from './PaymentResult.js';
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
} satisfies Meta<typeof PaymentResult>;

export default meta;
type Story = StoryObj<typeof meta>;

const paid = checkoutView({ status: 'succeeded', final: true }).orders.map((o) => ({
  ...o,
  status: 'succeeded' as const,
}));

export const Succeeded: Story = {
  args: { status: checkoutView({ status: 'succeeded', final: true, orders: paid }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Payment complete' })).toBeVisible();
    await expect(canvas.getAllByText('Paid')).toHaveLength(3);
  },
};

export const Processing: Story = { args: { status: checkoutView() } };

export const PartlyPaid: Story = {
  args: {
    status: checkoutView({
      status: 'succeeded',
      final: true,
      orders: paid.map((o, i) => (i === 1 ? { ...o, status: 'failed' as const } : o)),
    }),
  },
};

export const FailedAfterReturn: Story = {
  args: {
    status: checkoutView({ status: 'failed', final: true, failure: failedOutcome('USER_BALANCE_NOT_ENOUGH') }),
  },
};

export const Expired: Story = { args: { status: checkoutView({ status: 'expired', final: true }) } };

export const SucceededFromAnswer: Story = {
  args: {
    outcome: {
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
  args: { outcome: failedOutcome('TRANSPORT_ERROR', 'U') },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const NoRetryForRiskReject: Story = {
  args: { outcome: failedOutcome('RISK_REJECT') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
  },
};

export const Korean: Story = {
  args: { outcome: failedOutcome('USER_BALANCE_NOT_ENOUGH') },
  parameters: { batchPay: { locale: 'ko-KR', catalogues: [ko] } },
};

export const Japanese: Story = {
  args: { outcome: failedOutcome('PAYMENT_AMOUNT_EXCEED_LIMIT') },
  parameters: { batchPay: { locale: 'ja-JP', catalogues: [ja] } },
};

export const SimplifiedChinese: Story = {
  args: { outcome: failedOutcome('EXPIRED_CODE') },
  parameters: { batchPay: { locale: 'zh-CN', catalogues: [zhCN] } },
};

export const DarkFailed: Story = {
  args: { outcome: failedOutcome('USER_BALANCE_NOT_ENOUGH') },
  parameters: { batchPay: { theme: 'dark' } },
};

export const DarkSucceeded: Story = {
  args: { status: checkoutView({ status: 'succeeded', final: true, orders: paid }) },
  parameters: { batchPay: { theme: 'dark' } },
};

export const RightToLeft: Story = {
  args: { outcome: failedOutcome('USER_BALANCE_NOT_ENOUGH') },
  parameters: { batchPay: { dir: 'rtl', locale: 'ar' } },
};

// One story per failure code of the seed's table and of the kit.
export const Code_ACCESS_DENIED: Story = { args: { outcome: failedOutcome('ACCESS_DENIED', 'F') } };
export const Code_INVALID_API: Story = { args: { outcome: failedOutcome('INVALID_API', 'F') } };
export const Code_CURRENCY_NOT_SUPPORT: Story = { args: { outcome: failedOutcome('CURRENCY_NOT_SUPPORT', 'F') } };
export const Code_EXPIRED_CODE: Story = { args: { outcome: failedOutcome('EXPIRED_CODE', 'F') } };
export const Code_FRAUD_REJECT: Story = { args: { outcome: failedOutcome('FRAUD_REJECT', 'F') } };
export const Code_INVALID_ACCESS_TOKEN: Story = { args: { outcome: failedOutcome('INVALID_ACCESS_TOKEN', 'F') } };
export const Code_INVALID_CONTRACT: Story = { args: { outcome: failedOutcome('INVALID_CONTRACT', 'F') } };
export const Code_INVALID_MERCHANT_STATUS: Story = { args: { outcome: failedOutcome('INVALID_MERCHANT_STATUS', 'F') } };
export const Code_INVALID_PAYMENT_CODE: Story = { args: { outcome: failedOutcome('INVALID_PAYMENT_CODE', 'F') } };
export const Code_INVALID_PAYMENT_METHOD_META_DATA: Story = {
  args: { outcome: failedOutcome('INVALID_PAYMENT_METHOD_META_DATA', 'F') },
};
export const Code_KEY_NOT_FOUND: Story = { args: { outcome: failedOutcome('KEY_NOT_FOUND', 'F') } };
export const Code_MERCHANT_KYB_NOT_QUALIFIED: Story = {
  args: { outcome: failedOutcome('MERCHANT_KYB_NOT_QUALIFIED', 'F') },
};
export const Code_MERCHANT_NOT_REGISTERED: Story = { args: { outcome: failedOutcome('MERCHANT_NOT_REGISTERED', 'F') } };
export const Code_NO_INTERFACE_DEF: Story = { args: { outcome: failedOutcome('NO_INTERFACE_DEF', 'F') } };
export const Code_NO_PAY_OPTIONS: Story = { args: { outcome: failedOutcome('NO_PAY_OPTIONS', 'F') } };
export const Code_ORDER_IS_CANCELED: Story = { args: { outcome: failedOutcome('ORDER_IS_CANCELED', 'F') } };
export const Code_ORDER_IS_CLOSED: Story = { args: { outcome: failedOutcome('ORDER_IS_CLOSED', 'F') } };
export const Code_PARAM_ILLEGAL: Story = { args: { outcome: failedOutcome('PARAM_ILLEGAL', 'F') } };
export const Code_PAYMENT_AMOUNT_EXCEED_LIMIT: Story = {
  args: { outcome: failedOutcome('PAYMENT_AMOUNT_EXCEED_LIMIT', 'F') },
};
export const Code_PAYMENT_COUNT_EXCEED_LIMIT: Story = {
  args: { outcome: failedOutcome('PAYMENT_COUNT_EXCEED_LIMIT', 'F') },
};
export const Code_PAYMENT_NOT_QUALIFIED: Story = { args: { outcome: failedOutcome('PAYMENT_NOT_QUALIFIED', 'F') } };
export const Code_PROCESS_FAIL: Story = { args: { outcome: failedOutcome('PROCESS_FAIL', 'F') } };
export const Code_REPEAT_REQ_INCONSISTENT: Story = { args: { outcome: failedOutcome('REPEAT_REQ_INCONSISTENT', 'F') } };
export const Code_RISK_REJECT: Story = { args: { outcome: failedOutcome('RISK_REJECT', 'F') } };
export const Code_SETTLE_CONTRACT_NOT_MATCH: Story = {
  args: { outcome: failedOutcome('SETTLE_CONTRACT_NOT_MATCH', 'F') },
};
export const Code_SYSTEM_ERROR: Story = { args: { outcome: failedOutcome('SYSTEM_ERROR', 'F') } };
export const Code_USER_AMOUNT_EXCEED_LIMIT: Story = {
  args: { outcome: failedOutcome('USER_AMOUNT_EXCEED_LIMIT', 'F') },
};
export const Code_USER_BALANCE_NOT_ENOUGH: Story = { args: { outcome: failedOutcome('USER_BALANCE_NOT_ENOUGH', 'F') } };
export const Code_USER_KYC_NOT_QUALIFIED: Story = { args: { outcome: failedOutcome('USER_KYC_NOT_QUALIFIED', 'F') } };
export const Code_REQUEST_TRAFFIC_EXCEED_LIMIT: Story = {
  args: { outcome: failedOutcome('REQUEST_TRAFFIC_EXCEED_LIMIT', 'U') },
};
export const Code_UNKNOWN_EXCEPTION: Story = { args: { outcome: failedOutcome('UNKNOWN_EXCEPTION', 'U') } };
export const Code_USER_NOT_EXIST: Story = { args: { outcome: failedOutcome('USER_NOT_EXIST', 'F') } };
export const Code_ORDER_NOT_EXIST: Story = { args: { outcome: failedOutcome('ORDER_NOT_EXIST', 'F') } };
export const Code_USER_PAYMENT_VERIFICATION_FAILED: Story = {
  args: { outcome: failedOutcome('USER_PAYMENT_VERIFICATION_FAILED', 'F') },
};
export const Code_USER_STATUS_ABNORMAL: Story = { args: { outcome: failedOutcome('USER_STATUS_ABNORMAL', 'F') } };
export const Code_VERIFY_TIMES_EXCEED_LIMIT: Story = {
  args: { outcome: failedOutcome('VERIFY_TIMES_EXCEED_LIMIT', 'F') },
};
export const Code_VERIFY_UNMATCHED: Story = { args: { outcome: failedOutcome('VERIFY_UNMATCHED', 'F') } };
export const Code_AUTHENTICATION_REQUIRED: Story = { args: { outcome: failedOutcome('AUTHENTICATION_REQUIRED', 'F') } };
export const Code_SELECTED_CARD_BRAND_NOT_AVAILABLE: Story = {
  args: { outcome: failedOutcome('SELECTED_CARD_BRAND_NOT_AVAILABLE', 'F') },
};
export const Code_PAYMENT_PROHIBITED: Story = { args: { outcome: failedOutcome('PAYMENT_PROHIBITED', 'F') } };
export const Code_INVALID_SIGNATURE: Story = { args: { outcome: failedOutcome('INVALID_SIGNATURE', 'F') } };
export const Code_TRANSPORT_ERROR: Story = { args: { outcome: failedOutcome('TRANSPORT_ERROR', 'U') } };
export const Code_NO_CASHIER_URL: Story = { args: { outcome: failedOutcome('NO_CASHIER_URL', 'U') } };
export const Code_NO_SAFE_CASHIER_URL: Story = { args: { outcome: failedOutcome('NO_SAFE_CASHIER_URL', 'F') } };
export const Code_INVALID_RESPONSE: Story = { args: { outcome: failedOutcome('INVALID_RESPONSE', 'F') } };
