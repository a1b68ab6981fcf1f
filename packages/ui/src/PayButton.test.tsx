import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ko } from './locales/ko.js';
import { PayButton } from './PayButton.js';
import { expectNoAxeViolations } from './test-utils/axe.js';
import { renderWithProvider } from './test-utils/renderWithProvider.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('PayButton', () => {
  it('shows the total formatted for the locale', async () => {
    const { container } = renderWithProvider(
      <PayButton amount={{ currency: 'USD', value: '3999' }} onPay={() => {}} />,
      {
        locale: 'en-US',
      },
    );
    expect(screen.getByRole('button', { name: 'Pay $39.99' })).toBeEnabled();
    await expectNoAxeViolations(container);
  });

  it('formats a zero-decimal currency and translates with a loaded catalogue', () => {
    renderWithProvider(<PayButton amount={{ currency: 'KRW', value: '15000' }} onPay={() => {}} />, {
      locale: 'ko-KR',
      messages: { catalogues: [ko] },
    });
    expect(screen.getByRole('button')).toHaveTextContent(/₩15,000 결제하기/);
  });

  it('fires once on a double click and is disabled and aria-busy until the payment settles', async () => {
    const user = userEvent.setup();
    const pending = deferred();
    const onPay = vi.fn(() => pending.promise);
    renderWithProvider(<PayButton amount={{ currency: 'USD', value: '100' }} onPay={onPay} />);
    const button = screen.getByRole('button', { name: 'Pay $1.00' });
    await user.dblClick(button);
    await user.click(button);
    expect(onPay).toHaveBeenCalledTimes(1);
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('data-state', 'submitting');
    expect(button).toHaveTextContent('Processing payment…');
    await act(async () => {
      pending.resolve();
      await pending.promise;
    });
    expect(button).toBeEnabled();
    expect(button).toHaveAttribute('aria-busy', 'false');
    await user.click(button);
    expect(onPay).toHaveBeenCalledTimes(2);
  });

  it('stays busy while the parent says it is submitting', async () => {
    const user = userEvent.setup();
    const onPay = vi.fn();
    const { rerender } = renderWithProvider(<PayButton onPay={onPay} submitting={false} />);
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    rerender(<PayButton onPay={onPay} submitting />);
    await user.click(screen.getByRole('button'));
    expect(onPay).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button')).toHaveAttribute('aria-busy', 'true');
    rerender(<PayButton onPay={onPay} submitting={false} />);
    expect(screen.getByRole('button', { name: 'Pay' })).toBeEnabled();
    await user.click(screen.getByRole('button'));
    expect(onPay).toHaveBeenCalledTimes(2);
  });

  it('does nothing when disabled', async () => {
    const user = userEvent.setup();
    const onPay = vi.fn();
    renderWithProvider(<PayButton onPay={onPay} disabled />);
    const button = screen.getByRole('button', { name: 'Pay' });
    expect(button).toHaveAttribute('data-disabled');
    await user.click(button);
    expect(onPay).not.toHaveBeenCalled();
  });
});
