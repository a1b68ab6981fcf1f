import type { ReactNode } from 'react';
import { skeletonBars } from './skeletonBars.js';

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
      {skeletonBars('bp-skeleton--heading')}
      {skeletonBars('bp-skeleton--merchant', rows)}
      {skeletonBars('bp-skeleton--row')}
    </div>
  );
}
