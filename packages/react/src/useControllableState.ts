import { useCallback, useRef, useState } from 'react';

/**
 * One value that is controlled (`value` + `onChange`) or uncontrolled (`defaultValue`), as Radix does it. A `value`
 * that is not undefined makes it controlled: the hook then never holds its own.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T | undefined,
  onChange: ((value: T) => void) | undefined,
): [T | undefined, (next: T) => void] {
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
