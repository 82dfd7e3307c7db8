import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { axeViolations } from './flows.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const SHARE_MIN = '用于产业发展的资金占比不低于60%';

describe('资金分配 and 方案核对 in Chromium', () => {
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('the allocation view loads on demand; filtered to 忻州市 it shows 29,950 and 1,000 万元', async () => {
    const { page } = browser;
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    // the wizard's first visit carries neither view
    expect(scripts.filter((s) => /AllocationView|PlanCheckView/.test(s))).toEqual([]);

    await page.getByRole('link', { name: '资金分配' }).click();
    await page.getByRole('heading', { level: 2, name: '资金分配' }).waitFor();
    expect(scripts.some((s) => s.includes('AllocationView'))).toBe(true);
    expect(new URL(page.url()).hash).toBe('#/allocation');
    expect(await page.getByTestId('document-number').textContent()).toBe('晋乡振发〔2023〕8号');
    expect(await page.getByTestId('alloc-verdict').textContent()).toContain('26 项核对全部通过');

    await page.getByLabel('市', { exact: true }).selectOption('忻州市');
    const subtotal = page.getByTestId('filtered-subtotal');
    await expect.poll(() => subtotal.textContent()).toContain('29,950');
    expect(await page.getByTestId('filtered-amount').textContent()).toBe('29,950');
    expect(await page.getByTestId('filtered-health').textContent()).toBe('1,000');
    expect(await subtotal.textContent()).toMatch(/金额 29,950 万元/);
    expect(await subtotal.textContent()).toMatch(/其中：健康乡村示范创建 1,000 万元/);
    // on screen, not only in the DOM
    expect(await page.getByTestId('filtered-amount').isVisible()).toBe(true);
    expect(await page.getByTestId('filtered-health').isVisible()).toBe(true);
    expect(await page.getByRole('row', { name: /^忻州市小计/ }).textContent()).toBe('忻州市小计29,9501,000');
    expect(await page.getByRole('img', { name: /忻州市各类别县金额/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}funds-allocation-1280.png`, fullPage: true });

    // the chart's figures, as a table
    await page.getByText('以表格查看图表数据').first().click();
    expect(
      await page
        .getByRole('table', { name: '各市金额' })
        .getByRole('row', { name: /^忻州市/ })
        .textContent(),
    ).toMatch(/29,950$/);
  });

  test('at 360 px the allocation view fits the phone: no sideways scrolling', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${baseUrl}#/allocation`);
    await page.getByRole('heading', { level: 2, name: '资金分配' }).waitFor();
    await page.getByLabel('市', { exact: true }).selectOption('忻州市');
    await expect.poll(() => page.getByTestId('filtered-amount').textContent()).toBe('29,950');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // on a phone the category moves under the county's name
    expect(await page.getByRole('columnheader', { name: '类别（备注）' }).isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}funds-allocation-360.png`, fullPage: true });
    await page.screenshot({ path: `${ARTIFACTS}funds-allocation-360-viewport.png` });
  });

  test('the plan checker passes 西乡 2023, then shows the failing rule after a change', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}#/plan-check`);
    await page.getByRole('heading', { level: 2, name: '方案核对' }).waitFor();
    const verdict = page.getByTestId('plan-verdict');
    expect(await verdict.textContent()).toContain('方案核对通过');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}funds-plan-1280.png`, fullPage: true });

    await page.getByLabel('用于产业发展资金（万元）').fill('9000');
    const rule = page.getByRole('article', { name: SHARE_MIN });
    await expect.poll(() => rule.getByTestId('check-status').textContent()).toBe('未通过');
    expect(await rule.locator('.comparison').textContent()).toBe('推算 57.2227873856% < 应 60%');
    expect(await verdict.textContent()).toContain('方案有 2 项未通过');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}funds-plan-failing-1280.png`, fullPage: true });

    // bad input: the error at the field, Chinese then English
    await page.getByLabel('中央资金（万元）').fill('两万');
    const error = page.locator('#plan-sources-central-error');
    expect(await error.textContent()).toBe(
      '中央资金（万元）：须为数字，如 36118.58（不带千分位逗号和单位） / central funds (10k yuan): must be a plain number such as 36118.58 (no commas, no unit)',
    );
    expect(await page.getByLabel('中央资金（万元）').getAttribute('aria-invalid')).toBe('true');
  });

  test('the plan checker at 360 px: fits, and the verdict bar takes you to the results', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${baseUrl}#/plan-check`);
    await page.getByRole('heading', { level: 2, name: '方案核对' }).waitFor();
    await page.getByLabel('省级资金（万元）').fill('10976');
    const bar = page.locator('.plan-bar');
    await expect.poll(() => bar.textContent()).toContain('方案有 1 项未通过');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}funds-plan-360.png`, fullPage: true });
    await bar.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-results-heading');
    await page.screenshot({ path: `${ARTIFACTS}funds-plan-360-results.png` });
  });

  test('English second: the allocation view reads in English, figures unchanged', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}#/allocation`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Fund allocation' }).waitFor();
    await page.getByLabel('County category').selectOption('重点帮扶县');
    await expect.poll(() => page.getByTestId('filtered-count').textContent()).toBe('46 counties shown');
    expect(await page.getByTestId('filtered-amount').textContent()).toBe('124,198');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}funds-allocation-en-1280.png`, fullPage: true });
  });
});
