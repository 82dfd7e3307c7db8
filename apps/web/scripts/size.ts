/**
 * Size and speed report: builds the app, loads it once in Chromium and prints
 * - the gzip size of the JavaScript loaded on the first visit (target ≤ 150 KB: the shell and the
 *   wizard's first step; the engine and the pack come with the first answer), what is left for
 *   later, and
 * - the time from a keystroke to the results on screen (screen + render), measured in the page
 *   with performance marks (`huinong:input` → `huinong:recalc`), plus `screenDraft` alone in Node;
 * - a generated 10,000-household roster (HUINONG_WEB_ROSTER to change) uploaded to 名册筛查:
 *   the time until the results are on screen.
 * Figures only: nothing here fails on a time.
 *
 * Run: pnpm --filter @huinong/web size
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { xixiang2023 } from '@huinong/policy-data';
import { generateRoster } from '../../cli/bench/generate.ts';
import { openBrowser } from '../e2e/browser.ts';
import { monitoredHousehold } from '../e2e/flows.ts';
import { buildAndServe } from '../e2e/global-setup.ts';
import { screenDraft } from '../src/engine.ts';
import { EMPTY_DRAFT } from '../src/wizard/draft.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const BUDGET = 150 * 1024;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

const { url, server } = await buildAndServe();
const browser = await openBrowser({ width: 1280, height: 900 });
try {
  const { page } = browser;
  const loaded = new Set<string>();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/assets/')) loaded.add(path.slice(1));
  });
  await page.goto(url, { waitUntil: 'networkidle' });

  const manifest = JSON.parse(readFileSync(join(dist, 'asset-manifest.json'), 'utf8')) as { files: string[] };
  const js = manifest.files.filter((f) => f.endsWith('.js'));
  const firstJs = js.filter((f) => loaded.has(f));
  const laterJs = js.filter((f) => !loaded.has(f));
  const firstCss = manifest.files.filter((f) => f.endsWith('.css') && loaded.has(f));
  const firstTotal = firstJs.reduce((s, f) => s + gz(f), 0);

  console.log('First visit (gzip -9):');
  for (const f of firstJs) console.log(`  ${f.padEnd(40)} ${kb(gz(f))}`);
  console.log(
    `  JS total${' '.repeat(32)} ${kb(firstTotal)}  (budget ${kb(BUDGET)}: ${firstTotal <= BUDGET ? 'within' : 'OVER'})`,
  );
  for (const f of firstCss) console.log(`  ${f.padEnd(40)} ${kb(gz(f))}`);
  console.log('Loaded later (code-split):');
  for (const f of laterJs) console.log(`  ${f.padEnd(40)} ${kb(gz(f))}`);

  // keystroke → results on screen, in the page
  await monitoredHousehold(page, '4', '3000');
  await page.evaluate(() => performance.clearMeasures('huinong:recalc'));
  const income = page.getByLabel('当年收入（元）');
  await income.focus();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press(i % 2 === 0 ? '5' : 'Backspace');
    await page.waitForTimeout(20);
  }
  const inPage = await page.evaluate(() =>
    performance.getEntriesByName('huinong:recalc').map((e) => e.duration),
  );
  const s = stats(inPage);
  console.log(
    `Keystroke → results rendered (Chromium, ${s.n} keystrokes): median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, max ${s.max.toFixed(2)} ms`,
  );

  // the screen alone, in Node
  const draft = {
    ...EMPTY_DRAFT,
    kind: 'household' as const,
    category: 'monitored' as const,
    monitoredType: 'unstable' as const,
    activities: ['pig'],
    answers: { 'activity.pig.head': '4', 'activity.pig.income': '3000' },
  };
  for (let i = 0; i < 200; i++) screenDraft(xixiang2023, draft, '2023-06-01');
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = performance.now();
    screenDraft(
      xixiang2023,
      { ...draft, answers: { ...draft.answers, 'activity.pig.income': String(3000 + i) } },
      '2023-06-01',
    );
    times.push(performance.now() - t0);
  }
  const n = stats(times);
  console.log(
    `validate + screen of the draft (Node, ${n.n} runs): median ${(n.median * 1000).toFixed(0)} µs, p95 ${(n.p95 * 1000).toFixed(0)} µs`,
  );

  // a township's roster screened in the page's worker: upload → results on screen
  const dir = mkdtempSync(join(tmpdir(), 'huinong-size-'));
  try {
    const households = Number(process.env.HUINONG_WEB_ROSTER ?? 10_000);
    const roster = join(dir, `roster-${households}.xlsx`);
    const { rows } = await generateRoster(roster, households);
    await page.goto(`${url}#/roster`);
    await page.getByLabel('测算日期').fill('2023-12-31');
    const t0 = performance.now();
    await page.getByLabel('名册文件').setInputFiles(roster);
    await page.getByTestId('roster-done').waitFor({ timeout: 600_000 });
    const seconds = (performance.now() - t0) / 1000;
    // the worker's own time, as the page says it ("用时 N 秒"): the rest is the hand-over and the render
    const said = (await page.locator('main').textContent()) ?? '';
    const worker = /用时 ([\d.]+) 秒|\(([\d.]+) s\)/.exec(said);
    console.log(
      `Roster in the browser (${households} households, ${rows} rows, on the page's worker): upload → results on screen ${seconds.toFixed(1)} s (the worker's screen ${worker?.[1] ?? worker?.[2] ?? '?'} s)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
  await server.close();
}
