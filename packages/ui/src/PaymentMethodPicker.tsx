import type { PaymentMethodOption } from '@batchpay/core';
import { type PaymentMethodChoice, usePaymentMethods } from '@batchpay/react';
import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { LoadError } from './LoadError.js';
import { Monogram } from './Monogram.js';
import { useMessages } from './messages/BatchPayMessagesProvider.js';
import type { MessageOverrides } from './messages/Messages.js';
import { useCheckoutSettings } from './useCheckoutSettings.js';

export interface PaymentMethodPickerProps {
  /** The methods to offer (core's `PaymentMethodOption`); loaded from `GET /api/payment-methods` when absent. */
  methods?: readonly PaymentMethodOption[] | undefined;
  /** The buyer's region; its wallets come first and are marked. Default: `BatchPayProvider`'s `userRegion`. */
  userRegion?: string | undefined;
  /** Selected `paymentMethodType` (controlled; `''` for none selected, `undefined` for uncontrolled). */
  value?: string | undefined;
  /** Selected at first (uncontrolled). */
  defaultValue?: string | undefined;
  onValueChange?: ((paymentMethodType: string) => void) | undefined;
  /** Your logo for a method; a neutral monogram is shown when this returns nothing and the method has no logoUrl. */
  renderLogo?: ((method: PaymentMethodChoice) => ReactNode) | undefined;
  /** Visible label of the group. Default: the catalogue's "Payment method". */
  label?: ReactNode;
  /** How many methods you expect: placeholder rows of an option's height hold their place while they load. */
  placeholderRows?: number | undefined;
  locale?: string | undefined;
  messages?: MessageOverrides | undefined;
}

function Logo({
  method,
  renderLogo,
}: {
  method: PaymentMethodChoice;
  renderLogo: PaymentMethodPickerProps['renderLogo'];
}) {
  const custom = renderLogo?.(method);
  if (custom !== undefined && custom !== null && custom !== false) {
    return (
      <span className="bp-picker__logo" aria-hidden="true">
        {custom}
      </span>
    );
  }
  if (method.logoUrl) {
    return (
      <span className="bp-picker__logo" aria-hidden="true">
        <img src={method.logoUrl} alt="" width={32} height={32} />
      </span>
    );
  }
  return <Monogram name={method.displayName} />;
}

const NEXT_KEYS = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * The payment methods as a WAI-ARIA radio group: Tab enters at the selected method and leaves the group, arrow
 * keys move and select (skipping disabled methods, wrapping at the ends), Space selects. Sorted for the buyer's
 * region with the home-region wallets first and marked. Controlled or uncontrolled.
 */
