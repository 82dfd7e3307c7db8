/**
 * Generates docs/standards.md from the policy pack (never retyped). With --check, fails when the
 * checked-in file differs from what the pack generates.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderStandardsDoc } from '../packages/policy-data/src/docs.ts';
import { xixiang2023 } from '../packages/policy-data/src/index.ts';

const target = join(import.meta.dirname, '../docs/standards.md');
const text = renderStandardsDoc(xixiang2023);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('docs/standards.md is not current: run `pnpm docs` and commit the result.');
    process.exit(1);
  }
  console.log('docs/standards.md is current.');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
