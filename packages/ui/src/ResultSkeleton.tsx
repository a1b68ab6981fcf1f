import type { ReactNode } from 'react';
import { skeletonBars } from './skeletonBars.js';

export interface ResultSkeletonProps {
  /** Announced while the status loads, and shown where the result's heading comes. */
  label: string;
  /** Placeholder order rows (one per order you expect). Default 2. */
  rows?: number | undefined;
  /**
   * The result's note, when it is already true while the status loads ("This page updates by itself…"): shown as
   * text in its place rather than as a placeholder bar, so the buyer can read it at once.
   */
  note?: string | undefined;
}

/**
 * The place of `PaymentResult` while the return page asks for the status: its heading line, its two paragraphs and
 * one row per order, at their sizes, so the page does not jump when the result comes.
 */
export function ResultSkeleton({ label, rows = 2, note }: ResultSkeletonProps): ReactNode {
  return (
    <div className="bp-result bp-result--skeleton" aria-busy="true" data-state="loading">
      <span role="status" className="bp-result__checking">
        {label}
      </span>
      {skeletonBars('bp-skeleton--message')}
      {note === undefined ? skeletonBars('bp-skeleton--note') : <p className="bp-muted">{note}</p>}
      {skeletonBars('bp-skeleton--order', rows)}
    </div>
  );
}
