import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { idNumberCheckDigit } from '@huinong/benefits';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { tempDir, writeRoster } from '../../cli/test/helpers.ts';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { axeViolations, next } from './flows.ts';
import { normalizeCjk, pdfPages, pdfSearchText } from './pdf-text.ts';
import { english, strayChinese } from './stray-chinese.ts';

const baseUrl = inject('baseUrl');
const browsers: Browser[] = [];
const phone = { width: 360, height: 740 };
const dir = tempDir();
const id18 = (first17: string) => `${first17}${idNumberCheckDigit(first17)}`;

const WANG = { name: '王大山', id: id18('61072419800101123'), account: '6228480000000001234' };
const LI = { name: '李二', id: id18('61072419750505001'), account: '6228480000000005678' };
/** first 6 and last 4 shown (the county's default, and always on a 公示名单) */
const masked = (n: string) => `${n.slice(0, 6)}${'*'.repeat(n.length - 10)}${n.slice(-4)}`;

/** how long a step may take to show (a loaded machine; the default second is short) */
const SOON = { timeout: 10_000 } as const;

const PLAN = '西乡县2023年度统筹整合使用财政涉农资金中期调整实施方案';

/**
 * The awards, computed by hand from the 西乡 2023 plan (pack xixiang-2023) for the households
 * entered below, both 监测对象（脱贫不稳定户） of 堰口镇 白龙塘村:
 * - 王大山 raises 4 pigs on ¥3,000 income: 五(一)4(4) 1. 当年养猪2头及以上、收入2000元以上, 700 元/头
 *   → 4 × 700 = 2,800.00; and 7 sheep on ¥2,500: 五(一)4(4) 2. 当年养羊5只及以上、收入2000元以上,
 *   200 元/头 → 7 × 200 = 1,400.00. Total 2,800 + 1,400 = 4,200.00, 肆仟贰佰元整.
 * - 李二 raises 3 pigs on ¥3,000: 3 × 700 = 2,100.00, 贰仟壹佰元整.
 * The village: 2 户, 4,200 + 2,100 = 6,300.00, 陆仟叁佰元整.
 */

/** The text of a PDF with the radicals folded and the blanks removed: does it hold `needle`? */
const has = (text: string, needle: string) => text.includes(normalizeCjk(needle).replace(/\s+/g, ''));

async function open(): Promise<Browser> {
  const b = await openBrowser(phone);
  browsers.push(b);
  return b;
}

/** 逐户测算 as a user fills it in: a 监测对象 with pigs (and sheep), then 保存到台账. */
async function screenAndSave(
  page: Page,
  h: { name: string; id: string; account: string },
  pigs: string,
  sheep: string | null,
) {
  await page.getByRole('radio', { name: /^农户/ }).check();
  await next(page);
  await page.getByRole('radio', { name: /^监测对象/ }).check();
  await page.getByRole('radio', { name: '脱贫不稳定户', exact: true }).check();
  await next(page);
  await page.getByRole('checkbox', { name: '当年养猪', exact: true }).check();
  if (sheep) await page.getByRole('checkbox', { name: '当年养羊', exact: true }).check();
  await next(page);
  const pig = page.getByRole('group', { name: '当年养猪' });
  await pig.getByLabel('头数（头）').fill(pigs);
  await pig.getByLabel('当年收入（元）').fill('3000');
  if (sheep) {
    const s = page.getByRole('group', { name: '当年养羊' });
    await s.getByLabel('只数（只）').fill(sheep);
    await s.getByLabel('当年收入（元）').fill('2500');
  }
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
  await page.getByRole('button', { name: '重新开始' }).click();
  await page.getByRole('button', { name: '确认清空全部填写？' }).click();
  await page.getByRole('radio', { name: /^农户/ }).waitFor();
}

/** A roster workbook of the two households (王大山 4 pigs, 李二 3 pigs: ¥2,800 and ¥2,100). */
async function roster(file: string): Promise<string> {
  const path = join(dir, file);
  const head = { rowType: '户主', township: '堰口镇', village: '白龙塘村', category: '监测对象' };
  await writeRoster(path, {
    households: [
      {
        ...head,
        householdId: 'H001',
        name: WANG.name,
        idNumber: WANG.id,
        monitoredType: '脱贫不稳定户',
        bankAccount: WANG.account,
      },
      {
        ...head,
        householdId: 'H002',
        name: LI.name,
        idNumber: LI.id,
        monitoredType: '脱贫不稳定户',
        bankAccount: LI.account,
      },
    ],
    activities: [
      { subjectId: 'H001', type: '养猪', head: 4, income: 3000 },
      { subjectId: 'H002', type: '养猪', head: 3, income: 3000 },
    ],
  });
  return path;
}

