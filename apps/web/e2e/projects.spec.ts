import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { axeViolations } from './flows.ts';
import { english, strayChinese } from './stray-chinese.ts';

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

  test('the form asks what the pack declares: a road’s design figures checked, a 10 m bridge under both clauses', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}#/projects`);
    await page.getByRole('heading', { level: 2, name: '项目估算 · 西乡县 2023' }).waitFor();
    // 五(二)1 路基宽不低于4.5米, 路面厚度18厘米: 4.4 m fails, 18 cm passes; 1 km → 70–90 万元
    await page.getByLabel('长度（公里）').fill('1');
    await page.getByLabel('路基宽（米）').fill('4.4');
    await page.getByLabel('路面厚度（厘米）').fill('18');
    await page.getByLabel('预算（万元）').fill('80');
    const checks = page.getByTestId('project-checks');
    await expect.poll(() => checks.textContent()).toContain('✗ 路基宽 4.4 米 ≥ 4.5 米 [五(二)1]');
    expect(await checks.textContent()).toContain('✓ 路面厚度 18 厘米 = 18 厘米 [五(二)1]');
    expect(await page.getByTestId('project-verdict').textContent()).toBe('在标准范围内');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}projects-road-checks-360.png`, fullPage: true });

    // 五(二)3 at exactly 10 m: 100 m² × 4,500–5,000 = 45–50 万元, and the overlap said
    await page.getByLabel('项目类型').selectOption('infra-bridge');
    await page.getByLabel('桥面面积（㎡）').fill('100');
    await page.getByLabel('跨度（米）').fill('10');
    await expect
      .poll(() => page.getByTestId('project-range').textContent())
      .toContain('¥450,000.00（45 万元） – ¥500,000.00（50 万元）');
    expect(await page.getByText(/跨度恰为 10 米/).textContent()).toContain('以内、以上均含本数');
    expect(await page.getByTestId('project-checks').textContent()).toContain(
      '✓ 跨度 10 米 ≤ 10 米 [五(二)3]',
    );
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}projects-bridge-10m-360.png`, fullPage: true });
  });

  test('in English at 360 px: the pack’s fields in English, no stray Chinese but the clause', async () => {
    const { page } = browser;
    await english(page, baseUrl, '#/projects');
    await page.getByRole('heading', { level: 2, name: 'Project estimate · Xixiang County 2023' }).waitFor();
    await page.getByLabel('Length (km)').fill('2');
    await page.getByLabel('Roadbed width (m)').fill('4.5');
    await page.getByLabel('Budget (10k yuan)').fill('150');
    const verdict = page.getByTestId('project-verdict');
    await expect.poll(() => verdict.textContent()).toBe('Within the standard');
    expect(await page.getByTestId('project-checks').textContent()).toContain('✓ roadbed width 4.5 m ≥ 4.5 m');
    expect(await strayChinese(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}projects-english-360.png`, fullPage: true });
    await page.getByLabel('Type of project').selectOption('infra-bridge');
    await page.getByLabel('Deck area (m²)').fill('50');
    await page.getByLabel('Span (m)').fill('10');
    await expect.poll(() => page.getByTestId('project-range').textContent()).toContain('¥225,000.00');
    expect(await strayChinese(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}projects-english-bridge-360.png`, fullPage: true });
  });
});
