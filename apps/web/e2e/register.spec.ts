import { idNumberCheckDigit } from '@huinong/benefits';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { axeViolations, monitoredHousehold, next } from './flows.ts';

const baseUrl = inject('baseUrl');
const browsers: Browser[] = [];
const phone = { width: 360, height: 740 };
const id18 = (first17: string) => `${first17}${idNumberCheckDigit(first17)}`;

/**
 * Three 监测对象 households of 白龙塘村, each raising pigs (西乡 2023 五(一)4(4): 2头及以上、收入
 * 2000元以上, 700 元/头), computed by hand: 王大山 4 头 → 2,800; 李二 3 头 → 2,100; 张三 5 头 → 3,500.
 */
const HOUSEHOLDS = [
  {
    name: '王大山',
    head: '4',
    id: id18('61072419800101123'),
    account: '6228480000000001234',
    amount: '¥2,800.00',
  },
  {
    name: '李二',
    head: '3',
    id: id18('61072419750505001'),
    account: '6228480000000005678',
    amount: '¥2,100.00',
  },
  {
    name: '张三',
    head: '5',
    id: id18('61072419700303002'),
    account: '6228480000000009012',
    amount: '¥3,500.00',
  },
] as const;

async function open(): Promise<Browser> {
  const b = await openBrowser(phone);
  browsers.push(b);
  return b;
}

async function screenAndSave(page: Page, h: (typeof HOUSEHOLDS)[number]) {
  await monitoredHousehold(page, h.head, '3000');
  await next(page); // 家庭成员
  await next(page); // 核对
  await page.getByLabel('户主姓名').fill(h.name);
  await page.getByLabel('镇（街道）').fill('堰口镇');
  await page.getByLabel('村', { exact: true }).fill('白龙塘村');
  await page.getByRole('button', { name: '查看测算结果' }).click();
  await page.getByLabel('身份证号').fill(h.id);
  await page.getByLabel('“一卡通”账号').fill(h.account);
  await page.getByRole('button', { name: '保存到台账' }).click();
  await page.getByRole('status').filter({ hasText: '已保存到台账' }).waitFor();
}

/** The register's rows as shown: name, status, amount. */
async function rows(page: Page): Promise<string[][]> {
  await page.locator('.register-table').first().waitFor();
  return page
    .locator('.register-table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('th a, td')].slice(0, 3).map((c) => (c.textContent ?? '').trim()),
      ),
    );
}

async function step(page: Page, button: string, date: string) {
  await page.getByLabel('日期', { exact: true }).fill(date);
  await page.getByRole('button', { name: button, exact: true }).click();
}

