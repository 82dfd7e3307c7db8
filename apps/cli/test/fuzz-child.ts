/**
 * The fuzz suite's child process: run with a memory ceiling (`--max-old-space-size`), it screens
 * each file named on a line of stdin and answers one line of JSON — results, or the bilingual
 * error of an unusable file, or `crash` for anything else. An out-of-memory kills the process:
 * the test that feeds it sees the exit and fails, naming the input.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { compilePack, sumMoney } from '@huinong/benefits';
import { lprSeries, xixiang2023 } from '@huinong/policy-data';
import { RosterFileError } from '@huinong/roster';
import { screenFiles } from '../src/roster/screen-file.ts';
import { screenJson } from '../src/screen-json.ts';

const pack = compilePack(xixiang2023);
const lines = createInterface({ input: process.stdin });

for await (const line of lines) {
  const { file, output } = JSON.parse(line) as { file: string; output: string };
  let answer: Record<string, unknown>;
  try {
    if (file.endsWith('.json')) {
      // the JSON → JSON path as well as the roster path
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch {}
      if (parsed !== null) screenJson(parsed, pack, '2023-12-31', sumMoney, lprSeries);
    }
    const r = await screenFiles({
      inputs: [file],
      output,
      pack,
      asOf: '2023-12-31',
      threads: false,
      lpr: lprSeries,
    });
    answer = { ok: true, subjects: r.summary.total.subjects };
  } catch (e) {
    answer =
      e instanceof RosterFileError
        ? { ok: false, zh: e.text.zh, en: e.text.en }
        : { crash: `${(e as Error).stack ?? String(e)}` };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
