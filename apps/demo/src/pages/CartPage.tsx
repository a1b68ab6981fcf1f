import { useCart } from '@batchpay/react';
import { CombinedOrderSummary, SummarySkeleton } from '@batchpay/ui';
import { type ReactNode, useEffect } from 'react';
import { CartLoadNotice } from '../CartLoadNotice';
import { demoConfig } from '../demoConfig';
import { pageTitles } from '../pageTitles';
import { useLinkClick } from '../useRoute';

/** `/`: the basket, with orders from several sellers, as the backend prices it. */
export function CartPage(): ReactNode {
  const { cart, isLoading, error, refetch } = useCart(demoConfig.cartId);
  const onLinkClick = useLinkClick();
  useEffect(() => {
    document.title = pageTitles.basket;
  }, []);

  const merchants = cart ? new Set(cart.orders.map((o) => o.merchant.referenceMerchantId)).size : 0;
  // While the basket loads, every part holds the place of what comes (no layout shift): the lead line (as long as
  // the loaded one, so it wraps alike), the orders (the demo's three sellers) and the way to the checkout.
  return (
    <>
      <div className="page-heading">
        <h1>Your basket</h1>
        <p className="page-lead">
          {cart
            ? `${cart.orders.length} orders from ${merchants} sellers, paid together in one payment.`
            : 'Your orders from every seller, paid together in one payment.'}
        </p>
      </div>
      {error && !cart ? <CartLoadNotice isLoading={isLoading} error={error} onRetry={refetch} /> : null}
      {cart || isLoading ? (
        <div className="cart-layout">
          {cart ? (
            <CombinedOrderSummary orders={cart.orders} paymentAmount={cart.paymentAmount} headingLevel={2} />
          ) : (
            <SummarySkeleton label="Loading your basket…" rows={3} />
          )}
          <div className="cart-actions">
            <p className="muted">Each seller ships their own order. You pay once, with the wallet you choose.</p>
            <a className="button button--primary" href="/checkout" onClick={onLinkClick}>
              Go to checkout
            </a>
          </div>
        </div>
      ) : null}
    </>
  );
}
