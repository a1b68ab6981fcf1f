import { Notice } from './Notice';

export interface CartLoadNoticeProps {
  isLoading: boolean;
  error: Error | null;
  onRetry: () => void;
}

/** "Loading your basket…", or the error with a way to try again: the same on every page that shows the cart. */
export function CartLoadNotice({ isLoading, error, onRetry }: CartLoadNoticeProps) {
  if (isLoading) return <Notice tone="info">Loading your basket…</Notice>;
  if (!error) return null;
  return (
    <Notice
      tone="error"
      action={
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      }
    >
      We could not load your basket: {error.message}
    </Notice>
  );
}
