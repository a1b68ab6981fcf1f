import {
  type CheckoutAction,
  type CheckoutState,
  checkoutReducer,
  initialCheckoutState,
  type PlanEnvironment,
} from '@batchpay/client';
import { failedOutcome } from '@batchpay/core';
import { type BatchPayHandlersOptions, batchPayHandlers, testCashierUrls } from '@batchpay/react/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { BatchPayCheckout } from './BatchPayCheckout.js';
import { th } from './locales/th.js';

/** The merchant API of `@batchpay/server`, emulated by `@batchpay/react/testing` (the handlers merchants use too). */
const api = (options: BatchPayHandlersOptions = {}) => ({ msw: { handlers: batchPayHandlers(options) } });

/**
 * The machine's state after the buyer paid, went to the wallet and came back (the page became visible again): built
 * through `checkoutReducer` from Antom's answer for this device, as a real checkout gets there.
 */
function afterReturn(env: PlanEnvironment): CheckoutState {
  const steps: CheckoutAction[] = [
    { type: 'submit', idempotencyKey: 'key-story-0001' },
    {
      type: 'answerReceived',
      checkoutId: 'co_test',
      outcome: { kind: 'redirect', urls: testCashierUrls, orderSummaries: [] },
      env,
    },
    { type: 'redirectStarted', now: 0, timeoutMs: 1500 },
    { type: 'pageHidden' },
    { type: 'returned', checkoutId: 'co_test' },
  ];
  return steps.reduce<CheckoutState>((state, action) => checkoutReducer(state, action), initialCheckoutState);
}

/**
 * Handlers with a memory (answer once, record requests) are made afresh for each story run, in `beforeEach`: a
 * handler object of `parameters.msw` is shared by every story that names it, and `once` would stay used.
 */
const freshHandlers =
  (make: () => RequestHandler[]) =>
  (context: object): void => {
    // msw-storybook-addon's loader puts its worker on the story context.
    (context as { msw?: { use: (...handlers: RequestHandler[]) => void } }).msw?.use(...make());
  };

const meta = {
  title: 'Flows/Every buyer state',
  component: BatchPayCheckout,
  args: { cartId: 'cart_test', contactHref: 'mailto:help@shop.example', appOpenTimeoutMs: 60_000 },
  parameters: {
    batchPay: { userRegion: 'KR' },
    ...api(),
    docs: {
      // Each story in its own frame on the Docs page: its own MSW handlers and its own checkout machine.
      story: { inline: false, height: '32rem' },
      description: {
        component:
          'Every state a buyer can meet in `<BatchPayCheckout>`, each driven by the merchant API that `batchPayHandlers` ' +
          'from `@batchpay/react/testing` emulates (or, after the return from the wallet, by the machine state the ' +
          "reducer reaches). Flip the toolbar's theme, locale, direction and device to review each one.",
      },
    },
  },
} satisfies Meta<typeof BatchPayCheckout>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
const choose = async (canvas: Canvas, method = 'KakaoPay') =>
  userEvent.click(await canvas.findByRole('radio', { name: method }));
const payFor = async (canvas: Canvas) => {
  await choose(canvas);
  // The amount shows once the cart has loaded, which may come after the methods.
  await userEvent.click(await canvas.findByRole('button', { name: 'Pay $39.99' }));
};
const checkoutOf = (canvasElement: HTMLElement) => canvasElement.querySelector('.bp-checkout');

// ——— The form ———