/** Dates the step and takes it by its button. */
async function step(page: Page, button: string, date: string, note?: string) {
  await page.getByLabel('日期', { exact: true }).fill(date);
  if (note !== undefined) await page.getByLabel('意见或备注').fill(note);
  const entries = page.locator('.log-table tbody tr');
  const alert = page.getByRole('alert');
  const before = await entries.count();
  const refusedBefore = (await alert.allTextContents())[0] ?? null;
  await page.getByRole('button', { name: button, exact: true }).click();
  // taken: the log has one more entry; refused: a reason is shown (another than the last one)
  await expect
    .poll(async () => {
      if ((await entries.count()) > before) return 'settled';
      const refused = (await alert.allTextContents())[0] ?? null;
      return refused !== null && refused !== refusedBefore ? 'settled' : 'waiting';
    }, SOON)
    .toBe('settled');
}

async function actAs(page: Page, role: string, name: string) {
  await page.getByLabel('办理人身份').selectOption({ label: role });
  await page.getByLabel('经办人姓名').fill(name);
}

const status = (page: Page) => page.getByTestId('case-status').textContent();

/** Opens a case from the register's list. */
async function openCase(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

async function backToRegister(page: Page) {
  await page.getByRole('link', { name: '← 返回台账' }).click();
  await page.getByRole('heading', { name: '台账', exact: true }).waitFor();
}

/** 村 5 天, 镇 7 天 (the defaults): the village and township steps, dated by hand, to 县级审批. */
async function toCountyApproval(page: Page) {
  await actAs(page, '村干部', '李村长');
  await step(page, '提交申请', '2024-01-02');
  await step(page, '审核通过', '2024-01-03');
  await step(page, '张贴公示', '2024-01-04');
  // posted 01-04 for 5 days: 01-05 … 01-09, closes from 01-10
  await step(page, '公示结束', '2024-01-10');
  await actAs(page, '镇(街道)工作人员', '赵干事');
  await step(page, '审核通过', '2024-01-11');
  await step(page, '张贴公示', '2024-01-12');
  // posted 01-12 for 7 days: 01-13 … 01-19, closes from 01-20
  await step(page, '公示结束', '2024-01-20');
  await actAs(page, '县级工作人员', '孙科长');
  await step(page, '审核通过', '2024-01-21');
  expect(await status(page)).toBe('县级公示（待张贴）');
}

/** The width of an A4 sheet inside the print stylesheet's margins, in CSS px (96 per inch). */
const PRINTABLE = {
  portrait: Math.floor(((210 - 2 * 15) * 96) / 25.4),
  landscape: Math.floor(((297 - 2 * 12) * 96) / 25.4),
};

/**
 * What of the open document does not fit the printable width of its sheet, laid out with the print
 * stylesheet at that width: elements sticking out of the document, a document wider than the
 * sheet, a table that scrolls. Empty when nothing is cut off at the sides.
 */
async function cutOff(page: Page, width: number): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width, height: 1100 });
  const out = await page.evaluate(() => {
    const doc = document.querySelector('article.doc');
    if (!doc) return ['no document'];
    const box = doc.getBoundingClientRect();
    const bad: string[] = [];
    if (box.left < -0.5 || box.right > window.innerWidth + 0.5)
      bad.push(`the document ${box.left}–${box.right} on a sheet of ${window.innerWidth}`);
    if (document.documentElement.scrollWidth > window.innerWidth) bad.push('the page scrolls sideways');
    for (const el of doc.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
        bad.push(`${el.tagName.toLowerCase()}.${el.className} › ${(el.textContent ?? '').slice(0, 30)}`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        bad.push(`${el.tagName.toLowerCase()}.${el.className} scrolls`);
    }
    return bad;
  });
  await page.emulateMedia({ media: null });
  await page.setViewportSize(phone);
  return out;
}

/** The page size of every page of a PDF, in points, from its MediaBoxes. */
function sheets(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => {
    const [w, h] = [Number(m[1]), Number(m[2])];
    // A4 is 595.28 × 841.89 pt
    const a4 = (a: number, b: number) => Math.abs(a - 595.3) < 2 && Math.abs(b - 841.9) < 2;
    return a4(w, h) ? 'A4 portrait' : a4(h, w) ? 'A4 landscape' : `${w}×${h}`;
  });
}

