/**
 * The benchmark's child process: screens IN.xlsx into OUT.xlsx through the CLI's own code path
 * and prints its wall time and peak resident set (process.resourceUsage().maxRSS) as JSON.
 */
import { compilePack } from '@huinong/benefits';
import { lprSeries, xixiang2023 } from '@huinong/policy-data';
import { screenFiles } from '../src/roster/screen-file.ts';

const [input, output] = process.argv.slice(2) as [string, string];
const started = performance.now();
const r = await screenFiles({
  inputs: [input],
  output,
  pack: compilePack(xixiang2023),
  asOf: '2023-12-31',
  lpr: lprSeries,
});
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({
    seconds,
    maxRssKb: process.resourceUsage().maxRSS,
    subjects: r.summary.total.subjects,
    lines: r.summary.total.lines,
    total: r.summary.total.amount,
    rowsRead: r.summary.rowsRead,
    rejectedRows: r.summary.rejectedRows,
  })}\n`,
);
