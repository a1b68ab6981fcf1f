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
    expect(screen.getByRole('button', { name: 'Pay $39.99' })).not.toHaveAttribute('aria-disabled');
    await expectNoAxeViolations(container);
  });

  it('formats a zero-decimal currency and translates with a loaded catalogue', () => {
    renderWithProvider(<PayButton amount={{ currency: 'KRW', value: '15000' }} onPay={() => {}} />, {
      locale: 'ko-KR',
      messages: { catalogues: [ko] },
    });
    expect(screen.getByRole('button')).toHaveTextContent(/₩15,000 결제하기/);
  });

  it('fires once on a double click and is aria-disabled and aria-busy until the payment settles', async () => {
    const user = userEvent.setup();
    const pending = deferred();
    const onPay = vi.fn(() => pending.promise);
    renderWithProvider(<PayButton amount={{ currency: 'USD', value: '100' }} onPay={onPay} />);
    const button = screen.getByRole('button', { name: 'Pay $1.00' });
    await user.dblClick(button);
    await user.click(button);
    expect(onPay).toHaveBeenCalledTimes(1);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('data-state', 'submitting');
    expect(button).toHaveTextContent('Processing payment…');
    await act(async () => {
      pending.resolve();
      await pending.promise;
    });
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).toHaveAttribute('aria-busy', 'false');
    await user.click(button);
    expect(onPay).toHaveBeenCalledTimes(2);
  });

  it('keeps the keyboard focus while busy, and Enter during the payment does not pay again', async () => {
    const user = userEvent.setup();
    const pending = deferred();
    const onPay = vi.fn(() => pending.promise);
    renderWithProvider(<PayButton amount={{ currency: 'USD', value: '100' }} onPay={onPay} />);
    await user.tab();
    const button = screen.getByRole('button', { name: 'Pay $1.00' });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveTextContent('Processing payment…');
    // Browsers blur a natively disabled button (jsdom does not), so the busy button must not be `disabled`.
    expect(button).not.toBeDisabled();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onPay).toHaveBeenCalledTimes(1);
    await act(async () => {
      pending.resolve();
      await pending.promise;
    });
    expect(button).toHaveFocus();
  });

  it('clears its lock timer when it unmounts', () => {
    vi.useFakeTimers();
    try {
      const { unmount } = renderWithProvider(<PayButton onPay={() => undefined} />);
      act(() => {
        screen.getByRole('button', { name: 'Pay' }).click();
      });
      expect(vi.getTimerCount()).toBeGreaterThan(0);
      unmount();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
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
    expect(screen.getByRole('button', { name: 'Pay' })).not.toHaveAttribute('aria-disabled');
    await user.click(screen.getByRole('button'));
    expect(onPay).toHaveBeenCalledTimes(2);
  });

  it('does nothing when disabled', async () => {
    const user = userEvent.setup();
    const onPay = vi.fn();
    renderWithProvider(<PayButton onPay={onPay} disabled />);
    const button = screen.getByRole('button', { name: 'Pay' });
    expect(button).toHaveAttribute('data-disabled');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(onPay).not.toHaveBeenCalled();
  });
});
