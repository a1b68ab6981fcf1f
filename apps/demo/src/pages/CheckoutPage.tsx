import { type ReactNode, useEffect } from 'react';
import { DemoCheckout } from '../DemoCheckout';
import { pageTitles } from '../pageTitles';

/** `/checkout`: the combined order, the payment method, Pay, and the way to the cashier (all in the drop-in). */
export function CheckoutPage(): ReactNode {
  useEffect(() => {
    document.title = pageTitles.checkout;
  }, []);
  return <DemoCheckout title="Checkout" />;
}
