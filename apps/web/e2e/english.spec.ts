import { idNumberCheckDigit } from '@huinong/benefits';
import { builtInPacks, xixiang2023 } from '@huinong/policy-data';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { tempDir, writeRoster } from '../../cli/test/helpers.ts';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { english, strayChinese } from './stray-chinese.ts';

const baseUrl = inject('baseUrl');
const id18 = (first17: string) => `${first17}${idNumberCheckDigit(first17)}`;
let browser: Browser;
const dir = tempDir();

describe('English on every page', () => {
  beforeEach(async () => {
    browser = await openBrowser({ width: 360, height: 740 });
  });
  afterEach(async () => {
    await browser.close();
  });

  test('the wizard, step by step to the worksheet: no Chinese outside quoted clauses and names', async () => {
    const { page } = browser;
    await english(page, baseUrl);
    const seen: Record<string, string[]> = {};
    const look = async (step: string) => {
      seen[step] = await strayChinese(page);
    };
    await look('applicant');
    await page.getByRole('radio', { name: /^household/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: /^poverty-alleviated/ }).check();
    await look('category');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('checkbox').first().check();
    await look('activities');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.form-col input[type="text"]').first().fill('3');
    await look('details');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: /Add a member/ }).click();
    for (const box of await page.locator('.member input[type="checkbox"]').all()) await box.check();
    await page.getByLabel(/^Province/).selectOption({ index: 2 });
    await look('members');
    await page.getByRole('button', { name: 'Next' }).click();
    await look('review');
    await page.goto(`${baseUrl}`);
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
  });

  test('the views: roster (screened), projects, rules: no stray Chinese', async () => {
    const { page } = browser;
    const roster = `${dir}/english-roster.xlsx`;
    await writeRoster(roster, {
      households: [
        {
          rowType: '户主',
          township: '堰口镇',
          village: '罗镇村',
          householdId: 'H001',
          name: '王建国',
          idNumber: id18('61072419800101123'),
          category: '监测对象',
          monitoredType: '边缘易致贫户',
        },
        {
          rowType: '户主',
          township: '堰口镇',
          village: '白龙村',
          householdId: 'H002',
          name: '李四',
          idNumber: id18('61072419850202234'),
          category: '脱贫户',
        },
      ],
      activities: [
        // 4 × 700 = 2,800 (五(一)4(4)); the 天麻 row's "三亩" is refused on its cell
        { subjectId: 'H001', type: '养猪', head: 4, income: 3000 },
        { subjectId: 'H001', type: '天麻', areaMu: '三亩', income: 5000 },
        // 3 亩 × 600 = 1,800 (a 脱贫户's tea garden)
        { subjectId: 'H002', type: '茶园', areaMu: 3 },
      ],
    });
    await english(page, baseUrl, '#/roster');
    await page.getByLabel(/^Date of the screen/).fill('2023-12-31');
    await page.getByLabel(/^Roster file/).setInputFiles(roster);
    await page.getByTestId('roster-done').waitFor({ timeout: 60_000 });
    // lines, villages and a publicity list on the page: each read in English
    expect(await page.getByTestId('roster-done').textContent()).toContain('¥4,600.00');
    expect(await page.getByTestId('roster-details').locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('roster-publicity').locator('tbody tr').count()).toBe(2);
    const seen: Record<string, string[]> = { roster: await strayChinese(page) };
    await page.screenshot({ path: `${ARTIFACTS}english-roster-360.png`, fullPage: true });
    for (const hash of [
      '#/projects',
      '#/rules',
      `#/rules/${xixiang2023.id}/monitored-pig`,
      `#/rules/${xixiang2023.id}/rain-dew`,
    ]) {
      await page.goto(`${baseUrl}${hash}`);
      await page.locator('main h2').first().waitFor();
      seen[hash] = await strayChinese(page);
    }
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
  });

  test('资金分配 and 方案核对 (西乡 2023 and 西吉 2025): no stray Chinese, and they fit 360 px', async () => {
    const { page } = browser;
    const seen: Record<string, string[]> = {};
    const overflow: Record<string, number> = {};
    const look = async (name: string) => {
      // the chart tables and the figures used are in closed disclosures: open them, so that they are
      // looked at as a reader who opens them sees them
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      seen[name] = await strayChinese(page);
      overflow[name] = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await page.screenshot({ path: `${ARTIFACTS}english-${name}-360.png`, fullPage: true });
    };

    await english(page, baseUrl, '#/allocation');
    await page.getByRole('heading', { level: 2, name: /^Fund allocation/ }).waitFor();
    await look('allocation');
    // one city and one category chosen: the subtotal row, the chart titles and the city bars name them
    await page.getByLabel('City', { exact: true }).selectOption({ label: 'Xinzhou' });
    await page.getByLabel('County category').selectOption('先行示范县');
    await expect.poll(() => page.getByTestId('filtered-amount').textContent()).toBe('1,515');
    await look('allocation-filtered');

    await page.goto(`${baseUrl}#/plan-check`);
    await page.getByRole('heading', { level: 2, name: 'Plan check: Xixiang County 2023' }).waitFor();
    // a failing rule shows its comparison with units, and the bar at the foot names the failure
    await page.getByLabel('linkage funds for industry (10k yuan)').fill('9000');
    await expect.poll(() => page.getByTestId('plan-verdict').textContent()).toContain('2 rules fail');
    await look('plan-check-xixiang');

    await page.getByLabel('Policy pack', { exact: true }).selectOption('xiji-2025');
    await page.getByTestId('breakdown').waitFor();
    await look('plan-check-xiji');

    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
    expect(overflow).toEqual(Object.fromEntries(Object.keys(overflow).map((k) => [k, 0])));
  });

  test('every rule page of every built-in pack, each explanation open: no stray Chinese', async () => {
    const { page } = browser;
    await english(page, baseUrl, '#/rules');
    const seen: Record<string, string[]> = {};
    for (const pack of builtInPacks)
      for (const s of [null, ...pack.standards]) {
        const hash = s ? `#/rules/${pack.id}/${s.id}` : `#/rules/${pack.id}`;
        await page.goto(`${baseUrl}${hash}`);
        // the page of this standard, not the one before it: its clause's words are on it
        if (s)
          await page.waitForFunction(
            (words) => document.querySelector('[data-testid="clause-text"]')?.textContent?.includes(words),
            s.text.slice(-12),
          );
        else await page.reload();
        await page.locator('main h2').first().waitFor();
        await page.locator('details').evaluateAll((ds) => {
          for (const d of ds) (d as HTMLDetailsElement).open = true;
        });
        const stray = await strayChinese(page);
        if (stray.length) seen[hash] = stray;
      }
    expect(seen).toEqual({});
  }, 300_000);
});
