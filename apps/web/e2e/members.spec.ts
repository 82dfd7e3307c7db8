import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { axeViolations, next, total } from './flows.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

describe('household members in Chromium', () => {
  beforeEach(async () => {
    browser = await openBrowser({ width: 360, height: 740 });
  });
  afterEach(async () => {
    await browser.close();
  });

  test('a 脱贫户 worker in 深圳 gets the ¥500 travel grant; a post for 12 months ¥7,200', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await page.getByRole('radio', { name: /^农户/ }).check();
    await next(page);
    await page.getByRole('radio', { name: /^脱贫户/ }).check();
    await next(page);
    await next(page);
    await page.getByRole('button', { name: '＋ 添加成员' }).click();
    await page.getByLabel('姓名').fill('张大山');
    const member = page.getByRole('group', { name: '成员 1：张大山' });
    await member.getByRole('checkbox', { name: '跨县务工（交通补助）' }).check();
    await member.getByLabel('省（自治区、直辖市）').selectOption('广东省');
    await member.getByLabel('市（州）').selectOption('深圳市');
    await member.getByLabel('县（区）').selectOption('南山区');
    await member.getByLabel('外出务工开始日期').fill('2023-03-01');
    await member.getByRole('checkbox', { name: '公益性岗位' }).check();
    await member.getByLabel('本年上岗月数（个月）').fill('12');
    expect(await total(page)).toBe('¥7,700.00');
    expect(await page.getByRole('article', { name: '跨县务工交通补助' }).textContent()).toContain('¥500.00');
    await page.screenshot({ path: `${ARTIFACTS}members-360.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });
});
