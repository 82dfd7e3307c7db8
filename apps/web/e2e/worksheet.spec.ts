import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { monitoredHousehold, next } from './flows.ts';
import { normalizeCjk, pdfPages, pdfSearchText } from './pdf-text.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
const has = (text: string, needle: string) => text.includes(normalizeCjk(needle).replace(/\s+/g, ''));

describe('the award worksheet (测算表) printed to PDF', () => {
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('an A4 page with the line, its clause, the figures, the 大写 total, signatures and the pack', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await monitoredHousehold(page, '4', '3000');
    await next(page); // 家庭成员
    await next(page);
    await page.getByLabel('户主姓名').fill('李四');
    await page.getByLabel('村', { exact: true }).fill('白龙塘村');
    await page.getByRole('button', { name: '查看测算结果' }).click();
    await page.getByRole('button', { name: '打开测算表（打印）' }).click();
    await page.getByRole('heading', { name: '衔接资金奖补测算表' }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}worksheet-1280.png`, fullPage: true });

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(`${ARTIFACTS}worksheet.pdf`, pdf);
    expect(pdfPages(pdf)).toHaveLength(1);
    const text = pdfSearchText(pdf);
    for (const needle of [
      '衔接资金奖补测算表',
      '李四',
      '白龙塘村',
      '监测对象（脱贫不稳定户）',
      '监测对象当年养猪',
      '五(一)4(4)',
      '养殖类：1.当年养猪2头及以上，收入达到2000元以上，奖补标准700元/头；',
      '4 头 × ¥700.00',
      '¥2,800.00',
      '贰仟捌佰元整',
      '村级评议意见',
      '镇（街道）审核意见',
      '县级审批意见',
      '西乡县2023年度统筹整合使用财政涉农资金中期调整实施方案',
      '2023-08',
    ])
      expect(has(text, needle), needle).toBe(true);
    // the total in 大写 twice (line and total); no navigation on paper
    expect(text.split('贰仟捌佰元整').length - 1).toBe(2);
    expect(has(text, '打印 / 存为 PDF')).toBe(false);
    expect(has(text, '上一步')).toBe(false);

    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: `${ARTIFACTS}worksheet-360.png`, fullPage: true });
  });

  test('many lines break between rows, never inside one', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await page.evaluate(() => {
      const answers: Record<string, string> = {};
      const put = (type: string, values: Record<string, string>) => {
        for (const [k, v] of Object.entries(values)) answers[`activity.${type}.${k}`] = v;
      };
      put('tea-renovation', { area: '3' });
      put('tianma', { area: '1', income: '2500' });
      put('herbs', { area: '2', income: '1500' });
      put('gourd', { area: '2', survivalRate: '90', income: '1500' });
      put('pepper', { area: '2', plantsPerMu: '120', stemDiameterCm: '1', survivalRate: '90' });
      put('pig', { head: '4', income: '3000' });
      put('sheep', { head: '6', income: '2500' });
      put('bees', { boxes: '8', income: '2000' });
      put('poultry', { birds: '30', income: '1000' });
      for (const b of ['processing', 'shop'])
        put(b, { investment: '12000', registered: 'yes', operating: 'yes', annualRevenue: '9500' });
      put('farmstay', { investment: '25000', registered: 'yes', operating: 'yes', annualRevenue: '12000' });
      const draft = {
        kind: 'household',
        category: 'monitored',
        monitoredType: 'marginal',
        operatorType: null,
        name: '王五',
        township: '堰口镇',
        village: '',
        asOf: '2023-10-01',
        activities: [
          'tea-renovation',
          'tianma',
          'herbs',
          'gourd',
          'pepper',
          'pig',
          'sheep',
          'bees',
          'poultry',
          'processing',
          'shop',
          'farmstay',
        ],
        otherActivities: false,
        projects: [],
        links: [],
        answers,
      };
      localStorage.setItem('huinong.wizard.v1', JSON.stringify({ step: 'worksheet', draft }));
    });
    await page.reload();
    await page.getByRole('heading', { name: '衔接资金奖补测算表' }).waitFor();
    // 3×600 + 1×1000 + 2×500 + 2×500 + 2×400 + 4×700 + 6×200 + 8×200 + 30×15 + 3000 + 3000 + 4000
    expect(await page.getByTestId('ws-total').textContent()).toBe('¥21,650.00');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(`${ARTIFACTS}worksheet-long.pdf`, pdf);
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const text = pdfSearchText(pdf);
    expect(has(text, '贰万壹仟陆佰伍拾元整')).toBe(true);
    // a row is never cut: each line's clause text sits whole on one page
    for (const clause of ['当年新办农家乐，投资在20000元以上', '当年养蜂5箱及以上，收入达1200元以上'])
      expect(pages.filter((p) => has(normalizeCjk(p).replace(/\s+/g, ''), clause))).toHaveLength(1);
  });
});
