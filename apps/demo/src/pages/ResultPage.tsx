import { useBatchPayStatus, useCart } from '@batchpay/react';
import { PaymentResult } from '@batchpay/ui';
import { type ReactNode, useEffect } from 'react';
import { demoConfig } from '../demoConfig';
import { Notice } from '../Notice';
import { navigate, useLinkClick, useRoute } from '../useRoute';

const CONTACT_HREF = 'mailto:help@northwind-market.example';

/**
 * `/result?checkout=ID`: where the cashier sends the buyer back. Works from the URL alone (a new tab, another
 * browser); the status is the server's, so it says "processing" until the payment service has told the shop.
 */
export function ResultPage(): ReactNode {
  const route = useRoute();
  // The id in the URL; without one the hook looks in this tab's pending checkout.
  const status = useBatchPayStatus(route.search.get('checkout') ?? undefined, {
    initialIntervalMs: 1000,
    maxIntervalMs: 5000,
  });
  const { cart } = useCart(demoConfig.cartId);
  const onLinkClick = useLinkClick();
  const view = status.checkout;

  useEffect(() => {
    document.title = 'Payment result – Northwind Market';
  }, []);

  let body: ReactNode;
  if (view) {
    body = (
      <>
        <PaymentResult
          status={view}
          {...(cart ? { orders: cart.orders } : {})}
          onRetry={() => navigate(`/checkout?method=${encodeURIComponent(view.paymentMethodType)}`)}
          onChooseAnotherMethod={() => navigate('/checkout')}
          contactHref={CONTACT_HREF}
          headingLevel={2}
        />
        {view.status === 'processing' ? (
          <p className="muted">
            This page updates by itself. Your orders are confirmed once the payment service tells the shop.
          </p>
        ) : null}
        {view.status === 'succeeded' ? (
          <p>
            <a className="button" href="/" onClick={onLinkClick}>
              Continue shopping
            </a>
          </p>
        ) : null}
      </>
    );
  } else if (status.error) {
    body = (
      <Notice
        tone="error"
        action={
          status.error.retryable ? (
            <button type="button" className="button" onClick={status.refetch}>
              Check again
            </button>
          ) : (
            <a className="button" href="/" onClick={onLinkClick}>
              Back to the basket
            </a>
          )
        }
      >
        We could not look up this payment: {status.error.message}
      </Notice>
    );
  } else if (!status.checkoutId) {
    body = (
      <Notice
        tone="error"
        action={
          <a className="button" href="/" onClick={onLinkClick}>
            Back to the basket
          </a>
        }
      >
        This link has no payment to show. Open the link from your payment confirmation, or start from your basket.
      </Notice>
    );
  } else {
    body = <Notice tone="info">Checking your payment…</Notice>;
  }

  return (
    <>
      <div className="page-heading">
        <h1>Your payment</h1>
        {view ? <p className="page-lead muted">Reference {view.checkoutId}</p> : null}
      </div>
      <div className="panel-narrow">{body}</div>
    </>
  );
}
