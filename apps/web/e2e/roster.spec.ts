import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { idNumberCheckDigit } from '@huinong/benefits';
import { xixiang2023 } from '@huinong/policy-data';
import { columnLetter, rosterLayout } from '@huinong/roster';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { readWorkbook, records, tempDir, writeRoster } from '../../cli/test/helpers.ts';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { axeViolations } from './flows.ts';
import { pdfPages, pdfSearchText } from './pdf-text.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
const dir = tempDir();

/** where the 产业 sheet of the pack's template puts the area (the pack decides the columns) */
const AREA = `产业!${columnLetter(rosterLayout(xixiang2023).activities.columns.findIndex((c) => c.key === 'areaMu') + 1)}5`;

const id18 = (first17: string) => `${first17}${idNumberCheckDigit(first17)}`;
const WANG = id18('61072419800101123');
const ZHANG = id18('61072419750505001');
const BAD = `${ZHANG.slice(0, 16)}9${ZHANG[17] === '1' ? '2' : '1'}`;

/**
 * The village roster of the spec, with the awards computed by hand from the seed (西乡 2023, 五):
 * - H001 监测对象 (边缘易致贫户): 4 pigs, income ¥3,000 → 五(一)3 养猪 700 元/头 × 4 = 2,800;
 *   王建国 works in 广东省 from 2023-03-01 → 五(三) 省外 travel grant 500. H001: 3,300.
 * - H002 脱贫户: tea 2 mu → 600 元/亩 × 2 = 1,200.
 * - H003: 身份证号 with a wrong check digit (row 5, column F) → rejected.
 * - an activity of "三亩" (产业 row 5, the area column) → rejected.
 * Total 2,800 + 500 + 1,200 = 4,500.00 (肆仟伍佰元整).
 */
async function villageRoster(path: string) {
  await writeRoster(path, {
    households: [
      {
        rowType: '户主',
        township: '堰口镇',
        village: '罗镇村',
        householdId: 'H001',
        name: '王建国',
        idNumber: WANG,
        category: '监测对象',
        monitoredType: '边缘易致贫户',
        zeroEmployment: '否',
        bankAccount: '6228480000000001234',
        laborer: '是',
        workFrom: '2023-03-01',
        workProvince: '广东省',
        workCity: '东莞市',
      },
      {
        rowType: '户主',
        township: '堰口镇',
        village: '罗镇村',
        householdId: 'H002',
        name: '张三',
        idNumber: ZHANG,
        category: '脱贫户',
        bankAccount: '6228480000000005678',
      },
      {
        rowType: '户主',
        township: '堰口镇',
        village: '罗镇村',
        householdId: 'H003',
        name: '赵四',
        idNumber: BAD,
        category: '脱贫户',
      },
    ],
    activities: [
      { subjectId: 'H001', type: '养猪', head: 4, income: 3000 },
      { subjectId: 'H002', type: '茶园', areaMu: 2 },
      { subjectId: 'H002', type: '天麻', areaMu: '三亩', income: 5000 },
    ],
  });
}

/** Opens 名册筛查, screens `roster` as of 2023-12-31 and waits for the results; returns their heading. */
async function screenRoster(page: Page, roster: string) {
  await page.goto(`${baseUrl}#/roster`);
  await page.getByRole('heading', { level: 2, name: '名册筛查' }).waitFor();
  await page.getByLabel('测算日期').fill('2023-12-31');
  await page.getByLabel('名册文件').setInputFiles(roster);
  const done = page.getByTestId('roster-done');
  await done.waitFor({ timeout: 60_000 });
  return done;
}

