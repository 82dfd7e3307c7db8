import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { axeViolations, monitoredHousehold, next, total } from './flows.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

describe('a 监测对象 household in Chromium', () => {
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('4 pigs and ¥3,000 income: ¥2,800.00 (贰仟捌佰元整) as it types; the draft survives a reload', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    expect(await axeViolations(page)).toEqual([]);
    await monitoredHousehold(page, '4', '3000');
    expect(await total(page)).toBe('¥2,800.00');
    await expect.poll(() => page.getByText('贰仟捌佰元整').count()).toBeGreaterThan(0);
    const line = page.getByRole('article', { name: '监测对象当年养猪' });
    expect(await line.getByText('符合', { exact: true }).count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}household-1280.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // a near miss, as typed
    await page.getByLabel('头数（头）').fill('1');
    expect(await line.locator('.near-miss').textContent()).toContain('差 1 头');
    expect(await total(page)).toBe('¥0.00');
    await page.getByLabel('头数（头）').fill('4');

    await page.reload();
    await page.getByRole('heading', { name: '填写数量' }).waitFor();
    expect(await page.getByLabel('头数（头）').inputValue()).toBe('4');
    expect(await page.getByLabel('当年收入（元）').inputValue()).toBe('3000');
    expect(await total(page)).toBe('¥2,800.00');

    await next(page); // 家庭成员
    await next(page);
    await page.getByRole('button', { name: '查看测算结果' }).click();
    await page.getByRole('button', { name: '打开测算表（打印）' }).waitFor();
    expect(await total(page)).toBe('¥2,800.00');
  });

  test('at 360 px the flow fits the phone: no sideways scrolling, the total in reach', async () => {
    await browser.page.setViewportSize({ width: 360, height: 740 });
    const { page } = browser;
    await page.goto(baseUrl);
    await page.screenshot({ path: `${ARTIFACTS}start-360.png`, fullPage: true });
    await monitoredHousehold(page, '4', '3000');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('.total-bar').textContent()).toContain('¥2,800.00');
    await page.screenshot({ path: `${ARTIFACTS}household-360.png`, fullPage: true });
    await page.screenshot({ path: `${ARTIFACTS}household-360-viewport.png` });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('keyboard only: Tab and Space/Enter get through the first steps', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    // skip link, the pack picker and its file button, 中文, English, 重新开始, the view links, then the first choice
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'))
        break;
    }
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: /^农户/ }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '农户属于哪一类？' }).waitFor();
    // the step heading takes the focus so a screen reader announces where we are
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
  });

  test('English second: the same flow reads in English, amounts unchanged', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('radio', { name: /^household/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: /^monitored household/ }).check();
    await page.getByRole('radio', { name: /^unstable/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('checkbox', { name: 'Pigs this year' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Pigs (head)').fill('4');
    await page.getByLabel('Income this year (yuan)').fill('3000');
    expect(await total(page)).toBe('¥2,800.00');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.screenshot({ path: `${ARTIFACTS}household-en-1280.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });
});
