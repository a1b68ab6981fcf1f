/** Props where every optional key also takes `undefined` (what `exactOptionalPropertyTypes` users pass). */
export type AllowUndefined<T> = { [K in keyof T]: undefined extends T[K] ? T[K] | undefined : T[K] };
