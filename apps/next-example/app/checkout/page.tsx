// A server component: no 'use client' here, no wrapper. The kit's built client files carry the directive.
import { BatchPayCheckout } from '@batchpay/ui';

export default async function CheckoutPage({ searchParams }: { searchParams: Promise<{ checkout?: string }> }) {
  // On the page the cashier returns to, the server HTML already shows the checking state, not the form.
  const { checkout } = await searchParams;
  const serverUrl = checkout ? `/checkout?checkout=${encodeURIComponent(checkout)}` : undefined;
  return (
    <>
      <h1>Checkout</h1>
      {/* The same element on the page the cashier returns to (/checkout?checkout=…): it shows the result. */}
      <BatchPayCheckout
        apiBaseUrl="/api"
        cartId="demo-cart"
        // The offline sandbox's cashier is plain http on loopback; a real Antom cashier is https.
        redirectOptions={{ allowInsecureLocalhost: true }}
        serverUrl={serverUrl}
      />
    </>
  );
}