describe('the register (台账) on a phone, in Chromium with real IndexedDB', () => {
  afterEach(async () => {
    for (const b of browsers.splice(0)) await b.close();
  });

  test('three households saved; after a reload, in a fresh browser from the export (never twice); one paid', async () => {
    const { page } = await open();
    await page.goto(baseUrl);
    for (const h of HOUSEHOLDS) {
      await screenAndSave(page, h);
      // saving again updates the same case
      if (h === HOUSEHOLDS[0]) {
        await page.getByRole('button', { name: '保存到台账' }).click();
        await page.getByRole('status').filter({ hasText: '已更新台账中的案件' }).waitFor();
      }
      await page.getByRole('button', { name: '重新开始' }).click();
      await page.getByRole('button', { name: '确认清空全部填写？' }).click();
      await page.getByRole('radio', { name: /^农户/ }).waitFor();
    }
    await page.getByRole('link', { name: '台账' }).click();
    const expected = [
      // code-point order of the names: 张 (U+5F20), 李 (U+674E), 王 (U+738B)
      ['张三', '申请', '¥3,500.00'],
      ['李二', '申请', '¥2,100.00'],
      ['王大山', '申请', '¥2,800.00'],
    ];
    expect(await rows(page)).toEqual(expected);
    expect(await page.getByRole('heading', { name: /堰口镇 白龙塘村：3 户，合计 ¥8,400.00/ }).count()).toBe(
      1,
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${ARTIFACTS}register-360.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    expect(await rows(page)).toEqual(expected);
    await page.getByLabel('查找（姓名、身份证号或村）').fill(HOUSEHOLDS[1].id.slice(-6));
    expect((await rows(page)).map((r) => r[0])).toEqual(['李二']);
    await page.getByLabel('查找（姓名、身份证号或村）').fill('');

    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出台账（名册工作簿 .xlsx）' }).click(),
    ]);
    const file = `${ARTIFACTS}register-export.xlsx`;
    await exported.saveAs(file);
    // the export is a roster workbook of the pack's template
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '农户及成员', '产业', '村集体', '经营主体']);
    expect(wb.getWorksheet('农户及成员')?.getCell('E3').value).toBe('张三');

    // a fresh browser (a new user-data-dir): import the export, then import it again
    const other = (await open()).page;
    await other.goto(`${baseUrl}#/register`);
    await other.getByRole('heading', { name: '台账' }).waitFor();
    const input = other.getByLabel('导入名册工作簿（可多选，镇汇总各村）');
    await input.setInputFiles(file);
    await other.getByRole('status').filter({ hasText: '新增 3 户' }).waitFor();
    expect(await rows(other)).toEqual(expected);
    await input.setInputFiles(file);
    await other.getByRole('status').filter({ hasText: '新增 0 户，重复 3 户' }).waitFor();
    expect(await rows(other)).toEqual(expected);

    // 王大山 through every step to 发放 (村 5 天, 镇 7 天, 县 10 天: the defaults)
    await other.getByRole('link', { name: '王大山' }).click();
    await other.getByRole('heading', { name: '王大山' }).waitFor();
    await other.getByLabel('经办人姓名').fill('李村长');
    await step(other, '提交申请', '2024-01-02');
    await step(other, '审核通过', '2024-01-03');
    await step(other, '张贴公示', '2024-01-04');
    // posted 01-04 for 5 days: 01-05 … 01-09, closes from 01-10
    expect(await other.getByTestId('case-period').textContent()).toContain('2024-01-10 起方可结束公示');
    // re-screening after the list is posted is refused, with the reason
    await other.getByRole('button', { name: '按当前政策包重新筛查' }).click();
    await expect.poll(() => other.getByRole('alert').textContent()).toContain('公示后不能重新筛查');
    await step(other, '公示结束', '2024-01-09');
    await expect
      .poll(() => other.getByRole('alert').textContent())
      .toContain('村级公示期5天（2024-01-04张贴，公示期2024-01-05至2024-01-09），2024-01-10起方可结束');
    await expect.poll(() => other.getByTestId('case-status').textContent()).toBe('村级公示（公示中）');
    await step(other, '公示结束', '2024-01-10');
    await expect.poll(() => other.getByTestId('case-status').textContent()).toBe('镇审核验收');

    await other.getByLabel('办理人身份').selectOption({ label: '镇(街道)工作人员' });
    await other.getByLabel('经办人姓名').fill('赵干事');
    await step(other, '审核通过', '2024-01-11');
    await step(other, '张贴公示', '2024-01-12');
    await step(other, '公示结束', '2024-01-20');
    await expect.poll(() => other.getByTestId('case-status').textContent()).toBe('县级审批');

    await other.getByLabel('办理人身份').selectOption({ label: '县级工作人员' });
    await other.getByLabel('经办人姓名').fill('孙科长');
    await step(other, '审核通过', '2024-01-21');
    await step(other, '张贴公示', '2024-01-22');
    // 10 days: 01-23 … 02-01, closes from 02-02
    await step(other, '公示结束', '2024-02-01');
    await expect.poll(() => other.getByRole('alert').textContent()).toContain('2024-02-02起方可结束');
    await step(other, '公示结束', '2024-02-02');
    await step(other, '通过“一卡通”发放', '2024-02-05');
    await expect.poll(() => other.getByTestId('case-status').textContent()).toBe('已发放');
    expect(await other.locator('.log-table tbody tr').count()).toBe(11);
    await other.screenshot({ path: `${ARTIFACTS}register-case-360.png`, fullPage: true });
    expect(await axeViolations(other)).toEqual([]);

    // the 发放清册 of the village, read back
    await other.getByRole('link', { name: '← 返回台账' }).click();
    await other.getByLabel('张贴日期').fill('2024-02-05');
    const [paid] = await Promise.all([
      other.waitForEvent('download'),
      other.getByRole('button', { name: '下载“一卡通”发放清册（.xlsx）' }).click(),
    ]);
    const list = `${ARTIFACTS}register-payment.xlsx`;
    await paid.saveAs(list);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(list);
    const sheet = book.getWorksheet('发放清册');
    if (!sheet) throw new Error('no 发放清册 sheet');
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(1)[0]).toBe('堰口镇 白龙塘村“一卡通”发放清册');
    expect(String(values(2)[0])).toMatch(
      /^政策包 xixiang-2023 v\S+（.+）　引擎 0\.1\.0　制表日期 2024-02-05$/,
    );
    expect(String(values(3)[0])).toMatch(/^校验值 SHA-256：[0-9a-f]{64}$/);
    expect(values(4)).toEqual(['序号', '姓名', '身份证号', '“一卡通”账号', '补助项目', '金额（元）', '村']);
    // the ID and account masked (the county's default): first 6 and last 4
    expect(values(5)).toEqual([
      1,
      '王大山',
      `610724********${HOUSEHOLDS[0].id.slice(-4)}`,
      '622848*********1234',
      '监测对象当年养猪',
      2800,
      '白龙塘村',
    ]);
    expect(values(6)).toEqual(['合计', '1户', undefined, undefined, undefined, 2800]);
    expect(values(7)).toEqual(['大写', '贰仟捌佰元整']);

    // the list checked against the register: it matches
    await other.getByLabel('核对以前导出的名单（.json 或发放清册 .xlsx）').setInputFiles(list);
    await other.getByRole('status').filter({ hasText: '名单与台账一致' }).waitFor();
  });
});
