import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * The App tests' axe check, for the funds views: every violation's id and targets. Colour contrast
 * needs a layout engine, so it is checked in the real-browser spec (e2e/funds.spec.ts).
 */
export async function noAxeViolations(container: HTMLElement): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