/** The cart and the methods are on their way: fixed-size placeholders hold their place. */
export const Loading: Story = {
  parameters: api({ load: 'slow' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(checkoutOf(canvasElement)).toHaveAttribute('data-state', 'loading');
    await expect(canvas.getByRole('button', { name: /Pay/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The cart did not load: the reason, and Retry loads it. */
export const LoadError: Story = {
  beforeEach: freshHandlers(() => batchPayHandlers({ load: 'error-once' })),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Your orders could not be loaded.')).toBeVisible();
    await expect(checkoutOf(canvasElement)).toHaveAttribute('data-state', 'error');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('button', { name: 'Pay $39.99' })).toBeVisible();
    await expect(canvas.queryByText('Your orders could not be loaded.')).toBeNull();
  },
};

/** Ready: the orders per seller, the methods for the buyer's region, Pay waits for a method. */
export const Idle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const pay = await canvas.findByRole('button', { name: 'Pay $39.99' });
    await expect(pay).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText('Choose how you want to pay.')).toBeVisible();
    await expect(checkoutOf(canvasElement)).toHaveAttribute('data-state', 'ready');
  },
};

/** A method is chosen: Pay is ready. */
export const MethodChosen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await choose(canvas);
    await expect(canvas.getByRole('radio', { name: 'KakaoPay' })).toHaveAttribute('aria-checked', 'true');
    await expect(await canvas.findByRole('button', { name: 'Pay $39.99' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(canvas.queryByText('Choose how you want to pay.')).toBeNull();
  },
};

/** Pay was pressed and the shop has not answered yet: the button is busy, a second press does nothing. */
export const Submitting: Story = {
  parameters: api({ outcome: 'slow' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await payFor(canvas);
    await waitFor(() => expect(checkoutOf(canvasElement)).toHaveAttribute('data-state', 'submitting'));
    await expect(canvas.getByRole('button', { busy: true })).toHaveTextContent(/\S/);
  },
};

// ——— The way to the wallet ———

/** Antom answered with the cashier URLs: the wallet's app is being opened (an iPhone: the app link first). */
export const RedirectOpeningTheApp: Story = {
  parameters: { ...api({ outcome: 'redirect' }), batchPay: { userRegion: 'KR', device: 'iphone' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await payFor(canvas);
    const redirect = await canvas.findByRole('region', { name: 'Paying with KakaoPay' });
    await expect(within(redirect).getByRole('status')).toHaveTextContent('Opening KakaoPay…');
    await expect(redirect).toHaveAttribute('data-state', 'waiting');
  },
};

/** The app did not open in time: the next way is tried (an Android WebView: the scheme, then the app link). */
export const RedirectAppDidNotOpen: Story = {
  args: { appOpenTimeoutMs: 300 },
  parameters: { ...api({ outcome: 'redirect' }), batchPay: { userRegion: 'KR', device: 'android-webview' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await payFor(canvas);
    const redirect = await canvas.findByRole('region', { name: 'Paying with KakaoPay' });
    await waitFor(
      () =>
        expect(within(redirect).getByRole('status')).toHaveTextContent('KakaoPay did not open. Trying another way…'),
      { timeout: 3000 },
    );
  },
};

/** Every URL was tried and no app opened: only the manual links remain, one for every URL. */
export const RedirectEveryUrlTried: Story = {
  args: { appOpenTimeoutMs: 150 },
  parameters: {
    ...api({
      outcome: 'redirect',
      cashierUrls: { applinkUrl: testCashierUrls.applinkUrl, schemeUrl: testCashierUrls.schemeUrl },
    }),
    batchPay: { userRegion: 'KR', device: 'android-webview' },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await payFor(canvas);
    const redirect = await canvas.findByRole('region', { name: 'Paying with KakaoPay' });
    await waitFor(() => expect(redirect).toHaveAttribute('data-state', 'exhausted'), { timeout: 4000 });
    await expect(within(redirect).getByRole('status')).toHaveTextContent('could not be opened automatically');
    await expect(within(redirect).getAllByRole('link')).toHaveLength(2);
  },
};

/** A desktop: the plan opens the cashier page (in this tab), nothing more is tried. */
export const RedirectCashierPageOpened: Story = {
  parameters: { ...api({ outcome: 'redirect' }), batchPay: { userRegion: 'KR', device: 'desktop' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await payFor(canvas);
    const redirect = await canvas.findByRole('region', { name: 'Paying with KakaoPay' });
    await waitFor(() => expect(redirect).toHaveAttribute('data-state', 'opened'));
    await expect(within(redirect).getByRole('link', { name: 'Open the KakaoPay payment page' })).toHaveAttribute(
      'href',
      testCashierUrls.normalUrl,
    );
  },
};

// ——— Back from the wallet ———

/**
 * Back from the wallet, the shop is being asked (its first answer has not come): the page says it is checking, holds
 * the result's place, and never offers to pay again.
 */
export const AwaitingReturn: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('*/api/checkouts/:id', async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
        ...batchPayHandlers({ outcome: 'redirect' }),
      ],
    },
    batchPay: { userRegion: 'KR', checkoutState: afterReturn },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent('Checking your payment…');
    await expect(checkoutOf(canvasElement)).toHaveAttribute('data-state', 'checking');
    await expect(canvas.queryByRole('button', { name: /Pay|Try again/ })).toBeNull();
    await expect(canvas.queryByText('Not paid')).toBeNull();
  },
};

/** The shop answered: Antom is still processing; every order says so, and the page updates by itself. */
export const Processing: Story = {
  parameters: { ...api({ outcome: 'redirect' }), batchPay: { userRegion: 'KR', checkoutState: afterReturn } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Payment processing' })).toBeVisible();
    await waitFor(() => expect(canvas.getAllByText('Processing')).toHaveLength(3));
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

/** Back from the wallet, and the shop could not be asked: the reason and Retry, never "Not paid". */
export const StatusLoadError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('*/api/checkouts/:id', () =>
          HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'try again' } }, { status: 503 }),
        ),
        ...batchPayHandlers({ outcome: 'redirect' }),
      ],
    },
    batchPay: { userRegion: 'KR', checkoutState: afterReturn },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('We could not look up this payment.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(canvas.queryByText('Not paid')).toBeNull();
  },
};

