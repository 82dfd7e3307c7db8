/**
 * Roster benchmark: an n-household roster .xlsx (seeded) screened .xlsx → .xlsx by the CLI's code
 * path in a child process. `seconds` is the child's wall time from spawn to exit (Node and tsx
 * start-up included); `peakRssMb` is the child's peak resident set as the kernel counted it.
 *
 *   node --import tsx apps/cli/bench/roster.bench.ts 100000
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateRoster } from './generate.ts';

const here = dirname(fileURLToPath(import.meta.url));

export interface RosterBench {
  seconds: number;
  peakRssMb: number;
  households: number;
  rows: number;
}

export async function benchRoster(n: number): Promise<RosterBench> {
  const dir = mkdtempSync(join(tmpdir(), 'huinong-bench-'));
  try {
    const input = join(dir, `roster-${n}.xlsx`);
    const output = join(dir, `results-${n}.xlsx`);
    const { households, rows } = await generateRoster(input, n);
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      // the flags of bin/huinong.js, the CLI's launcher
      [
        '--max-semi-space-size=64',
        '--import',
        import.meta.resolve('tsx'),
        join(here, 'roster-child.ts'),
        input,
        output,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const seconds = (performance.now() - started) / 1000;
    if (child.status !== 0)
      throw new Error(`roster benchmark child failed (${child.status}): ${child.stderr}`);
    const report = JSON.parse(child.stdout.trim().split('\n').pop() as string) as { maxRssKb: number };
    if (!statSync(output).size) throw new Error('no results written');
    return { seconds, peakRssMb: report.maxRssKb / 1024, households, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 100000);
  const r = await benchRoster(n);
  process.stdout.write(
    `roster ${r.households} households, ${r.rows} rows: ${r.seconds.toFixed(1)} s, peak RSS ${r.peakRssMb.toFixed(0)} MB\n`,
  );
}
