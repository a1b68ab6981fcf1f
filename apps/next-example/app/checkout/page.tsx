// A server component: no 'use client' here, no wrapper. The kit's built client files carry the directive.
import { BatchPayCheckout } from '@batchpay/ui';

export default function CheckoutPage() {
  return (
    <>
      <h1>Checkout</h1>
      {/* The same element on the page the cashier returns to (/checkout?checkout=…): it shows the result. */}
      <BatchPayCheckout
        apiBaseUrl="/api"
        cartId="demo-cart"
        // The offline sandbox's cashier is plain http on loopback; a real Antom cashier is https.
        redirectOptions={{ allowInsecureLocalhost: true }}
      />
    </>
  );
}
