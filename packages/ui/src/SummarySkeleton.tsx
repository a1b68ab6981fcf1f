import type { ReactNode } from 'react';

export interface SummarySkeletonProps {
  /** Announced to screen readers while the orders load. */
  label: string;
  /** Placeholder merchant groups (one per seller you expect). Default 2. */
  rows?: number | undefined;
}

/** The place of `CombinedOrderSummary` while the cart loads: fixed-size rows, so the page does not jump. */
export function SummarySkeleton({ label, rows = 2 }: SummarySkeletonProps): ReactNode {
  return (
    <div className="bp-summary bp-summary--skeleton" aria-busy="true" data-state="loading">
      <span className="bp-visually-hidden" role="status">
        {label}
      </span>
      <span className="bp-skeleton bp-skeleton--heading" aria-hidden="true" />
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed placeholders, never reordered.
        <span key={i} className="bp-skeleton bp-skeleton--merchant" aria-hidden="true" />
      ))}
      <span className="bp-skeleton bp-skeleton--row" aria-hidden="true" />
    </div>
  );
}
