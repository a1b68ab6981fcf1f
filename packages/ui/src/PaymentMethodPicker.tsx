import type { PaymentMethodOption } from '@batchpay/core';
import { type PaymentMethodChoice, usePaymentMethods } from '@batchpay/react';
import { type KeyboardEvent, type ReactNode, useId } from 'react';
import { LoadError } from './LoadError.js';
import { Monogram } from './Monogram.js';
import { useMessages } from './messages/BatchPayMessagesProvider.js';
import type { MessageOverrides } from './messages/Messages.js';
import { skeletonBars } from './skeletonBars.js';
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
  let logo = renderLogo?.(method);
  if (logo === undefined || logo === null || logo === false) {
    logo = method.logoUrl ? <img src={method.logoUrl} alt="" width={32} height={32} /> : null;
  }
  return logo === null ? (
    <Monogram name={method.displayName} />
  ) : (
    <span className="bp-picker__logo" aria-hidden="true">
      {logo}
    </span>
  );
}

/** The arrow keys in reading order: 1 moves to the next method, -1 to the previous one. */
const ARROW_STEPS: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

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
    methods,
    userRegion: settings.userRegion || undefined,
    value,
    defaultValue,
    onValueChange,
  });
  const labelId = useId();
  const baseId = useId();
  const all = picker.methods;
  const enabled = all.filter((method) => !method.disabled);
  const tabStop = enabled.find((method) => method.selected) ?? enabled[0];

  /** Selects a method (`select` ignores a disabled one) and focuses its option. */
  const choose = (method: PaymentMethodChoice | undefined, option: Element | null | undefined) => {
    if (!method || method.disabled) return;
    picker.select(method.paymentMethodType);
    (option as HTMLElement | null | undefined)?.focus();
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLDivElement>) => {
    const { key, currentTarget } = event;
    let step = ARROW_STEPS[key];
    if (step) {
      event.preventDefault();
      const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
      if (horizontal && currentTarget.closest('[dir]')?.getAttribute('dir') === 'rtl') step = -step;
      // The options are the group's children, in the order of `all`; wrap at the ends, skip disabled methods.
      for (let i = 0, next = index; i < all.length; i += 1) {
        next = (next + step + all.length) % all.length;
        if (!all[next]?.disabled) return choose(all[next], currentTarget.parentElement?.children[next]);
      }
    } else if (key === ' ' || key === 'Enter') {
      if (key === ' ') event.preventDefault();
      choose(all[index], null);
    }
  };

  let body: ReactNode;
  let state: 'loading' | 'error' | 'empty' | 'ready' = 'ready';
  if (picker.error && all.length === 0) {
    state = 'error';
    body = <LoadError message={m.picker.loadError} retryLabel={m.common.reload} onRetry={picker.refetch} />;
  } else if (picker.isLoading) {
    state = 'loading';
    body = (
      <div className="bp-picker__options" aria-busy="true">
        <span className="bp-visually-hidden" role="status">
          {m.picker.loading}
        </span>
        {skeletonBars('bp-picker__option-skeleton', placeholderRows)}
      </div>
    );
  } else if (all.length === 0) {
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
          {all.map((method, index) => {
            const id = `${baseId}-${index}`;
            const noteIds = [method.isHomeRegion ? `${id}-home` : '', method.disabled ? `${id}-why` : '']
              .filter(Boolean)
              .join(' ');
            return (
              // biome-ignore lint/a11y/useSemanticElements: the APG radio group pattern (roving tabindex on role=radio) lets each option hold a logo, a badge and a reason, which native radios cannot style consistently.
              <div
                key={method.paymentMethodType}
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
                onClick={(event) => choose(method, event.currentTarget)}
                onKeyDown={onKeyDown(index)}
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
