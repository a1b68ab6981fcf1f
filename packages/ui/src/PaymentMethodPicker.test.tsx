import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PaymentMethodPicker } from './PaymentMethodPicker.js';
import { expectNoAxeViolations } from './test-utils/axe.js';
import { methods } from './test-utils/fixtures.js';
import { renderWithProvider } from './test-utils/renderWithProvider.js';

function Controlled() {
  const [value, setValue] = useState('GCASH');
  return (
    <>
      <PaymentMethodPicker methods={methods} value={value} onValueChange={setValue} />
      <output>{value}</output>
    </>
  );
}

function names() {
  return screen.getAllByRole('radio').map((radio) => radio.getAttribute('data-value'));
}

describe('PaymentMethodPicker', () => {
  it('is a labelled radio group with the buyer’s region first and marked', async () => {
    const { container } = renderWithProvider(<PaymentMethodPicker methods={methods} />, { userRegion: 'KR' });
    const group = screen.getByRole('radiogroup', { name: 'Payment method' });
    expect(group).toBeInTheDocument();
    expect(names()).toEqual(['KAKAOPAY', 'TOSSPAY', 'NAVERPAY', 'ALIPAY_CN', 'GCASH', 'TRUEMONEY']);
    const kakao = screen.getByRole('radio', { name: 'KakaoPay' });
    expect(kakao).toHaveAccessibleDescription('Popular in your region');
    expect(screen.getByRole('radio', { name: 'Alipay' })).not.toHaveAttribute('data-home-region');
    await expectNoAxeViolations(container);
  });

  it('sorts for the region given as a prop, over the provider’s', () => {
    renderWithProvider(<PaymentMethodPicker methods={methods} userRegion="PH" />, { userRegion: 'KR' });
    expect(names().slice(0, 1)).toEqual(['GCASH']);
    expect(screen.getByRole('radio', { name: 'GCash' })).toHaveAttribute('data-home-region');
  });

  it('explains a disabled method and never selects it', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderWithProvider(<PaymentMethodPicker methods={methods} onValueChange={onValueChange} />, { userRegion: 'KR' });
    const toss = screen.getByRole('radio', { name: 'Toss Pay' });
    expect(toss).toHaveAttribute('aria-disabled', 'true');
    expect(toss).toHaveAttribute('data-disabled');
    expect(toss).toHaveAccessibleDescription(/Toss Pay is under maintenance until 6 pm\./);
    await user.click(toss);
    expect(toss).toHaveAttribute('aria-checked', 'false');
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('Tab enters at the selected method, arrows move and select skipping disabled ones, Tab leaves', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderWithProvider(
      <>
        <button type="button">before</button>
        <PaymentMethodPicker methods={methods} defaultValue="NAVERPAY" onValueChange={onValueChange} />
        <button type="button">after</button>
      </>,
      { userRegion: 'KR' },
    );
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    const naver = screen.getByRole('radio', { name: 'NAVER Pay' });
    expect(naver).toHaveFocus();
    expect(screen.getAllByRole('radio').filter((r) => r.tabIndex === 0)).toEqual([naver]);

    await user.keyboard('{ArrowUp}'); // skips the disabled Toss Pay
    const kakao = screen.getByRole('radio', { name: 'KakaoPay' });
    expect(kakao).toHaveFocus();
    expect(kakao).toHaveAttribute('aria-checked', 'true');
    expect(kakao).toHaveAttribute('data-state', 'checked');
    expect(naver).toHaveAttribute('aria-checked', 'false');
    expect(onValueChange).toHaveBeenLastCalledWith('KAKAOPAY');

    await user.keyboard('{ArrowUp}'); // wraps to the last
    expect(screen.getByRole('radio', { name: 'TrueMoney' })).toHaveFocus();
    await user.keyboard('{ArrowDown}'); // wraps to the first
    expect(kakao).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(naver).toHaveFocus();
    expect(naver).toHaveAttribute('aria-checked', 'true');

    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(naver).toHaveFocus();
  });

  it('makes the first enabled method the tab stop when nothing is selected, and Space selects it', async () => {
    const user = userEvent.setup();
    renderWithProvider(<PaymentMethodPicker methods={methods} />, { userRegion: 'KR' });
    await user.tab();
    const kakao = screen.getByRole('radio', { name: 'KakaoPay' });
    expect(kakao).toHaveFocus();
    expect(kakao).toHaveAttribute('aria-checked', 'false');
    await user.keyboard(' ');
    expect(kakao).toHaveAttribute('aria-checked', 'true');
  });

  it('works controlled: the selection follows the value prop', async () => {
    const user = userEvent.setup();
    renderWithProvider(<Controlled />);
    expect(screen.getByRole('radio', { name: 'GCash' })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('radio', { name: 'TrueMoney' }));
    expect(screen.getByRole('status')).toHaveTextContent('TRUEMONEY');
    expect(screen.getByRole('radio', { name: 'TrueMoney' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('radio', { name: 'GCash' })).toHaveAttribute('aria-checked', 'false');
  });

  it('shows a monogram without a logo, the logo URL or the render prop’s logo otherwise', () => {
    renderWithProvider(
      <PaymentMethodPicker
        methods={[
          { paymentMethodType: 'TNG' },
          { paymentMethodType: 'GCASH', logoUrl: 'https://cdn.example/gcash.svg' },
          { paymentMethodType: 'KAKAOPAY' },
        ]}
        renderLogo={(m) => (m.paymentMethodType === 'KAKAOPAY' ? <svg data-testid="kakao-logo" /> : null)}
      />,
    );
    const tng = screen.getByRole('radio', { name: "Touch 'n Go eWallet" });
    expect(tng.querySelector('.bp-monogram')).toHaveTextContent('TG');
    expect(screen.getByRole('radio', { name: 'GCash' }).querySelector('img')).toHaveAttribute(
      'src',
      'https://cdn.example/gcash.svg',
    );
    expect(within(screen.getByRole('radio', { name: 'KakaoPay' })).getByTestId('kakao-logo')).toBeInTheDocument();
  });

  it('loads the methods from the backend when none are given', async () => {
    const transport = vi.fn(async () => ({ status: 200, body: { methods: [{ paymentMethodType: 'DANA' }] } }));
    renderWithProvider(<PaymentMethodPicker />, { transport });
    expect(screen.getByRole('status')).toHaveTextContent('Loading payment methods…');
    expect(await screen.findByRole('radio', { name: 'DANA' })).toBeInTheDocument();
    expect(transport).toHaveBeenCalledWith(expect.objectContaining({ method: 'GET', path: '/api/payment-methods' }));
  });

  it('holds the space of the options with placeholders while loading', async () => {
    const transport = vi.fn(async () => ({ status: 200, body: { methods: [{ paymentMethodType: 'DANA' }] } }));
    const { container } = renderWithProvider(<PaymentMethodPicker />, { transport });
    expect(container.querySelector('.bp-picker')).toHaveAttribute('data-state', 'loading');
    expect(container.querySelectorAll('.bp-skeleton')).toHaveLength(3);
    await expectNoAxeViolations(container);
    await screen.findByRole('radio', { name: 'DANA' });
    expect(container.querySelectorAll('.bp-skeleton')).toHaveLength(0);
  });

  it('shows a load error with Retry (not "no method available"), and Retry loads them', async () => {
    const user = userEvent.setup();
    let fail = true;
    const transport = vi.fn(async () =>
      fail
        ? { status: 404, body: { error: { code: 'NOT_FOUND', message: 'no route' } } }
        : { status: 200, body: { methods: [{ paymentMethodType: 'DANA' }] } },
    );
    const { container } = renderWithProvider(<PaymentMethodPicker />, { transport });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The payment methods could not be loaded.');
    expect(screen.queryByText('No payment method is available for this order.')).not.toBeInTheDocument();
    expect(container.querySelector('.bp-picker')).toHaveAttribute('data-state', 'error');
    await expectNoAxeViolations(container);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('radio', { name: 'DANA' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when no method is available', () => {
    renderWithProvider(<PaymentMethodPicker methods={[]} />);
    expect(screen.getByText('No payment method is available for this order.')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('follows the reading direction for left and right arrows in a right-to-left page', async () => {
    const user = userEvent.setup();
    renderWithProvider(
      <div dir="rtl">
        <PaymentMethodPicker methods={methods} defaultValue="KAKAOPAY" />
      </div>,
      { userRegion: 'KR' },
    );
    await user.tab();
    await user.keyboard('{ArrowLeft}'); // forward in RTL: skips the disabled Toss Pay
    expect(screen.getByRole('radio', { name: 'NAVER Pay' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'KakaoPay' })).toHaveFocus();
  });
});
