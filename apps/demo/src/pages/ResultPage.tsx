import { type ReactNode, useEffect } from 'react';
import { DemoCheckout } from '../DemoCheckout';
import { Notice } from '../Notice';
import { pageTitles } from '../pageTitles';
import { useLinkClick, useRoute } from '../useRoute';

/**
 * `/result?checkout=ID`: where the cashier sends the buyer back. The same drop-in as the checkout shows the result
 * from the URL alone (a new tab, another browser); it says "processing" until the payment service told the shop.
 */
export function ResultPage(): ReactNode {
  const route = useRoute();
  const onLinkClick = useLinkClick();
  useEffect(() => {
    document.title = pageTitles.result;
  }, []);
  if (route.search.get('checkout')) return <DemoCheckout title="Your payment" />;
  return (
    <>
      <div className="page-heading">
        <h1>Your payment</h1>
      </div>
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
    </>
  );
}
