/**
 * Issue 11 through the browser's roster screen: hostile and careless workbooks uploaded to
 * 名册筛查 in Chromium end in a bilingual refusal or in results where nothing hidden is paid.
 * Raw zips (packages/roster/test/raw-xlsx.ts) for what ExcelJS cannot write.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { idNumberCheckDigit } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import { headerText, rosterLayout } from '@huinong/roster';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { rawXlsx, sheetXml } from '../../../packages/roster/test/raw-xlsx.ts';
import { tempDir, writeRoster } from '../../cli/test/helpers.ts';
import { type Browser, openBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
const dir = tempDir();
const H = rosterLayout(xixiang2023).households;
const id18 = (first17: string) => `${first17}${idNumberCheckDigit(first17)}`;
const WANG = id18('61072419800101123');
const LI = id18('61072419850202234');
type Values = Record<string, string | number | null>;
const row = (v: Values) => H.columns.map((c) => v[c.key] ?? null);
const head = (v: Values = {}) =>
  row({ rowType: '户主', householdId: 'H1', name: '王建国', idNumber: WANG, category: '脱贫户', ...v });

async function upload(
  page: Page,
  name: string,
  bytes: Uint8Array | null,
  build?: (path: string) => Promise<void>,
) {
  const path = join(dir, name);
  if (bytes) await writeFile(path, bytes);
  else await build?.(path);
  await page.goto(`${baseUrl}#/roster`);
  await page.getByRole('heading', { level: 2, name: '名册筛查' }).waitFor();
  await page.getByLabel('测算日期').fill('2023-12-31');
  await page.getByLabel('名册文件').setInputFiles(path);
}

describe('hostile and careless rosters through 名册筛查 in Chromium', () => {
  beforeEach(async () => {
    browser = await openBrowser();
    await browser.page.setViewportSize({ width: 360, height: 740 });
  });
  afterEach(async () => {
    await browser.close();
  });

  test('a cell reference far past XFD is refused at once, in both languages', async () => {
    const xml = sheetXml([H.columns.map(headerText)]).replace(
      '</sheetData>',
      `<row r="2"><c r="${'A'.repeat(5000)}2" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`,
    );
    await upload(browser.page, '远列.xlsx', await rawXlsx([{ name: '农户及成员', xml }]));
    const alert = browser.page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('最后一列 XFD');
    expect(await alert.textContent()).toContain('past the last column XFD (16,384)');
  });

  test('a household on a very hidden sheet is not paid, and the page says why', async () => {
    const visible = sheetXml([H.columns.map(headerText), head({ category: '监测对象' })]);
    const hidden = sheetXml([
      H.columns.map(headerText),
      head({ householdId: 'H9', name: '隐藏户', idNumber: LI }),
    ]);
    await upload(
      browser.page,
      '隐藏.xlsx',
      await rawXlsx([
        { name: '农户及成员', xml: visible },
        { name: '农户及成员2', state: 'veryHidden', xml: hidden },
      ]),
    );
    const done = browser.page.getByTestId('roster-done');
    await done.waitFor({ timeout: 30_000 });
    const issues = await browser.page.getByTestId('roster-issues').textContent();
    expect(issues).toContain('深度隐藏');
    expect(issues).toContain('its 1 roster rows were not screened');
    expect(await browser.page.getByTestId('roster-publicity').textContent()).not.toContain('隐藏户');
  });

  test('"1,5" 亩 is refused on its cell, never read as 15; "1,500" is 1500', async () => {
    await upload(browser.page, '逗号.xlsx', null, (path) =>
      writeRoster(path, {
        households: [
          { rowType: '户主', householdId: 'H1', name: '王建国', idNumber: WANG, category: '脱贫户' },
          { rowType: '户主', householdId: 'H2', name: '李四', idNumber: LI, category: '脱贫户' },
        ],
        activities: [
          { subjectId: 'H1', type: '茶园', areaMu: '1,5' },
          { subjectId: 'H2', type: '袋料黑木耳', bags: '1,500', income: 2000 },
        ],
      }),
    );
    const done = browser.page.getByTestId('roster-done');
    await done.waitFor({ timeout: 30_000 });
    // H2: 1,500 bags × 0.8 = 1,200; H1's tea is refused, not 15 亩 × 600 = 9,000
    expect(await done.textContent()).toContain('¥1,200.00');
    const issues = await browser.page.getByTestId('roster-issues').textContent();
    expect(issues).toContain('逗号只能用作千位分隔');
    expect(issues).toContain('a comma may only group thousands');
  });

  test('JSON subjects: the same household twice is paid once; a misspelt field is named with its nearest', async () => {
    const pigs = (id: string, extra: Record<string, unknown> = {}) => ({
      kind: 'household',
      id,
      name: '王建国',
      category: 'monitored',
      activities: [{ type: 'pig', head: 4, income: 3000 }],
      ...extra,
    });
    const bytes = new TextEncoder().encode(
      JSON.stringify([pigs('H1'), pigs('H1'), pigs('H2', { categroy: 'monitored' })]),
    );
    await upload(browser.page, '重复.json', bytes);
    const done = browser.page.getByTestId('roster-done');
    await done.waitFor({ timeout: 30_000 });
    // H1 once: 4 × 700 = 2,800; the second H1 and the misspelt H2 are refused
    expect(await done.textContent()).toContain('¥2,800.00');
    const issues = await browser.page.getByTestId('roster-issues').textContent();
    expect(issues).toContain('repeats item 1');
    expect(issues).toContain('categroy');
    expect(issues).toContain('category');
  });

  test('a full 身份证号 typed in the name column is masked on the 公示名单 and flagged', async () => {
    await upload(browser.page, '隐私.xlsx', null, (path) =>
      writeRoster(path, {
        households: [{ rowType: '户主', householdId: 'H1', name: WANG, idNumber: WANG, category: '脱贫户' }],
        activities: [{ subjectId: 'H1', type: '茶园', areaMu: 2 }],
      }),
    );
    const done = browser.page.getByTestId('roster-done');
    await done.waitFor({ timeout: 30_000 });
    const publicity = (await browser.page.getByTestId('roster-publicity').textContent()) ?? '';
    expect(publicity).not.toContain(WANG);
    expect(publicity).toContain(`${WANG.slice(0, 6)}********${WANG.slice(14)}`);
    const issues = await browser.page.getByTestId('roster-issues').textContent();
    expect(issues).toContain('户主/名称');
  });
});
