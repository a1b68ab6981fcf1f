import type { ReactNode } from 'react';

export interface SummarySkeletonProps {
  /** Announced to screen readers while the orders load. */
  label: string;
  /** Placeholder order rows. Default 3. */
  rows?: number | undefined;
}

/** The place of `CombinedOrderSummary` while the cart loads: fixed-size rows, so the page does not jump. */
export function SummarySkeleton({ label, rows = 3 }: SummarySkeletonProps): ReactNode {
  return (
    <div className="bp-summary bp-summary--skeleton" aria-busy="true" data-state="loading">
      <span className="bp-visually-hidden" role="status">
        {label}
      </span>
      <span className="bp-skeleton bp-skeleton--heading" aria-hidden="true" />
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed placeholders, never reordered.
        <span key={i} className="bp-skeleton bp-skeleton--row" aria-hidden="true" />
      ))}
      <span className="bp-skeleton bp-skeleton--row" aria-hidden="true" />
    </div>
  );
}
