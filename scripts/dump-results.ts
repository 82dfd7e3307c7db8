// Screens the seeded bench population and writes one JSON line per subject (results without the
// new `adjustments` key), so that two versions of the engine can be compared.
import { createWriteStream } from 'node:fs';
import * as B from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import { syntheticPopulation } from './lib/synthetic.ts';

const out = createWriteStream(process.argv[2] as string);
const N = Number(process.argv[3] ?? 100000);
const inputs = syntheticPopulation(N);
// the same script runs on a commit from before the packs change, which had no packSchemas
type Parser = {
  safeParse(input: unknown): { success: boolean; data?: unknown; error?: { issues: unknown[] } };
};
const api = B as unknown as { packSchemas?: (p: unknown) => { subject: Parser }; Subject: Parser };
const parse: Parser = api.packSchemas ? api.packSchemas(xixiang2023).subject : api.Subject;
const pack = B.compilePack(xixiang2023);
let bad = 0;
for (const input of inputs) {
  const p = parse.safeParse(input);
  if (!p.success) {
    bad++;
    out.write(`INVALID ${JSON.stringify(p.error?.issues[0])}\n`);
    continue;
  }
  const r = B.screen(p.data as B.Subject, { pack, asOf: '2023-12-31' }) as Record<string, unknown>;
  const { adjustments, ...rest } = r;
  if (adjustments && (adjustments as unknown[]).length) out.write('ADJ ');
  out.write(`${JSON.stringify(rest)}\n`);
}
out.end();
console.log('invalid', bad);
