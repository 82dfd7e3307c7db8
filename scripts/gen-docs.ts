/**
 * Generates docs/standards.md from the policy pack (never retyped). With --check, fails when the
 * checked-in file differs from what the pack generates.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { subjectJsonSchema } from '../packages/benefits/src/index.ts';
import { renderStandardsDoc } from '../packages/policy-data/src/docs.ts';
import { xixiang2023 } from '../packages/policy-data/src/index.ts';

const docs = join(import.meta.dirname, '../docs');
const outputs: [string, string][] = [
  ['standards.md', renderStandardsDoc(xixiang2023)],
  ['subject.schema.json', `${JSON.stringify(subjectJsonSchema(), null, 2)}\n`],
];
let stale = 0;
for (const [name, text] of outputs) {
  const target = join(docs, name);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`docs/${name} is not current: run \`pnpm docs\` and commit the result.`);
      stale++;
    } else console.log(`docs/${name} is current.`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote docs/${name}`);
  }
}
if (stale) process.exit(1);
