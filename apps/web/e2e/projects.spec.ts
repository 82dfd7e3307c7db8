import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { axeViolations } from './flows.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('项目估算 in Chromium', () => {
  beforeEach(async () => {
    browser = await openBrowser({ width: 360, height: 740 });
  });
  afterEach(async () => {
    await browser.close();
  });

  test('from the navigation, a 2 km village road with 150 万元 is within 140–180 万元, on a 360 px phone', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await page.getByRole('link', { name: '项目估算' }).click();
    await page.getByRole('heading', { level: 2, name: '项目估算 · 西乡县 2023' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/projects');
    await page.getByLabel('长度（公里）').fill('2');
    await page.getByLabel('预算（万元）').fill('150');
    const verdict = page.getByTestId('project-verdict');
    await expect.poll(() => verdict.textContent()).toBe('在标准范围内');
    expect(await page.getByTestId('project-range').textContent()).toContain(
      '¥1,400,000.00（140 万元） – ¥1,800,000.00（180 万元）',
    );
    expect(await page.getByTestId('project-clause').textContent()).toContain('每公里投资70-90万元');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}projects-360.png`, fullPage: true });

    // 190 万元 is above; the clause's rule page is one link away
    await page.getByLabel('预算（万元）').fill('190');
    await expect.poll(() => verdict.textContent()).toBe('高于标准');
    await page.getByRole('link', { name: '查看条款与标准' }).click();
    await page.getByRole('heading', { level: 2, name: '村组道路硬化' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/rules/xixiang-2023/infra-village-road');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
});