describe('名册筛查 in Chromium: an .xlsx roster screened in the browser', () => {
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('upload → awards, errors by row and column, the workbook downloaded; nothing leaves the browser', async () => {
    const { page } = browser;
    const roster = join(dir, '罗镇村名册.xlsx');
    await villageRoster(roster);
    const requests: { method: string; url: string }[] = [];
    page.on('request', (r) => requests.push({ method: r.method(), url: r.url() }));

    const done = await screenRoster(page, roster);
    expect(await done.textContent()).toContain(
      '罗镇村名册.xlsx：已筛查 2 户（主体），3 条补助，合计 ¥4,500.00',
    );
    expect(await page.getByTestId('roster-capital').textContent()).toBe('大写：肆仟伍佰元整');
    // the rejected rows, by sheet, row and column, in both languages
    const issues = page.getByTestId('roster-issues');
    const checkDigit = issues.getByRole('row', { name: /农户及成员!F5/ });
    expect(await checkDigit.textContent()).toMatch(/校验码不符/);
    const area = issues.getByRole('row', { name: new RegExp(AREA) });
    expect(await area.textContent()).toContain('三亩');
    expect(await page.getByText('有 2 行数据有误，未参加筛查').count()).toBe(1);
    // lines and the publicity list (masked: first 6 and last 4)
    const details = page.getByTestId('roster-details');
    expect(await details.getByRole('row', { name: /王建国.*¥2,800\.00/ }).count()).toBe(1);
    expect(await details.getByRole('row', { name: /¥500\.00/ }).count()).toBe(1);
    const publicity = page.getByTestId('roster-publicity');
    expect(await publicity.textContent()).toContain(`${WANG.slice(0, 6)}********${WANG.slice(-4)}`);
    expect(await publicity.textContent()).not.toContain(WANG);

    // screened on a worker thread of the app itself; no request carried the file anywhere
    expect(requests.some((r) => /roster\.worker-[\w-]+\.js$/.test(r.url))).toBe(true);
    const origin = new URL(baseUrl).origin;
    expect(requests.filter((r) => r.method !== 'GET' || !r.url.startsWith(origin))).toEqual([]);

    // the workbook, downloaded as a caseworker would
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('roster-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('罗镇村名册-筛查结果.xlsx');
    const saved = join(dir, 'downloaded.xlsx');
    await download.saveAs(saved);
    const book = await readWorkbook(saved);
    expect(Object.keys(book)).toEqual(['明细', '汇总', '异常', '公示名单']);
    const lines = records(book.明细 ?? []).filter((r) => r.状态 === '符合');
    expect(lines.map((r) => r['金额（元）'])).toEqual([2800, 500, 1200]);
    const list = records(book.公示名单 ?? []).filter((r) => typeof r['金额（元）'] === 'number');
    expect(list.map((r) => [r['户主/名称'], r.身份证号, r['金额（元）']])).toEqual([
      ['王建国', `${WANG.slice(0, 6)}********${WANG.slice(-4)}`, 2800],
      ['王建国', `${WANG.slice(0, 6)}********${WANG.slice(-4)}`, 500],
      ['张三', `${ZHANG.slice(0, 6)}********${ZHANG.slice(-4)}`, 1200],
    ]);
    const exceptions = records(book.异常 ?? []);
    expect(
      exceptions
        .filter((r) => r.未筛查 === '是')
        .map((r) => `${r.工作表}!${r.列}${r.行}`)
        .sort(),
    ).toEqual([AREA, '农户及成员!F5']);

    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}roster-1280.png`, fullPage: true });

    // a reload keeps the results (in this browser's IndexedDB), the workbook included
    await page.reload();
    await done.waitFor();
    expect(await done.textContent()).toContain('合计 ¥4,500.00');
    expect(await page.getByText(/这是上次（.*）筛查的结果，保存在本机浏览器中/).count()).toBe(1);
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('roster-download').click(),
    ]);
    const savedAgain = join(dir, 'downloaded-again.xlsx');
    await again.saveAs(savedAgain);
    expect(records((await readWorkbook(savedAgain)).公示名单 ?? []).length).toBe(list.length + 2);

    // the publicity list, printed as a caseworker prints it: the button opens the print dialog
    // (counted here), and what the printer gets is the page in print media
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed++;
      };
    });
    const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);
    await page.getByRole('button', { name: '打印公示名单' }).click();
    await expect.poll(printed).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(`${ARTIFACTS}roster-publicity.pdf`, pdf);
    const text = pdfSearchText(pdf);
    expect(pdfPages(pdf)).toHaveLength(1);
    expect(text).toContain('堰口镇罗镇村衔接资金补助公示名单');
    expect(text).toContain('测算日期2023-12-31');
    expect(text).toContain(`${WANG.slice(0, 6)}********${WANG.slice(-4)}`);
    expect(text).not.toContain(WANG);
    expect(text).toContain('合计(大写:肆仟伍佰元整)¥4,500.00');
    expect(text).toContain('公示期:');
    expect(text).toContain('村(社区)委会(盖章)');
    expect(text).not.toContain('下载结果工作簿');

    // the award roll (花名册), to sign and file: every eligible line with its clause and figures
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: '打印补助花名册' }).click();
    await expect.poll(printed).toBe(2);
    await page.emulateMedia({ media: 'print' });
    const roll = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(`${ARTIFACTS}roster-awards.pdf`, roll);
    const rollText = pdfSearchText(roll);
    expect(pdfPages(roll)).toHaveLength(1);
    expect(rollText).toContain('堰口镇罗镇村衔接资金补助花名册');
    expect(rollText).toContain('监测对象当年养猪(五(一)4(4))4头¥700.00¥2,800.00');
    expect(rollText).toContain('脱贫户低产低效茶园改造(五(一)4(3))2亩¥600.00¥1,200.00');
    expect(rollText).toContain('合计(大写:肆仟伍佰元整)¥4,500.00');
    expect(rollText).toContain('镇(街道)审核');
    expect(rollText).not.toContain('公示期');

    // on a phone, in English: the results fit the screen; wide tables scroll inside their box
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Roster screening' }).waitFor();
    expect(await done.textContent()).toContain(
      '2 households (subjects) screened, 3 award lines, total ¥4,500.00',
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}roster-en-360.png`, fullPage: true });
    await page.getByRole('button', { name: '中文' }).click();

    // and removed on request: a reload then starts empty
    await page.getByRole('button', { name: '清除本机保存的结果' }).click();
    expect(await done.count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: '名册筛查' }).waitFor();
    await page.waitForTimeout(300);
    expect(await done.count()).toBe(0);
  });

  test('a file that is not a workbook gets a clear message in both languages; the template downloads', async () => {
    const { page } = browser;
    const broken = join(dir, '名册.xlsx');
    await writeFile(broken, 'plain text, not a zip');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${baseUrl}#/roster`);
    await page.getByLabel('名册文件').setInputFiles(broken);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('名册.xlsx 不是有效的 .xlsx 文件');
    expect(await alert.textContent()).toContain('is not a valid .xlsx file');
    await page.screenshot({ path: `${ARTIFACTS}roster-error-360.png`, fullPage: true });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}roster-error-360.png`, fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载名册模板（.xlsx）' }).click(),
    ]);
    const path = join(dir, 'template.xlsx');
    await download.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((s) => s.name)).toContain('农户及成员');
  });

  test('offline after the first visit: the roster view, its worker and the template come from the cache', async () => {
    const { page, context } = browser;
    const roster = join(dir, '离线名册.xlsx');
    await villageRoster(roster);
    await page.goto(baseUrl);
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    });
    await context.setOffline(true);
    const done = await screenRoster(page, roster);
    expect(await done.textContent()).toContain('合计 ¥4,500.00');
    const template = await page.evaluate(async () => {
      const r = await fetch('huinong-roster-template.xlsx');
      return { ok: r.ok, size: (await r.arrayBuffer()).byteLength };
    });
    expect(template.ok).toBe(true);
    expect(template.size).toBeGreaterThan(1000);
  });
});
