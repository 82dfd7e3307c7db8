/**
 * Generates the reference docs from the policy packs (never retyped): docs/standards.md and
 * docs/subject.schema.json for the default pack (xixiang-2023), docs/pack.schema.json, and for
 * every built-in pack docs/packs/ID.md and docs/packs/ID.subject.schema.json. With --check,
 * fails when a checked-in file differs from what the packs generate.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { policyPackJsonSchema, subjectJsonSchema } from '../packages/benefits/src/index.ts';
import { renderPackDoc, renderStandardsDoc } from '../packages/policy-data/src/docs.ts';
import { builtInPacks, xixiang2023 } from '../packages/policy-data/src/index.ts';

const root = join(import.meta.dirname, '..');
const docs = join(root, 'docs');
const biome = join(root, 'node_modules/.bin/biome');

/**
 * JSON as the repo's formatter writes it, so that `pnpm lint` and `pnpm docs:check` agree (a file
 * Biome ignores comes back unchanged).
 */
function json(name: string, value: object): string {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  return execFileSync(biome, ['format', `--stdin-file-path=${join(docs, name)}`], {
    input: text,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

const outputs: [string, string][] = [
  ['standards.md', renderStandardsDoc(xixiang2023)],
  ['subject.schema.json', json('subject.schema.json', subjectJsonSchema(xixiang2023))],
  ['pack.schema.json', json('pack.schema.json', policyPackJsonSchema())],
  ...builtInPacks.flatMap((p): [string, string][] => [
    [`packs/${p.id}.md`, renderPackDoc(p)],
    [`packs/${p.id}.subject.schema.json`, json(`packs/${p.id}.subject.schema.json`, subjectJsonSchema(p))],
  ]),
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
      console.error(`docs/${name} is not current: run \`pnpm run docs\` and commit the result.`);
      stale++;
    } else console.log(`docs/${name} is current.`);
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`wrote docs/${name}`);
  }
}
if (stale) process.exit(1);
