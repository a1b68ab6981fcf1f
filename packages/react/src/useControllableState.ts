import { useCallback, useRef, useState } from 'react';

export interface UseControllableStateParams<T> {
  /** Controlled value; when not undefined the hook never holds its own. */
  value?: T | undefined;
  /** Starting value when uncontrolled. */
  defaultValue?: T | undefined;
  onChange?: ((value: T) => void) | undefined;
}

/** One value that is controlled (`value` + `onChange`) or uncontrolled (`defaultValue`), as Radix does it. */
export function useControllableState<T>(params: UseControllableStateParams<T>): [T | undefined, (next: T) => void] {
  const { value, defaultValue, onChange } = params;
  const [own, setOwn] = useState<T | undefined>(defaultValue);
  const controlled = value !== undefined;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const current = controlled ? value : own;
  const currentRef = useRef(current);
  currentRef.current = current;

  const set = useCallback(
    (next: T) => {
      if (Object.is(next, currentRef.current)) return;
      if (!controlled) setOwn(next);
      currentRef.current = next;
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [current, set];
}
