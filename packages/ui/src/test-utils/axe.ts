import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe-core on the rendered component and fails with each violation's id, help text and targets. */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container);
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}