/**
 * Prints the open document as the browser's print does (the print stylesheet, its @page size),
 * keeps the PDF in the artifacts and checks it whole on A4: the sheets, nothing cut off at the
 * sides, the last line (its 校验值) printed. Returns the PDF's text for the checks of its content.
 */
async function printed(page: Page, file: string, orientation: 'portrait' | 'landscape' = 'portrait') {
  await page.locator('article.doc').waitFor();
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
  await writeFile(`${ARTIFACTS}${file}.pdf`, pdf);
  const pages = pdfPages(pdf);
  expect(sheets(pdf), file).toEqual(pages.map(() => `A4 ${orientation}`));
  // no sheet left blank (a sheet pushed out by what the screen needs and paper does not)
  expect(
    pages.map((p) => p.trim().length > 0),
    `${file}: a blank sheet`,
  ).toEqual(pages.map(() => true));
  expect(await cutOff(page, PRINTABLE[orientation]), file).toEqual([]);
  const text = pdfSearchText(pdf);
  // no navigation on paper
  for (const control of ['打印 / 存为 PDF', '返回', '保存名单校验文件'])
    expect(has(text, control), control).toBe(false);
  return { text, pages };
}

/** The 校验值 on screen and on paper: the same 64 hex digits. */
async function hashOf(page: Page, testId: string, text: string): Promise<string> {
  const hash = (await page.getByTestId(testId).textContent()) ?? '';
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  expect(has(text, `校验值（SHA-256）：${hash}`)).toBe(true);
  return hash;
}

function expectAll(text: string, needles: readonly string[], what: string) {
  expect(
    needles.filter((n) => !has(text, n)),
    `${what}: not printed`,
  ).toEqual([]);
}

/** Never a full 身份证号 or account on paper: only masked. */
function expectMasked(text: string, ...people: (typeof WANG)[]) {
  for (const p of people) {
    expect(text.includes(p.id), `${p.name}'s full ID number`).toBe(false);
    expect(text.includes(p.account), `${p.name}'s full account`).toBe(false);
    expect(has(text, masked(p.id)), `${p.name}'s masked ID number`).toBe(true);
  }
}

