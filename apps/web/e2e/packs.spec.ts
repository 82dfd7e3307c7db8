import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { brokenPack, smallPack } from '../src/test/fixtures/small-pack.ts';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { axeViolations, next, total } from './flows.ts';
import { normalizeCjk, pdfPages, pdfSearchText } from './pdf-text.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
const has = (text: string, needle: string) => text.includes(normalizeCjk(needle).replace(/\s+/g, ''));
const packFile = (data: unknown, name: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(data, null, 2)),
});

describe('the chosen policy pack, in Chromium', () => {
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('西吉县 2025: a monitored household (未消除风险) with 3 cows from another county, 3 × 2,400 = 7,200, printed under the 西吉 plan', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await page.getByLabel('政策包', { exact: true }).selectOption({ label: '西吉县 2025' });
    await page.getByRole('radio', { name: /^农户/ }).check();
    await next(page);
    await page.getByRole('radio', { name: /^监测对象/ }).check();
    await page.getByRole('radio', { name: '脱贫不稳定户', exact: true }).check();
    await page.getByLabel('该监测户的返贫致贫风险是否已消除？').selectOption({ label: '未消除风险' });
    expect(await axeViolations(page)).toEqual([]);
    await next(page);
    await page.getByRole('checkbox', { name: '能繁母牛（扩群补栏）' }).check();
    await next(page);
    await page.getByLabel('验收合格头数（头）').fill('3');
    await page.getByLabel('购买日期').fill('2025-02-01');
    await page.getByLabel('来源').selectOption({ label: '外县（区）调购' });
    await page.getByLabel('品种').selectOption({ label: '西门塔尔' });
    await page.getByLabel('购入时月龄（个月）').fill('8');
    await page.getByLabel('登记日期').fill('2025-02-10');
    await next(page); // 家庭成员
    await next(page); // 核对
    await page.getByLabel('户主姓名').fill('马五');
    await page.getByLabel('测算日期').fill('2025-09-30');
    expect(await total(page)).toBe('¥7,200.00');
    await page.getByRole('button', { name: '查看测算结果' }).click();
    await page.getByRole('button', { name: '打开测算表（打印）' }).click();
    await page.getByRole('heading', { name: '衔接资金奖补测算表' }).waitFor();
    expect(await page.title()).toMatch(/^西吉县2025年产业奖补/);
    await page.screenshot({ path: `${ARTIFACTS}worksheet-xiji.png`, fullPage: true });

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(`${ARTIFACTS}worksheet-xiji.pdf`, pdf);
    expect(pdfPages(pdf)).toHaveLength(1);
    const text = pdfSearchText(pdf);
    for (const needle of [
      '西吉县2025年产业奖补（肉牛扩群补栏、庭院经济、小麦种植）',
      '马五',
      '2025-09-30',
      'xiji-2025',
      '肉牛扩群补栏·能繁母牛',
      '3 头 × ¥2,400.00',
      '¥7,200.00',
      '柒仟贰佰元整',
    ])
      expect(has(text, needle), needle).toBe(true);
    expect(has(text, '西乡县')).toBe(false);
  });

  test('a pack file of one’s own: opened in the browser, screened with, and still there after a reload (IndexedDB)', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await page.getByLabel('打开政策包文件').setInputFiles(packFile(smallPack(), 'demo-2024.json'));
    await page
      .getByRole('status')
      .filter({ hasText: '已打开政策包「示例县2024年庭院养殖奖补方案」' })
      .waitFor();
    const picker = page.getByLabel('政策包', { exact: true });
    expect(await picker.locator('option:checked').textContent()).toBe('示例县 2024 · demo-2024.json');
    await page.getByRole('radio', { name: /^农户/ }).check();
    await next(page);
    await page.getByRole('radio', { name: /^脱贫户/ }).check();
    await next(page);
    await page.getByRole('checkbox', { name: '当年养山羊' }).check();
    await next(page);
    await page.getByLabel('山羊只数（只）').fill('4');
    expect(await total(page)).toBe('¥1,200.00');

    await page.reload();
    await page.getByLabel('山羊只数（只）').waitFor();
    expect(await page.getByLabel('政策包', { exact: true }).locator('option:checked').textContent()).toBe(
      '示例县 2024 · demo-2024.json',
    );
    expect(await page.getByLabel('山羊只数（只）').inputValue()).toBe('4');
    expect(await total(page)).toBe('¥1,200.00');
    const kept = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const req = indexedDB.open('huinong-packs');
          req.onsuccess = () => {
            const all = req.result.transaction('packs').objectStore('packs').getAllKeys();
            all.onsuccess = () => resolve(all.result.map(String));
            all.onerror = () => reject(all.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    expect(kept).toEqual(['demo-2024']);
    // the built-in packs are still there to go back to
    await page.getByLabel('政策包', { exact: true }).selectOption({ label: '西乡县 2023' });
    await page.getByRole('radio', { name: /^农户/ }).waitFor();
  });

  test('a broken pack file is not opened: its problems are listed with their paths, in Chinese and English', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await page.getByLabel('打开政策包文件').setInputFiles(packFile(brokenPack(), 'broken.json'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('政策包文件 broken.json 有 2 处问题，未打开');
    expect(text).toContain('dates 必填 / is required');
    expect(text).toMatch(/standards\[0\]\.award\.amount .+ \/ /);
    expect(await page.getByLabel('政策包', { exact: true }).locator('option:checked').textContent()).toBe(
      '西乡县 2023',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