/** Antom answered S: every order is paid. */
export const Paid: Story = {
  parameters: api({ outcome: 'paid' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await payFor(canvas);
    await expect(await canvas.findByRole('heading', { name: 'Payment complete' })).toBeVisible();
    await expect(checkoutOf(canvasElement)).toHaveAttribute('data-state', 'paid');
  },
};

/** Some orders paid, the others final and not paid: per order, never a second charge of the paid ones. */
export const PartiallyPaid: Story = {
  parameters: { ...api({ outcome: 'partially-paid' }), batchPay: { userRegion: 'KR', checkoutState: afterReturn } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Part of your payment went through' })).toBeVisible();
    await expect(canvas.getByText('Nothing was charged for this order.')).toBeVisible();
    await expect(canvas.getAllByText('Paid')).toHaveLength(2);
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

/** The answer could not be trusted yet (PAYMENT_UNCONFIRMED): never "Not paid", never a new batch. */
export const Unconfirmed: Story = {
  parameters: api({ outcome: 'unconfirmed' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await payFor(canvas);
    await expect(await canvas.findByRole('heading', { name: 'We could not confirm this payment yet' })).toBeVisible();
    await expect(canvas.queryByText('Not paid')).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

// ——— Failures: one of each kind ———

/** The buyer can fix it (USER_BALANCE_NOT_ENOUGH): the reason, and another method or another try. */
export const FailedBuyerCanFix: Story = {
  parameters: api({ outcome: { failed: 'USER_BALANCE_NOT_ENOUGH' } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await payFor(canvas);
    await expect(await canvas.findByText('There is not enough money in your payment account.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Choose another payment method' }));
    await expect(canvas.getByRole('radio', { name: 'KakaoPay' })).toHaveAttribute('aria-checked', 'false');
  },
};

/** Idempotency-Keys the shop received in the retry story, newest last. */
const receivedKeys: string[] = [];

/** A U answer (UNKNOWN_EXCEPTION): "Try again" sends a new batch with a new Idempotency-Key. */
export const FailedRetryWithNewId: Story = {
  beforeEach: freshHandlers(() => [
    // Notes the key and falls through to the next handler (a resolver that returns nothing).
    http.post('*/api/checkouts', ({ request }) => {
      receivedKeys.push(request.headers.get('Idempotency-Key') ?? '');
    }),
    // The first Pay: a U answer; the next one falls through to the `paid` handlers.
    http.post(
      '*/api/checkouts',
      () => HttpResponse.json({ checkoutId: 'co_test', outcome: failedOutcome('UNKNOWN_EXCEPTION', 'U') }),
      { once: true },
    ),
  ]),
  parameters: api({ outcome: 'paid' }),
  play: async ({ canvasElement }) => {
    receivedKeys.length = 0;
    const canvas = within(canvasElement);
    await payFor(canvas);
    await userEvent.click(await canvas.findByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('heading', { name: 'Payment complete' })).toBeVisible();
    await expect(receivedKeys).toHaveLength(2);
    await expect(receivedKeys[1]).not.toBe(receivedKeys[0]);
  },
};

/** "Do not retry" (RISK_REJECT): the reason and the seller's contact, never "Try again". */
export const FailedNeverRetry: Story = {
  parameters: api({ outcome: { failed: 'RISK_REJECT' } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await payFor(canvas);
    await waitFor(() => expect(canvas.getByText(/Reference: RISK_REJECT/)).toBeVisible());
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

/** Antom closed the batch before it was paid (ORDER_IS_CLOSED): expired, nothing charged. */
export const Expired: Story = {
  parameters: { ...api({ outcome: 'expired' }), batchPay: { userRegion: 'KR', checkoutState: afterReturn } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Payment not completed' })).toBeVisible();
    await expect(canvas.getAllByText('Not paid')).toHaveLength(3);
    await expect(canvas.getByText(/Reference: ORDER_IS_CLOSED/)).toBeVisible();
  },
};

/** The buyer cancelled at the wallet (ORDER_IS_CANCELED): nothing charged, another method can be chosen. */
export const Cancelled: Story = {
  parameters: { ...api({ outcome: 'cancelled' }), batchPay: { userRegion: 'KR', checkoutState: afterReturn } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Payment not completed' })).toBeVisible();
    await expect(canvas.getByText(/Reference: ORDER_IS_CANCELED/)).toBeVisible();
  },
};

/** The shop is offline: the orders and the methods each say so, each with Retry. */
export const Offline: Story = {
  parameters: api({ outcome: 'offline' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Your orders could not be loaded.')).toBeVisible();
    await expect(await canvas.findAllByRole('button', { name: 'Retry' })).toHaveLength(2);
  },
};

// ——— The same states in dark and right to left (axe runs on each) ———

/** The story again under a toolbar global (theme or direction), its play first checking the page took it. */
function variant(story: Story, globals: { theme: 'dark' } | { dir: 'rtl' }): Story {
  const [name, value] = Object.entries(globals)[0] as ['theme' | 'dir', string];
  const attribute = name === 'theme' ? 'data-theme' : 'dir';
  return {
    ...story,
    globals,
    // On the Docs page once, in the toolbar's theme; the variants run as tests (axe included).
    tags: ['!autodocs'],
    play: async (context) => {
      await expect(context.canvasElement.querySelector('main')).toHaveAttribute(attribute, value);
      await story.play?.(context);
    },
  };
}
const dark = (story: Story) => variant(story, { theme: 'dark' });
const rtl = (story: Story) => variant(story, { dir: 'rtl' });

export const LoadingDark = dark(Loading);
export const LoadErrorDark = dark(LoadError);
export const IdleDark = dark(Idle);
export const MethodChosenDark = dark(MethodChosen);
export const SubmittingDark = dark(Submitting);
export const RedirectOpeningTheAppDark = dark(RedirectOpeningTheApp);
export const RedirectAppDidNotOpenDark = dark(RedirectAppDidNotOpen);
export const RedirectEveryUrlTriedDark = dark(RedirectEveryUrlTried);
export const RedirectCashierPageOpenedDark = dark(RedirectCashierPageOpened);
export const AwaitingReturnDark = dark(AwaitingReturn);
export const StatusLoadErrorDark = dark(StatusLoadError);
export const ProcessingDark = dark(Processing);
export const PaidDark = dark(Paid);
export const PartiallyPaidDark = dark(PartiallyPaid);
export const UnconfirmedDark = dark(Unconfirmed);
export const FailedBuyerCanFixDark = dark(FailedBuyerCanFix);
export const FailedRetryWithNewIdDark = dark(FailedRetryWithNewId);
export const FailedNeverRetryDark = dark(FailedNeverRetry);
export const ExpiredDark = dark(Expired);
export const CancelledDark = dark(Cancelled);
export const OfflineDark = dark(Offline);

/** The toolbar's locale reaches the drop-in: Thai text, the amount formatted for th-TH. */
export const IdleInThai: Story = {
  globals: { locale: 'th-TH' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: th.checkout.paymentHeading })).toBeVisible();
    await expect(canvas.getByRole('button', { name: new RegExp(`^${th.payButton.payWithoutAmount}`) })).toBeVisible();
  },
};

// Direction matters where amounts, seller groups, links and per-order statuses line up.
export const IdleRtl = rtl(Idle);
export const MethodChosenRtl = rtl(MethodChosen);
export const RedirectEveryUrlTriedRtl = rtl(RedirectEveryUrlTried);
export const PartiallyPaidRtl = rtl(PartiallyPaid);
export const FailedBuyerCanFixRtl = rtl(FailedBuyerCanFix);
export const ExpiredRtl = rtl(Expired);
