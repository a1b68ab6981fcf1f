import { type Amount, formatAmount } from '@batchpay/core';
import { type ButtonHTMLAttributes, type ReactNode, useEffect, useRef, useState } from 'react';
import { useMessages } from './messages/BatchPayMessagesProvider.js';
import { formatMessage } from './messages/formatMessage.js';
import type { MessageOverrides } from './messages/Messages.js';
import { useCheckoutSettings } from './useCheckoutSettings.js';

export interface PayButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type' | 'disabled' | 'children'> {
  /** The total to show on the button ("Pay $12.34"); the server computes what is charged. */
  amount?: Amount | undefined;
  /**
   * Starts the payment (usually `() => pay({ cartId, paymentMethodType })` of `useBatchPay`). Further clicks are
   * ignored until the returned promise settles, or, for a callback that returns nothing, while `submitting`.
   */
  onPay: () => unknown;
  /** True while the checkout is submitting (`useBatchPay().state.status === 'submitting'`). */
  submitting?: boolean | undefined;
  /** The button stays focusable and announced as unavailable (`aria-disabled`); clicks do nothing. */
  disabled?: boolean | undefined;
  locale?: string | undefined;
  messages?: MessageOverrides | undefined;
  /** Replaces the label (the busy label still shows while submitting). */
  children?: ReactNode;
}

/** How long a callback that returns nothing, without `submitting`, keeps the button locked. */
const SYNC_LOCK_MS = 1000;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * The Pay button: the formatted total, `aria-disabled` and `aria-busy` while submitting (never the native `disabled`,
 * which would drop the keyboard focus to the page), and it cannot fire twice.
 */
export function PayButton(props: PayButtonProps): ReactNode {
  const { amount, onPay, submitting, disabled = false, locale, messages, children, className, ...rest } = props;
  const settings = useCheckoutSettings(locale);
  const m = useMessages(settings.locale, messages);
  const lock = useRef(false);
  const [pending, setPending] = useState(false);
  const lockTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(lockTimer.current), []);

  // A callback that returned nothing holds the lock until the parent's `submitting` has come and gone.
  const sawSubmitting = useRef(false);
  useEffect(() => {
    if (submitting) {
      sawSubmitting.current = true;
    } else if (sawSubmitting.current) {
      sawSubmitting.current = false;
      lock.current = false;
      setPending(false);
    }
  }, [submitting]);

  const busy = pending || submitting === true;

  const handleClick = () => {
    if (lock.current || busy || disabled) return;
    lock.current = true;
    setPending(true);
    const release = () => {
      clearTimeout(lockTimer.current);
      lockTimer.current = undefined;
      lock.current = false;
      setPending(false);
    };
    let result: unknown;
    try {
      result = onPay();
    } catch (error) {
      release();
      throw error;
    }
    if (isThenable(result)) {
      result.then(release, release);
    } else if (submitting === undefined) {
      // Nothing tells us when it ends: hold the lock for a short while, long enough to swallow a double click.
      lockTimer.current = setTimeout(release, SYNC_LOCK_MS);
    }
  };

  const label = busy
    ? m.payButton.submitting
    : (children ??
      (amount
        ? formatMessage(m.payButton.pay, { amount: formatAmount(amount, settings.locale) })
        : m.payButton.payWithoutAmount));

  return (
    <button
      {...rest}
      type="button"
      className={className ? `bp-pay-button ${className}` : 'bp-pay-button'}
      data-state={busy ? 'submitting' : 'idle'}
      data-disabled={disabled ? '' : undefined}
      aria-disabled={disabled || busy ? true : undefined}
      aria-busy={busy}
      onClick={handleClick}
    >
      {label}
    </button>
  );
}
