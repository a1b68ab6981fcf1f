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
      // A field that is absent gets valibot's type message: say that it is missing.
      const missing = issue.kind === 'schema' && issue.input === undefined;
      return { path, message: missing ? `is missing: it ${issue.message}` : issue.message };
    }),
  };
}
