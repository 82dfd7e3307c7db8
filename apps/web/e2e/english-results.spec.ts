import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { cowBatch, monitoredHousehold, next, operatorLabor, xijiMonitoredCows } from './flows.ts';
import { strayChinese } from './stray-chinese.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

/**
 * The household is entered in Chinese (the draft is kept), then the reader switches to English
 * and reloads: the review, the results with every line's reasons, and the worksheet are read in
 * English, for each built-in pack.
 */
async function inEnglish(page: Page, name: string): Promise<Record<string, string[]>> {
  await next(page); // to the next step
  await page.evaluate(() => localStorage.setItem('huinong.lang', 'en'));
  await page.reload();
  const seen: Record<string, string[]> = {};
  // on to the review, whatever steps are left
  for (let i = 0; i < 4; i++) {
    const onward = page.getByRole('button', { name: /^(Next|See the results)$/ }).first();
    await onward.waitFor();
    if ((await onward.textContent()) === 'See the results') break;
    await onward.click();
  }
  seen.review = await strayChinese(page);
  await page.getByRole('button', { name: 'See the results' }).click();
  await page.getByRole('button', { name: 'Open the worksheet (print)' }).waitFor();
  // every line's explanation open, as a reader checking why would have it
  await page.locator('details').evaluateAll((ds) => {
    for (const d of ds) (d as HTMLDetailsElement).open = true;
  });
  seen.results = await strayChinese(page);
  await page.screenshot({ path: `${ARTIFACTS}english-results-${name}.png`, fullPage: true });
  await page.getByRole('button', { name: 'Open the worksheet (print)' }).click();
  await page.locator('.worksheet, [data-testid="worksheet"]').first().waitFor();
  seen.worksheet = await strayChinese(page);
  return seen;
}

const none = (seen: Record<string, string[]>) => Object.fromEntries(Object.keys(seen).map((k) => [k, []]));

describe('results and worksheet in English, for every built-in pack (360 px)', () => {
  beforeEach(async () => {
    browser = await openBrowser({ width: 360, height: 740 });
  });
  afterEach(async () => {
    await browser.close();
  });

  test('西乡县 2023: a 监测对象 household with pigs, one line eligible and the rest explained', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await monitoredHousehold(page, '4', '3000');
    const seen = await inEnglish(page, 'xixiang');
    expect(seen).toEqual(none(seen));
  });

  test('西乡县 2023: an operator hiring workers (the wage reward) in English', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await operatorLabor(page, '6', '150000');
    const seen = await inEnglish(page, 'operator');
    expect(seen).toEqual(none(seen));
  });

  test('西吉县 2025: a monitored household with breeding cows', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await xijiMonitoredCows(page);
    await cowBatch(page.getByRole('group', { name: '能繁母牛（扩群补栏）', exact: true }), {
      head: '3',
      breed: '西门塔尔',
      ageMonths: '8',
      boughtOn: '2025-02-01',
      registeredOn: '2025-02-10',
    });
    const seen = await inEnglish(page, 'xiji');
    expect(seen).toEqual(none(seen));
  });

  test('汝州市 2023: a household growing a crop on its land', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await page.getByLabel('政策包', { exact: true }).selectOption({ label: '汝州市 2023' });
    await page.getByRole('radio', { name: /^农户/ }).check();
    await next(page);
    await page.getByRole('radio').first().check();
    await next(page);
    await page.getByRole('checkbox').first().check();
    await next(page);
    for (const input of await page.locator('.form-col input[type="text"]').all()) await input.fill('4');
    const seen = await inEnglish(page, 'ruzhou');
    expect(seen).toEqual(none(seen));
  });
});
