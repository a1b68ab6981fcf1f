import * as v from 'valibot';

/** A problem with one field: `path` like `orderList[2].orderAmount.currency`, `message` says what is allowed. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** `orderList[2].orderAmount.currency` from a valibot issue path. */
export function formatIssuePath(path: ReadonlyArray<{ key: unknown }> | undefined): string {
  if (!path || path.length === 0) return '(body)';
  let out = '';
  for (const item of path) {
    if (typeof item.key === 'number') out += `[${item.key}]`;
    else out += out ? `.${String(item.key)}` : String(item.key);
  }
  return out;
}

/** Joins issues into one sentence list, for error messages and logs. */
export function formatValidationIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');
}

/** The schema of the field at `path` inside `schema` (through objects, arrays, optionals), or undefined. */
function fieldSchema(schema: unknown, path: ReadonlyArray<{ key: unknown }>): v.GenericSchema | undefined {
  let current: unknown = schema;
  for (const { key } of path) {
    while (current && typeof current === 'object' && 'wrapped' in current) current = current.wrapped;
    if (!current || typeof current !== 'object') return undefined;
    if (typeof key === 'number' && 'item' in current) current = current.item;
    else if (
      typeof key === 'string' &&
      'entries' in current &&
      current.entries &&
      typeof current.entries === 'object'
    ) {
      current = (current.entries as Record<string, unknown>)[key];
    } else return undefined;
  }
  return current && typeof current === 'object' && '~standard' in current ? (current as v.GenericSchema) : undefined;
}

/**
 * The message for a required field that is absent. valibot reports it as an issue of the parent object ("Invalid
 * key: Expected "currency" but received undefined"), so the field's own message (what is allowed) is looked up.
 */
function missingFieldMessage(schema: v.GenericSchema, path: ReadonlyArray<{ key: unknown }>): string {
  const field = fieldSchema(schema, path);
  const own = field ? v.safeParse(field, undefined).issues?.[0]?.message : undefined;
  if (own && !own.startsWith('Invalid ')) return own.startsWith('is required') ? own : `is required: it ${own}`;
  const expects = field?.expects;
  const kind: Record<string, string> = { Object: 'an object', Array: 'an array' };
  return expects && expects !== 'never' ? `is required: add it as ${kind[expects] ?? expects}` : 'is required: add it';
}

/** How a value of the wrong type reads in a message: `a number`, `null`, `"FOO"`. */
function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'number' || typeof input === 'boolean') return `a ${typeof input}`;
  return typeof input;
}

/**
 * A field that is present with a value its schema refuses, whose message was written for the absent case ("is
 * required: …"): says what it must be and what it is instead, so `"value": 1234` reads "must be a string, not a
 * number", never "is required".
 */
function presentValueMessage(message: string, schemaType: string, input: unknown): string {
  const rest = message.slice('is required'.length).replace(/^(:| and)\s*/, '');
  const got = describeInput(input);
  if (schemaType === 'string') {
    return rest === '' || rest === 'must be a string'
      ? `must be a string, not ${got}`
      : `must be a string, not ${got}: ${rest}`;
  }
  if (rest === '') return `has the wrong type (${got})`;
  return `must be ${rest.replace(/^must be /, '')}, not ${got}`;
}

/** Parses `input` with a schema and answers with field-named issues instead of throwing. */
export function parseSchema<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
): ValidationResult<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => {
      const path = formatIssuePath(issue.path);
      // An absent required key is an issue of its object, with `expected` the quoted key name.
      const missingKey = issue.kind === 'schema' && issue.input === undefined && issue.expected?.startsWith('"');
      if (missingKey && issue.path?.length) return { path, message: missingFieldMessage(schema, issue.path) };
      if (issue.kind === 'schema' && issue.input !== undefined && issue.message.startsWith('is required')) {
        return { path, message: presentValueMessage(issue.message, issue.type, issue.input) };
      }
      return { path, message: issue.message };
    }),
  };
}
