import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { axeViolations } from './flows.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('补助标准 rule pages in Chromium', () => {
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('monitored-pig: the clause quoted and the engine’s worked example, 2 × 700 = 1,400', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}#/rules/xixiang-2023/monitored-pig`);
    await page.getByRole('heading', { level: 2, name: '监测对象当年养猪' }).waitFor();
    expect(await page.getByTestId('clause-text').textContent()).toContain(
      '当年养猪2头及以上，收入达到2000元以上，奖补标准700元/头',
    );
    expect(await page.getByTestId('example-amount').textContent()).toBe('¥1,400.00');
    expect(await page.getByTestId('example-basis').textContent()).toBe('2 头 × ¥700.00 = ¥1,400.00');
    expect(await page.getByTestId('example-amount').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}rules-monitored-pig-1280.png`, fullPage: true });

    // the list of the pack's standards, and back to the page by its link
    await page.getByRole('link', { name: /返回本方案全部标准/ }).click();
    await page.getByRole('heading', { level: 2, name: '补助标准 · 西乡县 2023' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/rules/xixiang-2023');
    await page.getByRole('link', { name: '监测对象当年养猪' }).click();
    await page.getByRole('heading', { level: 2, name: '监测对象当年养猪' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/rules/xixiang-2023/monitored-pig');
  });

  test('at 360 px a rule page fits the phone: no sideways scrolling', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${baseUrl}#/rules/xixiang-2023/monitored-pig`);
    await page.getByRole('heading', { level: 2, name: '监测对象当年养猪' }).waitFor();
    await page.getByTestId('example-amount').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}rules-monitored-pig-360.png`, fullPage: true });
    // a page with rates by group and limits fits too
    await page.goto(`${baseUrl}#/rules/xiji-2025/cattle-cows`);
    await page.getByRole('heading', { level: 2, name: '肉牛扩群补栏·能繁母牛' }).waitFor();
    expect(await page.getByTestId('example-amount').allTextContents()).toEqual([
      '¥2,400.00',
      '¥1,200.00',
      '¥1,200.00',
    ]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${ARTIFACTS}rules-cattle-cows-360.png`, fullPage: true });
  });
});
