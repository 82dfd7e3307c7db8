/**
 * pnpm bench — prints figures, asserts nothing.
 *   1. the engine: a seeded synthetic population (households, collectives, operators) screened with
 *      full traces by the fast path (steps precomputed from the machines), by the machines as xstate
 *      actors, and by the same rules written as plain functions; subjects per second, µs per subject,
 *      ratios, peak memory.
 *   2. the roster: a generated 100,000-household .xlsx screened to .xlsx (apps/cli/bench).
 *   3. the web app: gzip size of the JS loaded on first visit, time to recalculate after a keystroke.
 * Options: --engine-only, --subjects N, --roster N.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compilePack, defaultAsOf, packSchemas, type Subject, screen } from '@huinong/benefits';
import { builtInPacks, xixiang2023 } from '@huinong/policy-data';
import { packPopulation } from './lib/pack-population.ts';
import { plainScreen } from './lib/plain-rules.ts';
import { syntheticPopulation } from './lib/synthetic.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const N = opt('--subjects', 100_000);
const AS_OF = '2023-12-31';

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

function time(label: string, subjects: readonly Subject[], fn: (s: Subject) => unknown, reps = 5) {
  const rates: number[] = [];
  let sink = 0;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for (const s of subjects) if (fn(s)) sink++;
    const ms = performance.now() - t0;
    rates.push(subjects.length / (ms / 1000));
  }
  rates.sort((a, b) => a - b);
  const best = rates[rates.length - 1] as number;
  const median = rates[Math.floor(rates.length / 2)] as number;
  console.log(
    `${label.padEnd(34)} ${Math.round(median).toLocaleString('en').padStart(9)} subjects/s (best ${Math.round(best).toLocaleString('en')})  ${(1e6 / median).toFixed(1).padStart(7)} µs/subject`,
  );
  return { median, best, sink };
}

async function engine() {
  console.log(
    `\n== engine: ${N.toLocaleString('en')} synthetic subjects (seeded), as of ${AS_OF}, full traces ==`,
  );
  const inputs = syntheticPopulation(N);
  const schema = packSchemas(xixiang2023).subject;
  let subjects: Subject[] = [];
  const rates: number[] = [];
  for (let rep = 0; rep < 5; rep++) {
    const t0 = performance.now();
    subjects = inputs.map((s) => schema.parse(s) as Subject);
    rates.push(N / ((performance.now() - t0) / 1000));
  }
  rates.sort((a, b) => a - b);
  console.log(
    `validation (the pack's zod schema) ${Math.round(rates[2] as number)
      .toLocaleString('en')
      .padStart(9)} subjects/s (best ${Math.round(rates[4] as number).toLocaleString('en')})`,
  );
  const pack = compilePack(xixiang2023);
  const kinds: Record<string, number> = {};
  for (const s of subjects) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
  let lines = 0;
  let eligible = 0;
  for (const s of subjects) {
    const r = screen(s, { pack, asOf: AS_OF });
    lines += r.lines.length;
    eligible += r.lines.filter((l) => l.status === 'eligible').length;
  }
  console.log(
    `population: ${JSON.stringify(kinds)}; ${lines.toLocaleString('en')} lines, ${eligible.toLocaleString('en')} eligible`,
  );
  const fast = time(
    'fast path (steps from machines)',
    subjects,
    (s) => screen(s, { pack, asOf: AS_OF }).lines.length,
  );
  const plain = time('plain functions', subjects, (s) => plainScreen(pack.pack, s, AS_OF).lines.length);
  const sample = subjects.slice(0, Math.min(5000, N));
  const machine = time(
    `machines as actors (${sample.length.toLocaleString('en')})`,
    sample,
    (s) => screen(s, { pack, asOf: AS_OF, engine: 'machine' }).lines.length,
    1,
  );
  console.log(
    `ratio fast / plain functions: ${(fast.median / plain.median).toFixed(2)}×; fast / actors: ${(fast.median / machine.median).toFixed(1)}×`,
  );
  console.log(`target ≥ 50,000 subjects/s on one core: ${fast.median >= 50000 ? 'met' : 'NOT met'} (median)`);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  console.log(
    `peak RSS ${mb(peakRss)}; heap used ${mb(process.memoryUsage().heapUsed)}; maxRSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}

/** Every built-in pack on a population built from its own inputs: validation and screening. */
async function perPack() {
  const n = Math.min(N, 50_000);
  console.log(
    `\n== per pack: ${n.toLocaleString('en')} subjects from each pack's own inputs, full traces ==`,
  );
  for (const p of builtInPacks) {
    const asOf = defaultAsOf(p, p.dates.to);
    const inputs = packPopulation(p, n);
    const schema = packSchemas(p).subject;
    const t0 = performance.now();
    const subjects = inputs.map((s) => schema.parse(s) as Subject);
    const vRate = n / ((performance.now() - t0) / 1000);
    const cp = compilePack(p);
    let adjusted = 0;
    for (const s of subjects) if (screen(s, { pack: cp, asOf }).adjustments.length) adjusted++;
    const r = time(`${p.id} screening`, subjects, (s) => screen(s, { pack: cp, asOf }).lines.length, 3);
    console.log(
      `${p.id.padEnd(34)} validation ${Math.round(vRate).toLocaleString('en')} subjects/s; screening median ${Math.round(r.median).toLocaleString('en')}/s; ${adjusted.toLocaleString('en')} subjects with household-stage adjustments`,
    );
  }
}

async function roster() {
  const file = join(import.meta.dirname, '../apps/cli/bench/roster.bench.ts');
  if (!existsSync(file)) return console.log('\n== roster: apps/cli/bench/roster.bench.ts not present ==');
  const n = opt('--roster', 100_000);
  console.log(`\n== roster: ${n.toLocaleString('en')} households, .xlsx → .xlsx ==`);
  const { benchRoster } = (await import(file)) as {
    benchRoster: (
      n: number,
    ) => Promise<{ seconds: number; peakRssMb: number; households: number; rows: number }>;
  };
  const r = await benchRoster(n);
  console.log(
    `${r.households.toLocaleString('en')} households, ${r.rows.toLocaleString('en')} rows: ${r.seconds.toFixed(1)} s, peak RSS ${r.peakRssMb.toFixed(0)} MB (targets ≤ 20 s, ≤ 1,536 MB)`,
  );
}

async function web() {
  const file = join(import.meta.dirname, '../apps/web/scripts/size.ts');
  if (!existsSync(file)) return console.log('\n== web: apps/web/scripts/size.ts not present ==');
  console.log('\n== web: first-visit JS and keystroke recalculation ==');
  const { spawnSync } = await import('node:child_process');
  spawnSync(process.execPath, ['--import', 'tsx', file], {
    stdio: 'inherit',
    cwd: join(import.meta.dirname, '../apps/web'),
  });
}

await engine();
await perPack();
clearInterval(sampler);
if (!args.includes('--engine-only')) {
  await roster();
  await web();
}
