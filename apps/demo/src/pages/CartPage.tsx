import { useCart } from '@batchpay/react';
import { CombinedOrderSummary } from '@batchpay/ui';
import { type ReactNode, useEffect } from 'react';
import { CartLoadNotice } from '../CartLoadNotice';
import { demoConfig } from '../demoConfig';
import { useLinkClick } from '../useRoute';

/** `/`: the basket, with orders from several sellers, as the backend prices it. */
export function CartPage(): ReactNode {
  const { cart, isLoading, error, refetch } = useCart(demoConfig.cartId);
  const onLinkClick = useLinkClick();
  useEffect(() => {
    document.title = 'Basket – Northwind Market';
  }, []);

  const merchants = cart ? new Set(cart.orders.map((o) => o.merchant.referenceMerchantId)).size : 0;
  return (
    <>
      <div className="page-heading">
        <h1>Your basket</h1>
        {cart ? (
          <p className="page-lead">
            {cart.orders.length} orders from {merchants} sellers, paid together in one payment.
          </p>
        ) : null}
      </div>
      <CartLoadNotice isLoading={isLoading} error={error} onRetry={refetch} />
      {cart ? (
        <div className="cart-layout">
          <CombinedOrderSummary orders={cart.orders} paymentAmount={cart.paymentAmount} headingLevel={2} />
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
