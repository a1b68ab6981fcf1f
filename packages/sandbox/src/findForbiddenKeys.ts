const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Paths of keys named `__proto__`, `constructor` or `prototype` anywhere in parsed JSON (also inside free-form
 * fields such as `paymentMethodMetaData`): no batchPay field has these names, and code that copies objects trips on
 * them. Walks iteratively, so deep nesting cannot overflow the stack; stops after `limit` findings.
 */
export function findForbiddenKeys(input: unknown, limit = 5): string[] {
  const found: string[] = [];
  const stack: Array<{ value: unknown; path: string }> = [{ value: input, path: '' }];
  while (stack.length > 0 && found.length < limit) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
      continue;
    }
    for (const key of Object.keys(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (forbidden.has(key)) {
        found.push(childPath);
        if (found.length >= limit) break;
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: childPath });
    }
  }
  return found;
}
