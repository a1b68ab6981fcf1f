import type { ReactNode } from 'react';
import { useLinkClick } from '../useRoute';

export function NotFoundPage(): ReactNode {
  const onLinkClick = useLinkClick();
  return (
    <div className="page-heading">
      <h1>Page not found</h1>
      <p className="page-lead">
        <a href="/" onClick={onLinkClick}>
          Back to your basket
        </a>
      </p>
    </div>
  );
}
