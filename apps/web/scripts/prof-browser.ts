/**
 * Where a 100,000-household roster screen spends its time in Chromium: builds the app without
 * minifying (so that the profile names functions), uploads the generated roster to 名册筛查 and
 * prints the time. With MAIN_THREAD=1 the screen runs on the page (no worker), where the DevTools
 * protocol's profiler can see it, and the profile is written to /tmp/huinong-roster.cpuprofile
 * (open it in Chrome's DevTools, or sum it by function). A tool for looking, not a benchmark:
 * `pnpm size` gives the figures.
 *
 * Run: node --import tsx apps/web/scripts/prof-browser.ts
 */
import { existsSync, writeFileSync } from 'node:fs';
import { generateRoster } from '../../cli/bench/generate.ts';
import { openBrowser } from '../e2e/browser.ts';
import { buildAndServe } from '../e2e/global-setup.ts';

const roster = '/tmp/roster-web-100000.xlsx';
if (!existsSync(roster)) await generateRoster(roster, 100_000);
const { url, server } = await buildAndServe({ outDir: '/tmp/dist-prof', unminified: true });
const browser = await openBrowser({ width: 1280, height: 900 });
try {
  const { page, context } = browser;
  if (process.env.MAIN_THREAD)
    await page.addInitScript(() => {
      (window as unknown as { Worker: unknown }).Worker = undefined;
    });
  await page.goto(`${url}#/roster`);
  await page.getByLabel('测算日期').fill('2023-12-31');
  const cdp = await context.newCDPSession(page);
  if (process.env.MAIN_THREAD) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  const t0 = performance.now();
  await page.getByLabel('名册文件').setInputFiles(roster);
  await page.getByTestId('roster-done').waitFor({ timeout: 600_000 });
  const seconds = (performance.now() - t0) / 1000;
  const said = (await page.locator('main').textContent()) ?? '';
  const worker = /用时 ([\d.]+) 秒/.exec(said);
  console.log(`upload → results ${seconds.toFixed(2)} s (screen ${worker?.[1]} s)`);
  if (process.env.MAIN_THREAD) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync('/tmp/huinong-roster.cpuprofile', JSON.stringify(profile));
  }
} finally {
  await browser.close();
  await server.close();
}
