import { useCallback } from 'react';

/** A stable `() => void` that refetches a react-query query (its promise is not the caller's concern). */
export function useRefetch(refetch: () => Promise<unknown>): () => void {
  return useCallback(() => {
    void refetch();
  }, [refetch]);
}
