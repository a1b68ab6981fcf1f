import type { ReactNode } from 'react';
import { useLinkClick, useRoute } from './useRoute';

const steps = [
  { path: '/', label: 'Basket' },
  { path: '/checkout', label: 'Checkout' },
  { path: '/result', label: 'Confirmation' },
] as const;

/** The shop's header: brand and where the buyer is in the checkout. */
export function SiteHeader(): ReactNode {
  const { pathname } = useRoute();
  const onLinkClick = useLinkClick();
  const current = steps.findIndex((s) => s.path === pathname);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="brand" href="/" onClick={onLinkClick}>
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="7" />
            <path d="M8 23V9h3.2l6.6 9V9H21v14h-3.1l-6.7-9.1V23z" />
          </svg>
          <span>Northwind Market</span>
        </a>
        <nav aria-label="Checkout steps">
          <ol className="steps">
            {steps.map((step, index) => (
              <li
                key={step.path}
                className="steps__item"
                data-state={index === current ? 'current' : index < current ? 'done' : 'todo'}
                aria-current={index === current ? 'step' : undefined}
              >
                <span className="steps__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span>{step.label}</span>
              </li>
            ))}
          </ol>
        </nav>
      </div>
    </header>
  );
}
