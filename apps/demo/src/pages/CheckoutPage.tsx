import { useBatchPay, useCart } from '@batchpay/react';
import { CashierRedirect, CombinedOrderSummary, PayButton, PaymentMethodPicker, PaymentResult } from '@batchpay/ui';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { CartLoadNotice } from '../CartLoadNotice';
import { useDemoSettings } from '../DemoSettings';
import { demoConfig, isLoopbackUrl } from '../demoConfig';
import { findTerminalChoice } from '../terminalChoices';
import { useLinkClick, useRoute } from '../useRoute';

const CONTACT_HREF = 'mailto:help@northwind-market.example';

/** `/checkout`: the combined order, the payment method, Pay, and the way to the cashier. */
export function CheckoutPage(): ReactNode {
  const route = useRoute();
  const settings = useDemoSettings();
  const onLinkClick = useLinkClick();
  const env = findTerminalChoice(settings.terminal).env;
  const userRegion = settings.region === 'auto' ? undefined : settings.region;
  const { cart, isLoading, error, refetch } = useCart(demoConfig.cartId);
  const [method, setMethod] = useState<string | undefined>(() => route.search.get('method') ?? undefined);
  const checkout = useBatchPay({
    ...(env ? { env } : {}),
    ...(userRegion ? { userRegion } : {}),
    redirectOptions: { allowInsecureLocalhost: isLoopbackUrl(demoConfig.sandboxUrl) },
  });
  const { state } = checkout;
  const pickerRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const hintId = useId();

  useEffect(() => {
    document.title = 'Checkout – Northwind Market';
  }, []);

  const pay = () => {
    if (!method) return undefined;
    return checkout.pay({ cartId: demoConfig.cartId, paymentMethodType: method });
  };
  const chooseAnother = () => {
    checkout.reset();
    setMethod(undefined);
    requestAnimationFrame(() => pickerRef.current?.querySelector<HTMLElement>('[role="radio"][tabindex="0"]')?.focus());
  };

  if (state.status === 'redirecting') {
    return (
      <>
        <div className="page-heading">
          <h1>Complete your payment</h1>
        </div>
        <div className="panel-narrow">
          <CashierRedirect
            plan={state.plan}
            {...(method ? { paymentMethodType: method } : {})}
            {...(env ? { terminalType: env.terminalType } : {})}
            timeoutMs={demoConfig.appOpenTimeoutMs}
            onAttempt={checkout.redirectHandlers.onAttempt}
            onAppDidNotOpen={checkout.redirectHandlers.onAppDidNotOpen}
            {...(checkout.redirectHandlers.appIdentifier
              ? { appIdentifier: checkout.redirectHandlers.appIdentifier }
              : {})}
            headingLevel={2}
          />
          <p className="muted">
            After paying you come back here automatically. Your orders are only confirmed once the payment service tells
            the shop.
          </p>
        </div>
      </>
    );
  }

  if (state.status === 'awaiting-return' || state.status === 'succeeded') {
    const href = `/result?checkout=${encodeURIComponent(state.checkoutId)}`;
    return (
      <>
        <div className="page-heading">
          <h1>Checkout</h1>
        </div>
        <div className="panel-narrow">
          <PaymentResult
            {...(state.view ? { status: state.view } : {})}
            {...(cart ? { orders: cart.orders } : {})}
            headingLevel={2}
          />
          <p>
            <a className="button" href={href} onClick={onLinkClick}>
              See the payment status
            </a>
          </p>
        </div>
      </>
    );
  }

  const failed = state.status === 'failed' ? state : null;
  return (
    <>
      <div className="page-heading">
        <h1>Checkout</h1>
        <p className="page-lead">One payment for every seller in your basket.</p>
      </div>
      <CartLoadNotice isLoading={isLoading} error={error} onRetry={refetch} />
      {cart ? (
        <div className="checkout-layout">
          <section className="panel checkout-pay" aria-labelledby={headingId}>
            <h2 id={headingId} className="panel__title">
              Payment
            </h2>
            <div ref={pickerRef}>
              <PaymentMethodPicker
                {...(method ? { value: method } : { value: '' })}
                onValueChange={setMethod}
                {...(userRegion ? { userRegion } : {})}
                label="Pay with"
              />
            </div>
            {failed ? (
              <PaymentResult
                outcome={failed.failure}
                {...(failed.view ? { status: failed.view } : {})}
                orders={cart.orders}
                onRetry={() => void pay()}
                onChooseAnotherMethod={chooseAnother}
                contactHref={CONTACT_HREF}
                headingLevel={3}
              />
            ) : null}
            <PayButton
              amount={cart.paymentAmount}
              onPay={pay}
              submitting={state.status === 'submitting'}
              disabled={!method || !checkout.canPay}
              aria-describedby={method ? undefined : hintId}
            />
            {method ? null : (
              <p id={hintId} className="muted">
                Choose how you want to pay.
              </p>
            )}
            <p className="muted small">
              You will confirm the payment with your wallet. The shop never sees your wallet credentials.
            </p>
          </section>
          <CombinedOrderSummary orders={cart.orders} paymentAmount={cart.paymentAmount} headingLevel={2} />
        </div>
      ) : null}
    </>
  );
}
