/** Props where every optional key also takes `undefined` (what `exactOptionalPropertyTypes` users pass). */
export type AllowUndefined<T> = { [K in keyof T]: undefined extends T[K] ? T[K] | undefined : T[K] };

/** The object without its `undefined` values, for an API whose optional keys do not take `undefined`. */
export function definedProps<T extends object>(props: AllowUndefined<T>): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) if (value !== undefined) out[key] = value;
  return out as T;
}
