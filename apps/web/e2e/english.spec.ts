import { xixiang2023 } from '@huinong/policy-data';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { tempDir, writeRoster } from '../../cli/test/helpers.ts';
import { type Browser, openBrowser } from './browser.ts';
import { english, strayChinese } from './stray-chinese.ts';

const baseUrl = inject('baseUrl');
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
          idNumber: '610724198001011234',
          category: '监测对象',
          monitoredType: '边缘易致贫户',
        },
      ],
      activities: [
        { subjectId: 'H001', type: '养猪', head: 4, income: 3000 },
        { subjectId: 'H001', type: '天麻', areaMu: '三亩', income: 5000 },
      ],
    });
    await english(page, baseUrl, '#/roster');
    await page.getByLabel(/^Date of the screen/).fill('2023-12-31');
    await page.getByLabel(/^Roster file/).setInputFiles(roster);
    await page.getByTestId('roster-done').waitFor({ timeout: 60_000 });
    const seen: Record<string, string[]> = { roster: await strayChinese(page) };
    // 资金分配 and 方案核对 (src/funds) still show the province's city names and 万元 in Chinese: left for
    // the funds views' own change
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
});
