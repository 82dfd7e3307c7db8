import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { axeViolations, operatorLabor, total } from './flows.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

describe('a new-type operator in Chromium', () => {
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('employing 4 脱贫人口 with ¥42,000 wages shows progress; 5 and ¥50,000 earn 20% = ¥10,000', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await operatorLabor(page, '4', '42000');
    const line = page.getByRole('article', { name: '劳务用工奖补' });
    await expect.poll(() => line.getByText('吸纳脱贫人口务工 4 人，需 5 人以上 ✗').count()).toBe(1);
    expect(await line.getByText('支付脱贫户、监测对象工资总额 4.2 万元，需 5 万元以上 ✗').count()).toBe(1);
    expect(await total(page)).toBe('¥0.00');
    await page.screenshot({ path: `${ARTIFACTS}operator-progress-1280.png`, fullPage: true });

    await page.getByLabel('当年吸纳脱贫人口务工（人）').fill('5');
    await page.getByLabel('年度支付脱贫户、监测对象工资总额（元）').fill('50000');
    expect(await total(page)).toBe('¥10,000.00');
    expect(await line.getByText('支付脱贫户、监测对象工资总额 5 万元，需 5 万元以上 ✓').count()).toBe(1);
    await expect.poll(() => page.getByText('壹万元整').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: `${ARTIFACTS}operator-360.png`, fullPage: true });
  });
});