describe('the register’s printed forms and lists, its English, and an objection, in Chromium at 360 px', () => {
  afterEach(async () => {
    for (const b of browsers.splice(0)) await b.close();
  });

  test('申请表, 验收表, 审批表 and the 公示名单 of each stage printed: whole on A4, with what each must carry', async () => {
    const { page } = await open();
    await page.goto(baseUrl);
    await screenAndSave(page, WANG, '4', '7');
    await screenAndSave(page, LI, '3', null);
    await page.getByRole('link', { name: '台账' }).click();
    await page.getByRole('heading', { name: '堰口镇 白龙塘村：2 户，合计 ¥6,300.00' }).waitFor();
    // the 制表人 printed on every form and list
    await page.getByText('公示期与显示设置').click();
    await page.getByLabel('制表人').fill('周会计');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByRole('status').filter({ hasText: '设置已保存在本机' }).waitFor();

    // 李二 to the village 公示 (posted 01-04); 王大山 through every step to 发放
    await openCase(page, LI.name);
    await actAs(page, '村干部', '李村长');
    await step(page, '提交申请', '2024-01-02');
    await step(page, '审核通过', '2024-01-03');
    await step(page, '张贴公示', '2024-01-04');
    await backToRegister(page);
    await openCase(page, WANG.name);
    await toCountyApproval(page);
    await step(page, '张贴公示', '2024-01-22');
    // 10 days: 01-23 … 02-01, closes from 02-02
    await step(page, '公示结束', '2024-02-02');
    await step(page, '通过“一卡通”发放', '2024-02-05');
    await expect.poll(() => status(page), SOON).toBe('已发放');

    // 申请表
    await page.getByRole('button', { name: '申请表', exact: true }).click();
    await page.getByRole('heading', { name: '衔接资金奖补申请表' }).waitFor();
    const application = await printed(page, 'register-application');
    expect(application.pages).toHaveLength(1);
    expectAll(
      application.text,
      [
        PLAN,
        '衔接资金奖补申请表',
        '编号：2023-0001',
        '申请人 王大山 主体类型 农户',
        `身份证号 ${masked(WANG.id)} “一卡通”账号 622848*********1234`,
        '镇（街道）、村 堰口镇 白龙塘村 农户类别 监测对象（脱贫不稳定户）',
        // each line: item, clause, quantity, standard, amount
        '监测对象当年养猪 五(一)4(4) 4 头 ¥700.00/头 ¥2,800.00',
        '监测对象当年养羊 五(一)4(4) 7 只 ¥200.00/只 ¥1,400.00',
        '合计 ¥4,200.00',
        '金额（大写） 肆仟贰佰元整',
        '本人承诺',
        '申请人签字（按手印）',
        '村级评议意见 负责人签字：＿＿＿＿＿＿（盖章）',
        '年　　月　　日',
        '制表人：周会计',
        '政策包 xixiang-2023 v1　引擎 0.1.0　测算日期 2023-12-31　打印日期',
      ],
      '申请表',
    );
    expectMasked(application.text, WANG);
    const applicationHash = await hashOf(page, 'form-hash', application.text);
    await page.getByRole('button', { name: '返回', exact: true }).click();

    // 验收表: the same award, so the same 校验值
    await page.getByRole('button', { name: '验收表', exact: true }).click();
    await page.getByRole('heading', { name: '衔接资金奖补项目验收表' }).waitFor();
    const acceptance = await printed(page, 'register-acceptance');
    expect(acceptance.pages).toHaveLength(1);
    expectAll(
      acceptance.text,
      [
        PLAN,
        '衔接资金奖补项目验收表',
        '编号：2023-0001',
        '申请人 王大山',
        '项目 申报数量 验收数量 验收结论 金额（元）',
        '监测对象当年养猪（五(一)4(4)） 4 头 □合格　□不合格 ¥2,800.00',
        '监测对象当年养羊（五(一)4(4)） 7 只 □合格　□不合格 ¥1,400.00',
        '合计 ¥4,200.00',
        '金额（大写） 肆仟贰佰元整',
        '验收人员签字',
        '镇（街道）审核验收意见 负责人签字：＿＿＿＿＿＿（盖章）',
        '制表人：周会计',
        '政策包 xixiang-2023 v1　引擎 0.1.0　测算日期 2023-12-31',
      ],
      '验收表',
    );
    expectMasked(acceptance.text, WANG);
    expect(await hashOf(page, 'form-hash', acceptance.text)).toBe(applicationHash);
    await page.getByRole('button', { name: '返回', exact: true }).click();

    // 审批表: who passed each review and when each list was up, and the whole log
    await page.getByRole('button', { name: '审批表（含办理记录）' }).click();
    await page.getByRole('heading', { name: '衔接资金奖补审批表' }).waitFor();
    const approval = await printed(page, 'register-approval');
    expectAll(
      approval.text,
      [
        PLAN,
        '衔接资金奖补审批表',
        '测算金额 ¥4,200.00（肆仟贰佰元整）',
        '当前状态 已发放',
        '申请项目 监测对象当年养猪、监测对象当年养羊',
        '村级评议意见 2024-01-03 李村长',
        '村级公示 2024-01-04 — 2024-01-10',
        '镇（街道）审核验收意见 2024-01-11 赵干事',
        '镇（街道）公示 2024-01-12 — 2024-01-20',
        '县级审批意见 2024-01-21 孙科长',
        '县级公示 2024-01-22 — 2024-02-02',
        '日期 事项 身份 经办人 办理后状态 备注',
        '2024-01-02 提交申请 村干部 李村长 村级评议',
        '2024-01-03 审核通过 村干部 李村长 村级公示（待张贴）',
        '2024-01-04 张贴公示 村干部 李村长 村级公示（公示中）',
        '2024-01-10 公示结束 村干部 李村长 镇审核验收',
        '2024-01-11 审核通过 镇(街道)工作人员 赵干事 镇公示（待张贴）',
        '2024-01-12 张贴公示 镇(街道)工作人员 赵干事 镇公示（公示中）',
        '2024-01-20 公示结束 镇(街道)工作人员 赵干事 县级审批',
        '2024-01-21 审核通过 县级工作人员 孙科长 县级公示（待张贴）',
        '2024-01-22 张贴公示 县级工作人员 孙科长 县级公示（公示中）',
        '2024-02-02 公示结束 县级工作人员 孙科长 县级公示期满（待发放）',
        '2024-02-05 通过“一卡通”发放 县级工作人员 孙科长 已发放',
        '县级审批意见 负责人签字：＿＿＿＿＿＿（盖章）',
        '制表人：周会计',
        '政策包 xixiang-2023 v1　引擎 0.1.0　测算日期 2023-12-31',
      ],
      '审批表',
    );
    expectMasked(approval.text, WANG);
    // the log is part of what the 审批表 vouches for: its 校验值 is not the award's alone
    expect(await hashOf(page, 'form-hash', approval.text)).not.toBe(applicationHash);
    // a row of the log is never cut across two sheets
    for (const row of ['2024-01-21审核通过县级工作人员孙科长', '2024-02-05通过“一卡通”发放'])
      expect(approval.pages.filter((p) => has(normalizeCjk(p).replace(/\s+/g, ''), row))).toHaveLength(1);
    await page.getByRole('button', { name: '返回', exact: true }).click();
    await backToRegister(page);

    // the village's 村级公示名单: its date from the log, both households, the subtotal
    expect(await page.getByTestId('docs-posted').textContent()).toBe('张贴日期按办理记录：2024-01-04。');
    expect(await page.getByLabel('张贴日期').inputValue()).toBe('2024-01-04');
    await page.getByRole('button', { name: '打印公示名单' }).click();
    await page.getByRole('heading', { name: '堰口镇 白龙塘村村级公示名单' }).waitFor();
    const villageList = await printed(page, 'register-publicity-village');
    expect(villageList.pages).toHaveLength(1);
    expectAll(
      villageList.text,
      [
        PLAN,
        '堰口镇 白龙塘村村级公示名单',
        // posted 01-04 for 5 days: 01-05 … 01-09
        '公示期：2024-01-04 张贴，2024-01-05 至 2024-01-09（5天）。如有异议，请在公示期内向村委会或镇（街道）反映。',
        '序号 姓名 身份证号 村 补助项目 金额（元）',
        // the register's order: 李 (U+674E) before 王 (U+738B)
        `1 李二 ${masked(LI.id)} 白龙塘村 监测对象当年养猪 ¥2,100.00`,
        `2 王大山 ${masked(WANG.id)} 白龙塘村 监测对象当年养猪、监测对象当年养羊 ¥4,200.00`,
        '合计 2 户 ¥6,300.00',
        '金额（大写） 陆仟叁佰元整',
        '村民委员会（盖章）',
        '经办人：＿＿＿＿＿＿',
        '监督电话：',
        '制表人：周会计',
        '政策包 xixiang-2023 v1　引擎 0.1.0　制表日期 2024-01-04',
      ],
      '村级公示名单',
    );
    expectMasked(villageList.text, WANG, LI);
    await hashOf(page, 'list-hash', villageList.text);
    await page.getByRole('button', { name: '返回', exact: true }).click();

    // the county's: only 王大山 reached it; posted 01-22 for 10 days: 01-23 … 02-01
    await page.getByLabel('公示层级').selectOption({ label: '县级' });
    expect(await page.getByLabel('张贴日期').inputValue()).toBe('2024-01-22');
    await page.getByRole('button', { name: '打印公示名单' }).click();
    await page.getByRole('heading', { name: '堰口镇 白龙塘村县级公示名单' }).waitFor();
    const countyList = await printed(page, 'register-publicity-county');
    expectAll(
      countyList.text,
      [
        '堰口镇 白龙塘村县级公示名单',
        '公示期：2024-01-22 张贴，2024-01-23 至 2024-02-01（10天）。如有异议，请在公示期内向县级主管部门反映。',
        `1 王大山 ${masked(WANG.id)} 白龙塘村 监测对象当年养猪、监测对象当年养羊 ¥4,200.00`,
        '合计 1 户 ¥4,200.00',
        '金额（大写） 肆仟贰佰元整',
        '县级主管部门（盖章）',
      ],
      '县级公示名单',
    );
    expect(has(countyList.text, '李二')).toBe(false);
    expectMasked(countyList.text, WANG);
    await page.getByRole('button', { name: '返回', exact: true }).click();

    // the village's 审批表: thirteen columns on a landscape sheet
    await page.getByLabel('张贴日期').fill('2024-02-05');
    await page.getByRole('button', { name: '打印审批表（本村）' }).click();
    await page.getByRole('heading', { name: '堰口镇 白龙塘村审批表' }).waitFor();
    const villageApproval = await printed(page, 'register-approval-village', 'landscape');
    expectAll(
      villageApproval.text,
      [
        '堰口镇 白龙塘村审批表',
        `1 王大山 ${masked(WANG.id)} 堰口镇 白龙塘村 监测对象当年养猪、监测对象当年养羊 ¥4,200.00 肆仟贰佰元整`,
        '2024-01-03 李村长 2024-01-04至2024-01-10 2024-01-11 赵干事 2024-01-12至2024-01-20 2024-01-21 孙科长',
        '合计 1 户 ¥4,200.00',
        '村民委员会（盖章）',
        '镇人民政府（街道办事处）（盖章）',
        '县级主管部门（盖章）',
        '政策包 xixiang-2023 v1　引擎 0.1.0　制表日期 2024-02-05',
      ],
      '审批表（本村）',
    );
    expectMasked(villageApproval.text, WANG);
    await hashOf(page, 'list-hash', villageApproval.text);
  });

  test('the register in English at 360 px: list, case and its steps, refusals, import and export, settings: no stray Chinese', async () => {
    const { page } = await open();
    const seen: Record<string, string[]> = {};
    const look = async (what: string) => {
      seen[what] = await strayChinese(page);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        `${what}: the page scrolls sideways`,
      ).toBeLessThanOrEqual(0);
    };
    await english(page, baseUrl, '#/register');
    await page.getByRole('heading', { name: 'Register', exact: true }).waitFor();
    await page.getByText(/^No case yet/).waitFor();
    await look('empty register');

    const file = await roster('白龙塘村名册.xlsx');
    const input = page.getByLabel('Import roster workbooks (several: a township merges its villages)');
    await input.setInputFiles(file);
    const imported = page.getByRole('status').filter({ hasText: 'Imported' });
    await imported.waitFor();
    expect(await imported.textContent()).toBe(
      'Imported 白龙塘村名册.xlsx: 2 new, 0 already there (same ID number, not duplicated); 2 in the register. (the roster was screened against the pack; each case is at “applied”)',
    );
    await page.getByRole('heading', { name: '堰口镇 白龙塘村: 2 cases, total ¥4,900.00' }).waitFor();
    await look('list, imported');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Search (name, ID digits or village)').fill(LI.id.slice(-6));
    await page.getByRole('status').filter({ hasText: '1 found' }).waitFor();
    await look('list, searched');
    await page.getByLabel('Search (name, ID digits or village)').fill('');

    // the export, imported again: nothing twice
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the register (roster workbook .xlsx)' }).click(),
    ]);
    const back = join(dir, 'register-export-en.xlsx');
    await exported.saveAs(back);
    await input.setInputFiles(back);
    await page.getByRole('status').filter({ hasText: '0 new, 2 already there' }).waitFor();
    await look('imported again');

    // the settings, a county period below 10 days refused with the rule
    await page.getByText('Publicity periods and display').click();
    await page.getByLabel('County publicity (days, at least 10)').fill('9');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    expect(await page.getByRole('alert').textContent()).toBe(
      'the county publicity is at least 10 days (国开办发〔2017〕50号)',
    );
    await look('settings refused');
    await page.getByLabel('County publicity (days, at least 10)').fill('10');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved on this device.' }).waitFor();

    // a case: its facts, the steps of the role, the log
    await page.getByRole('link', { name: WANG.name, exact: true }).click();
    await page.getByRole('heading', { name: WANG.name }).waitFor();
    expect(await status(page)).toBe('applied');
    await look('case, applied');
    const date = page.getByLabel('Date', { exact: true });
    const take = async (button: string, day: string) => {
      await date.fill(day);
      await page.getByRole('button', { name: button, exact: true }).click();
    };
    const alert = page.getByRole('alert');
    const refused = (reason: string) =>
      expect.poll(async () => (await alert.allTextContents())[0] ?? null, SOON).toBe(reason);
    // no name: refused
    await take('submit the application', '2024-01-02');
    await refused(
      'Refused: the name of the person who makes the step is missing: cannot submit the application',
    );
    await look('refused, no name');
    await page.getByLabel('Handled by (name)').fill('李村长');
    await take('submit the application', '2024-01-02');
    await expect.poll(() => status(page), SOON).toBe('village review');
    await take('pass the review', '2024-01-03');
    await expect.poll(() => status(page), SOON).toBe('village publicity (to be posted)');
    await take('post the publicity list', '2024-01-04');
    await expect.poll(() => status(page), SOON).toBe('village publicity (posted)');
    expect(await page.getByTestId('case-period').textContent()).toBe(
      'village publicity of 5 days: posted 2024-01-04, open 2024-01-05 to 2024-01-09; it can close on or after 2024-01-10.',
    );
    await look('case, posted');
    await take('close the publicity', '2024-01-09');
    await refused(
      'Refused: the village publicity of 5 days (posted 2024-01-04, running 2024-01-05 to 2024-01-09) can close on or after 2024-01-10, not on 2024-01-09',
    );
    await look('refused, too early');
    await take('record an objection', '2024-01-03');
    await refused(
      "Refused: the date 2024-01-03 is before the previous step's (2024-01-04): dates cannot go backwards",
    );
    await page.getByRole('button', { name: 'Screen again with the pack' }).click();
    await expect
      .poll(async () => (await page.getByRole('alert').allTextContents())[0] ?? null, SOON)
      .toBe(
        'the case is at "village publicity (posted)": it cannot be re-screened after publicity; return it first to correct it',
      );
    await look('refused, re-screen');
    await page.getByLabel('Note').fill('a neighbour says the pigs are two');
    await take('record an objection', '2024-01-06');
    await expect.poll(() => status(page), SOON).toBe('village publicity (objection, re-check)');
    expect(await page.getByTestId('case-period').textContent()).toContain(
      'An objection to the village list is under re-check',
    );
    await take('close the publicity', '2024-01-10');
    await refused(
      'Refused: an objection is under re-check: the publicity cannot close before the re-check ends',
    );
    await look('re-check');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Acting as').selectOption({ label: 'township staff' });
    await page.getByText('Nothing for this role to do at this stage.').waitFor();
    await look('another role');
    await page.getByText('Edit the applicant').click();
    await page.getByRole('button', { name: 'Delete the case' }).click();
    expect(await page.locator('.confirm').textContent()).toContain(
      'Delete “王大山” from the register? This cannot be undone.',
    );
    await look('edit and delete');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // a form in English: the plan, the amount in words and the names as written
    await page.getByRole('button', { name: 'Application form' }).click();
    await page.getByRole('heading', { name: 'Award application form' }).waitFor();
    await look('application form');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    // the 审批表 with its log: the steps in English, the names and the note as typed
    await page.getByRole('button', { name: 'Approval form (with the log)' }).click();
    await page.getByRole('heading', { name: 'Award approval form' }).waitFor();
    expect(await page.locator('.log-table tbody tr').last().textContent()).toBe(
      '2024-01-06record an objectionvillage cadre李村长village publicity (objection, re-check)a neighbour says the pigs are two',
    );
    await look('approval form');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('link', { name: '← Back to the register' }).click();
    await page.getByRole('heading', { name: 'Register', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Print the publicity list' }).click();
    await page.getByRole('heading', { name: '堰口镇 白龙塘村 village publicity list' }).waitFor();
    await look('publicity list');
    await page.screenshot({ path: `${ARTIFACTS}register-en-publicity-360.png`, fullPage: true });
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.screenshot({ path: `${ARTIFACTS}register-en-360.png`, fullPage: true });

    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
  });

  test('异议 → 复核 in a county 公示: recorded, the list posted again, closing before its new first day refused', async () => {
    const { page } = await open();
    await page.goto(`${baseUrl}#/register`);
    await page.getByRole('heading', { name: '台账', exact: true }).waitFor();
    await page
      .getByLabel('导入名册工作簿（可多选，镇汇总各村）')
      .setInputFiles(await roster('白龙塘村.xlsx'));
    await page.getByRole('status').filter({ hasText: '新增 2 户' }).waitFor();

    // 李二: an objection to the village list, returned on 复核: back to 申请, off the list
    await openCase(page, LI.name);
    await actAs(page, '村干部', '李村长');
    await step(page, '提交申请', '2024-01-02');
    await step(page, '审核通过', '2024-01-03');
    await step(page, '张贴公示', '2024-01-04');
    await step(page, '登记异议', '2024-01-06', '村民反映李二家养猪不足2头');
    await expect.poll(() => status(page), SOON).toBe('村级公示（异议复核中）');
    await step(page, '复核退回', '2024-01-08', '入户核实仅1头，不符合条件');
    await expect.poll(() => status(page), SOON).toBe('已退回（待重新申请）');
    await backToRegister(page);

    await openCase(page, WANG.name);
    await toCountyApproval(page);
    await step(page, '张贴公示', '2024-01-22');
    const period = page.getByTestId('case-period');
    // posted 01-22 for 10 days: 01-23 … 02-01, closes from 02-02
    expect(await period.textContent()).toBe(
      '县级公示期 10 天：2024-01-22 张贴，2024-01-23 至 2024-02-01，2024-02-02 起方可结束公示。',
    );

    // the objection: who recorded it (role, name), when, and what it says
    await step(page, '登记异议', '2024-01-25', '村民张某反映：王大山家实际养猪2头');
    await expect.poll(() => status(page), SOON).toBe('县级公示（异议复核中）');
    expect(await period.textContent()).toBe(
      '县级公示有异议正在复核：复核维持后重新张贴，公示期从重新张贴之日起重新计算；复核退回则回到申请。',
    );
    // the 公示 cannot close while the 复核 runs
    await step(page, '公示结束', '2024-02-02');
    expect(await page.getByRole('alert').textContent()).toBe(
      '未能办理：异议正在复核，复核完成前不能结束公示',
    );
    expect(await status(page)).toBe('县级公示（异议复核中）');

    // the 复核 upholds the list: posted again on 01-28, its 10 days start again: 01-29 … 02-07
    await step(page, '复核维持（重新公示）', '2024-01-28', '经入户核实，养猪4头属实，维持原公示');
    await expect.poll(() => status(page), SOON).toBe('县级公示（公示中）');
    expect(await period.textContent()).toBe(
      '县级公示期 10 天：2024-01-28 张贴，2024-01-29 至 2024-02-07，2024-02-08 起方可结束公示。',
    );
    // 02-02 closed the first posting; the restarted one is refused then, and on its last day
    for (const day of ['2024-02-02', '2024-02-07']) {
      await step(page, '公示结束', day);
      expect(await page.getByRole('alert').textContent()).toBe(
        `未能办理：县级公示期10天（2024-01-28张贴，公示期2024-01-29至2024-02-07），2024-02-08起方可结束，${day}不能结束`,
      );
      expect(await status(page)).toBe('县级公示（公示中）');
    }
    await step(page, '公示结束', '2024-02-08');
    await expect.poll(() => status(page), SOON).toBe('县级公示期满（待发放）');

    const log = await page
      .locator('.log-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
      );
    expect(log.slice(-4)).toEqual([
      ['2024-01-22', '张贴公示', '县级工作人员', '孙科长', '县级公示（公示中）', ''],
      [
        '2024-01-25',
        '登记异议',
        '县级工作人员',
        '孙科长',
        '县级公示（异议复核中）',
        '村民张某反映：王大山家实际养猪2头',
      ],
      [
        '2024-01-28',
        '复核维持（重新公示）',
        '县级工作人员',
        '孙科长',
        '县级公示（公示中）',
        '经入户核实，养猪4头属实，维持原公示',
      ],
      ['2024-02-08', '公示结束', '县级工作人员', '孙科长', '县级公示期满（待发放）', ''],
    ]);
    expect(log).toHaveLength(12);
    await page.screenshot({ path: `${ARTIFACTS}register-recheck-360.png`, fullPage: true });

    // on the 审批表: the 县级公示 from its posting again, the objection and the 复核 in the log
    await page.getByRole('button', { name: '审批表（含办理记录）' }).click();
    const approval = await printed(page, 'register-recheck-approval');
    expectAll(
      approval.text,
      [
        '县级公示 2024-01-28 — 2024-02-08',
        '2024-01-25 登记异议 县级工作人员 孙科长 县级公示（异议复核中） 村民张某反映：王大山家实际养猪2头',
        '2024-01-28 复核维持（重新公示） 县级工作人员 孙科长 县级公示（公示中） 经入户核实，养猪4头属实，维持原公示',
      ],
      '审批表 after 复核',
    );
    await page.getByRole('button', { name: '返回', exact: true }).click();
    await backToRegister(page);

    // the county list as posted again: its period from the log; the village list without 李二
    await page.getByLabel('公示层级').selectOption({ label: '县级' });
    expect(await page.getByLabel('张贴日期').inputValue()).toBe('2024-01-28');
    await page.getByRole('button', { name: '打印公示名单' }).click();
    const county = await printed(page, 'register-recheck-publicity-county');
    expectAll(
      county.text,
      [
        '公示期：2024-01-28 张贴，2024-01-29 至 2024-02-07（10天）',
        `1 王大山 ${masked(WANG.id)} 白龙塘村 监测对象当年养猪 ¥2,800.00`,
        '合计 1 户 ¥2,800.00',
        '贰仟捌佰元整',
      ],
      '县级公示名单 after 复核',
    );
    await page.getByRole('button', { name: '返回', exact: true }).click();
    await page.getByLabel('公示层级').selectOption({ label: '村级' });
    await page.getByRole('button', { name: '打印公示名单' }).click();
    const village = await printed(page, 'register-recheck-publicity-village');
    expect(has(village.text, '李二')).toBe(false);
    expect(has(village.text, '合计 1 户 ¥2,800.00')).toBe(true);
  });
});