export function PaymentMethodPicker(props: PaymentMethodPickerProps): ReactNode {
  const {
    methods,
    userRegion,
    value,
    defaultValue,
    onValueChange,
    renderLogo,
    label,
    placeholderRows = 3,
    locale,
    messages,
  } = props;
  const settings = useCheckoutSettings(locale, userRegion);
  const m = useMessages(settings.locale, messages);
  const picker = usePaymentMethods({
    ...(methods ? { methods } : {}),
    ...(settings.userRegion ? { userRegion: settings.userRegion } : {}),
    ...(value !== undefined ? { value } : {}),
    ...(defaultValue !== undefined ? { defaultValue } : {}),
    ...(onValueChange ? { onValueChange } : {}),
  });
  const labelId = useId();
  const baseId = useId();
  const refs = useRef(new Map<string, HTMLDivElement>());

  const enabled = picker.methods.filter((method) => !method.disabled);
  const selectedEnabled = enabled.find((method) => method.selected);
  const tabStop = selectedEnabled ?? enabled[0];

  const move = (from: PaymentMethodChoice, step: 1 | -1) => {
    if (enabled.length === 0) return;
    const all = picker.methods;
    let index = all.indexOf(from);
    for (let i = 0; i < all.length; i += 1) {
      index = (index + step + all.length) % all.length;
      const candidate = all[index];
      if (candidate && !candidate.disabled) {
        picker.select(candidate.paymentMethodType);
        refs.current.get(candidate.paymentMethodType)?.focus();
        return;
      }
    }
  };

  const onKeyDown = (method: PaymentMethodChoice) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (NEXT_KEYS.has(event.key) || PREVIOUS_KEYS.has(event.key)) {
      event.preventDefault();
      const rtl = event.currentTarget.closest('[dir]')?.getAttribute('dir') === 'rtl';
      const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
      const forward = NEXT_KEYS.has(event.key) !== (rtl && horizontal);
      move(method, forward ? 1 : -1);
    } else if (event.key === ' ' || event.key === 'Enter') {
      if (event.key === ' ') event.preventDefault();
      if (!method.disabled) picker.select(method.paymentMethodType);
    }
  };

  let body: ReactNode;
  let state: 'loading' | 'error' | 'empty' | 'ready' = 'ready';
  if (picker.error && picker.methods.length === 0) {
    state = 'error';
    body = <LoadError message={m.picker.loadError} retryLabel={m.common.reload} onRetry={picker.refetch} />;
  } else if (picker.isLoading) {
    state = 'loading';
    body = (
      <div className="bp-picker__options" aria-busy="true">
        <span className="bp-visually-hidden" role="status">
          {m.picker.loading}
        </span>
        {Array.from({ length: placeholderRows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed placeholders, never reordered.
          <span key={i} className="bp-skeleton bp-picker__option-skeleton" aria-hidden="true" />
        ))}
      </div>
    );
  } else if (picker.methods.length === 0) {
    state = 'empty';
    body = <p className="bp-muted">{m.picker.empty}</p>;
  }

  return (
    <div className="bp-picker" data-state={state}>
      <div id={labelId} className="bp-picker__label">
        {label ?? m.picker.label}
      </div>
      {body ?? (
        <div role="radiogroup" aria-labelledby={labelId} className="bp-picker__options">
          {picker.methods.map((method, index) => {
            const id = `${baseId}-${index}`;
            const noteIds = [method.isHomeRegion ? `${id}-home` : '', method.disabled ? `${id}-why` : '']
              .filter(Boolean)
              .join(' ');
            return (
              // biome-ignore lint/a11y/useSemanticElements: the APG radio group pattern (roving tabindex on role=radio) lets each option hold a logo, a badge and a reason, which native radios cannot style consistently.
              <div
                key={method.paymentMethodType}
                ref={(node) => {
                  if (node) refs.current.set(method.paymentMethodType, node);
                  else refs.current.delete(method.paymentMethodType);
                }}
                role="radio"
                className="bp-picker__option"
                aria-checked={method.selected}
                aria-disabled={method.disabled || undefined}
                aria-labelledby={`${id}-name`}
                aria-describedby={noteIds || undefined}
                tabIndex={method === tabStop ? 0 : -1}
                data-state={method.selected ? 'checked' : 'unchecked'}
                data-disabled={method.disabled ? '' : undefined}
                data-home-region={method.isHomeRegion ? '' : undefined}
                data-value={method.paymentMethodType}
                onClick={() => {
                  if (method.disabled) return;
                  picker.select(method.paymentMethodType);
                  refs.current.get(method.paymentMethodType)?.focus();
                }}
                onKeyDown={onKeyDown(method)}
              >
                <span className="bp-picker__indicator" aria-hidden="true" />
                <Logo method={method} renderLogo={renderLogo} />
                <span className="bp-picker__text">
                  <span id={`${id}-name`}>{method.displayName}</span>
                  {method.isHomeRegion ? (
                    <span id={`${id}-home`} className="bp-picker__badge">
                      {m.picker.homeRegion}
                    </span>
                  ) : null}
                  {method.disabled ? (
                    <span id={`${id}-why`} className="bp-muted">
                      {method.disabledReason ?? m.picker.unavailable}
                    </span>
                  ) : null}
                </span>
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
