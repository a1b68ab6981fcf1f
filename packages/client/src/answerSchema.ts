import type { ValidationIssue, ValidationResult } from '@batchpay/core';

/*
 * A few combinators that check the merchant backend's JSON answers field by field, small enough for the browser (a
 * general schema library is 8 kB here; these are under 1 kB). Each schema returns the value as its type says and
 * records an issue per wrong field, with a path like `orders[0].orderAmount.currency`; unknown fields are dropped.
 * The types of the answers are derived from the schemas (`AnswerOf`), so a check and its type cannot drift.
 */

/** Checks `input` at `path`: returns it as `T`, or records what is wrong in `issues`. */
export interface AnswerSchema<T> {
  (input: unknown, path: string, issues: ValidationIssue[]): T;
  /** Set by `optional`: the field may be absent (never `null`). */
  readonly optional?: true;
}

/** A field that may be absent. */
export interface OptionalAnswerSchema<T> extends AnswerSchema<T> {
  readonly optional: true;
}

/** The type a schema checks. */
export type AnswerOf<S> = S extends AnswerSchema<infer T> ? T : never;

type Shape = Record<string, AnswerSchema<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends OptionalAnswerSchema<unknown> ? K : never;
}[keyof S];
type Flat<T> = { [K in keyof T]: T[K] } & {};
type ObjectOf<S extends Shape> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: AnswerOf<S[K]> } & { [K in OptionalKeys<S>]?: AnswerOf<S[K]> }
>;

function issue<T>(issues: ValidationIssue[], path: string, input: unknown, message: string): T {
  issues.push({ path: path || '(body)', message: input === undefined ? `is required: it ${message}` : message });
  return input as T;
}

/** A string, optionally matching `pattern` (`rule` then says what is allowed). */
export function text(pattern?: RegExp, rule = 'must be a string'): AnswerSchema<string> {
  return (input, path, issues) =>
    typeof input === 'string' && (!pattern || pattern.test(input)) ? input : issue(issues, path, input, rule);
}

export const boolean: AnswerSchema<boolean> = (input, path, issues) =>
  typeof input === 'boolean' ? input : issue(issues, path, input, 'must be true or false');

/** One of `values`. */
export function oneOf<const T extends readonly string[]>(values: T): AnswerSchema<T[number]> {
  return (input, path, issues) =>
    values.includes(input as string)
      ? (input as T[number])
      : issue(issues, path, input, `must be ${values.join(', ')}`);
}

export function optional<T>(schema: AnswerSchema<T>): OptionalAnswerSchema<T> {
  return Object.assign((input: unknown, path: string, issues: ValidationIssue[]) => schema(input, path, issues), {
    optional: true as const,
  });
}

export function array<T>(item: AnswerSchema<T>): AnswerSchema<T[]> {
  return (input, path, issues) =>
    Array.isArray(input)
      ? input.map((entry, index) => item(entry, `${path}[${index}]`, issues))
      : issue(issues, path, input, 'must be an array');
}

/** An object with these fields (unknown ones dropped). */
export function object<S extends Shape>(shape: S): AnswerSchema<ObjectOf<S>> {
  return (input, path, issues) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return issue(issues, path, input, 'must be a JSON object');
    }
    const out: Record<string, unknown> = {};
    for (const key in shape) {
      const value = (input as Record<string, unknown>)[key];
      const schema = shape[key] as AnswerSchema<unknown>;
      if (value === undefined && schema.optional) continue;
      out[key] = schema(value, path ? `${path}.${key}` : key, issues);
    }
    return out as ObjectOf<S>;
  };
}

/** One of several object schemas, chosen by the string field `key`. */
export function variant<K extends string, S extends Record<string, AnswerSchema<unknown>>>(
  key: K,
  options: S,
): AnswerSchema<AnswerOf<S[keyof S]>> {
  return (input, path, issues) => {
    const tag = (input as Record<string, unknown> | null)?.[key];
    const schema = typeof tag === 'string' && Object.hasOwn(options, tag) ? options[tag] : undefined;
    if (schema) return schema(input, path, issues) as AnswerOf<S[keyof S]>;
    const field = path ? `${path}.${key}` : key;
    return issue(
      issues,
      typeof input === 'object' && input ? field : path,
      input,
      `must be ${Object.keys(options).join(', ')}`,
    );
  };
}

/** The answer checked against `schema`: its value, or every issue found. */
export function checkAnswer<T>(schema: AnswerSchema<T>, input: unknown): ValidationResult<T> {
  const issues: ValidationIssue[] = [];
  const value = schema(input, '', issues);
  return issues.length === 0 ? { ok: true, value } : { ok: false, issues };
}
