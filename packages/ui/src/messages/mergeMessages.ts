import type { MessageOverrides, Messages } from './Messages.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeDeep(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isRecord(current) && isRecord(value) ? mergeDeep(current, value) : value;
  }
  return out;
}

/** A catalogue with a merchant's overrides applied (any string, at any depth); later overrides win. */
export function mergeMessages(base: Messages, ...overrides: ReadonlyArray<MessageOverrides | undefined>): Messages {
  let merged = base;
  for (const override of overrides) {
    if (override) merged = mergeDeep(merged as unknown as Record<string, unknown>, override) as unknown as Messages;
  }
  return merged;
}
