import type { ReactNode } from 'react';

export interface LoadErrorProps {
  /** What could not be loaded, in the buyer's words. */
  message: string;
  /** The Retry button's label. */
  retryLabel: string;
  onRetry: () => void;
}

/** A load error the buyer can act on: the message, announced, and a Retry button. */
export function LoadError({ message, retryLabel, onRetry }: LoadErrorProps): ReactNode {
  return (
    <div className="bp-load-error" role="alert" data-state="error">
      <p>{message}</p>
      <button type="button" className="bp-button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
