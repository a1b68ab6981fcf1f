import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ko } from './locales/ko.js';
import { zhCN } from './locales/zh-CN.js';
import { PaymentMethodPicker } from './PaymentMethodPicker.js';
import { merchantDocs } from './test-utils/merchantDocs.js';
import { pickerMethods } from './test-utils/storyFixtures.js';

const meta = {
  title: 'UI/PaymentMethodPicker',
  component: PaymentMethodPicker,
  args: { methods: pickerMethods, onValueChange: fn() },
  parameters: merchantDocs(
    "The payment methods as a radio group: the wallets of the buyer's region first (flip **Buyer region** in the toolbar), unavailable ones with their reason, your logos or neutral monograms.",
    `import { PaymentMethodPicker } from '@batchpay/ui';

const [method, setMethod] = useState<string>();
<PaymentMethodPicker value={method} onValueChange={setMethod} />`,
  ),
} satisfies Meta<typeof PaymentMethodPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const KoreaFirst: Story = {
  parameters: { batchPay: { userRegion: 'KR' } },
  play: async ({ canvasElement }) => {
    const radios = within(canvasElement).getAllByRole('radio');
    await expect(radios[0]).toHaveAccessibleName('KakaoPay');
    await expect(radios[0]).toHaveAccessibleDescription('Popular in your region');
  },
};

export const PhilippinesFirst: Story = {
  parameters: { batchPay: { userRegion: 'PH' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('radio')[0]).toHaveAccessibleName('GCash');
  },
};

export const ThailandFirst: Story = { parameters: { batchPay: { userRegion: 'TH' } } };

export const ChinaFirstInChinese: Story = {
  parameters: { batchPay: { userRegion: 'CN', locale: 'zh-CN', catalogues: [zhCN] } },
};

export const KoreanCatalogue: Story = {
  parameters: { batchPay: { userRegion: 'KR', locale: 'ko-KR', catalogues: [ko] } },
};

export const NoRegion: Story = {};

export const Preselected: Story = { args: { defaultValue: 'GCASH' }, parameters: { batchPay: { userRegion: 'PH' } } };

export const WithLogos: Story = {
  args: {
    renderLogo: (method) =>
      method.paymentMethodType === 'KAKAOPAY' ? (
        <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
          <rect width="32" height="32" rx="6" fill="#ffeb00" />
          <text x="16" y="21" textAnchor="middle" fontSize="12" fontWeight="700" fill="#191919">
            pay
          </text>
        </svg>
      ) : null,
  },
  parameters: { batchPay: { userRegion: 'KR' } },
};

export const AllDisabledButOne: Story = {
  args: {
    methods: [
      { paymentMethodType: 'KAKAOPAY', disabled: true, disabledReason: 'KakaoPay does not accept USD.' },
      { paymentMethodType: 'NAVERPAY', disabled: true },
      { paymentMethodType: 'ALIPAY_CN' },
    ],
  },
};

export const Empty: Story = { args: { methods: [] } };

export const LoadedFromBackend: Story = {
  args: { methods: undefined },
  parameters: {
    batchPay: { userRegion: 'MY' },
    msw: {
      handlers: [
        http.get('/api/payment-methods', () =>
          HttpResponse.json({
            methods: [{ paymentMethodType: 'ALIPAY_CN' }, { paymentMethodType: 'TNG' }, { paymentMethodType: 'BOOST' }],
          }),
        ),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('radio')).toHaveLength(3));
    await expect(canvas.getAllByRole('radio')[0]).toHaveAccessibleName("Touch 'n Go eWallet");
  },
};

export const Loading: Story = {
  args: { methods: undefined },
  parameters: {
    msw: {
      handlers: [
        http.get('/api/payment-methods', async () => {
          await delay('infinite');
          return HttpResponse.json({ methods: [] });
        }),
      ],
    },
  },
};

export const Dark: Story = {
  args: { defaultValue: 'KAKAOPAY' },
  parameters: { batchPay: { userRegion: 'KR', theme: 'dark' } },
};

export const RightToLeft: Story = { parameters: { batchPay: { userRegion: 'KR', dir: 'rtl', locale: 'ar' } } };

/** Keyboard: Tab enters at the selection, arrows move and select (skipping the disabled Toss Pay), Tab leaves. */
export const KeyboardNavigation: Story = {
  args: { defaultValue: 'NAVERPAY' },
  parameters: { batchPay: { userRegion: 'KR' } },
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const naver = canvas.getByRole('radio', { name: 'NAVER Pay' });
    const kakao = canvas.getByRole('radio', { name: 'KakaoPay' });
    await step('Tab enters the group at the selected method', async () => {
      await userEvent.tab();
      await expect(naver).toHaveFocus();
    });
    await step('ArrowDown skips the disabled method and selects the next', async () => {
      await userEvent.keyboard('{ArrowDown}');
      const alipay = canvas.getByRole('radio', { name: 'Alipay' });
      await expect(alipay).toHaveFocus();
      await expect(alipay).toHaveAttribute('aria-checked', 'true');
      await expect(args.onValueChange).toHaveBeenLastCalledWith('ALIPAY_CN');
    });
    await step('ArrowUp goes back over the disabled method', async () => {
      await userEvent.keyboard('{ArrowUp}');
      await expect(naver).toHaveFocus();
      await userEvent.keyboard('{ArrowUp}');
      await expect(kakao).toHaveFocus();
      await expect(kakao).toHaveAttribute('aria-checked', 'true');
    });
    await step('ArrowUp on the first wraps to the last', async () => {
      await userEvent.keyboard('{ArrowUp}');
      await expect(canvas.getByRole('radio', { name: "Touch 'n Go eWallet" })).toHaveFocus();
    });
    await step('Tab leaves the group; only one option is a tab stop', async () => {
      await expect(canvas.getAllByRole('radio').filter((r) => r.tabIndex === 0)).toHaveLength(1);
      await userEvent.tab();
      await expect(canvasElement.ownerDocument.activeElement?.getAttribute('role')).not.toBe('radio');
    });
  },
};
