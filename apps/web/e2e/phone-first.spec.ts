import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { monitoredHousehold, next, total } from './flows.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

/** Issue 13: a village cadre on a 360 px phone with a Chinese keyboard. */
describe('phone-first entry at 360 px', () => {
  beforeEach(async () => {
    browser = await openBrowser({ width: 360, height: 640 });
  });
  afterEach(async () => {
    await browser.close();
  });

  /** The focused element's box, the visible 合计 bar's top (null when it has moved aside), the viewport. */
  async function focusedAndBar(page: Page) {
    return page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const bar = document.querySelector<HTMLElement>('.total-bar');
      const barBox = bar?.getBoundingClientRect();
      const shown =
        bar && getComputedStyle(bar).visibility !== 'hidden' && barBox && barBox.top < innerHeight;
      const box = el?.getBoundingClientRect();
      return {
        top: box?.top ?? -1,
        bottom: box?.bottom ?? -1,
        barTop: shown ? barBox.top : null,
        height: innerHeight,
      };
    });
  }

  test('the field being typed in is never under the sticky 合计 bar (WCAG 2.4.11)', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await monitoredHousehold(page, '4', '3000');
    // the bar is there when nothing is being typed
    await page.locator('#step-heading').focus();
    await expect.poll(async () => (await focusedAndBar(page)).barTop).not.toBeNull();
    for (const label of ['头数（头）', '当年收入（元）']) {
      const field = page.getByLabel(label);
      await field.focus();
      await page.waitForTimeout(200); // the bar's move
      const f = await focusedAndBar(page);
      expect(f.top).toBeGreaterThanOrEqual(0);
      expect(f.bottom).toBeLessThanOrEqual(f.barTop ?? f.height);
      await page.keyboard.type('0');
      await page.keyboard.press('Backspace');
    }
    await page.screenshot({ path: `${ARTIFACTS}phone-typing-360.png` });
  });

  test('full-width digits are numbers; number keypads; "3,000" pigs is 3000, warned with the plan’s limit', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await monitoredHousehold(page, '４', '３０００');
    expect(await page.getByLabel('头数（头）').getAttribute('aria-invalid')).toBeNull();
    expect(await total(page)).toBe('¥2,800.00');
    expect(await page.getByLabel('头数（头）').getAttribute('inputmode')).toBe('numeric');
    expect(await page.getByLabel('当年收入（元）').getAttribute('inputmode')).toBe('decimal');
    // every number field of the step opens a number keypad
    const modes = await page
      .locator('.form-col input[type="text"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('inputmode')));
    expect(modes.every((m) => m === 'decimal' || m === 'numeric')).toBe(true);

    await page.getByLabel('头数（头）').fill('3,000');
    await page.getByLabel('当年收入（元）').focus();
    const warning = page.locator('.field', { has: page.getByLabel('头数（头）') }).locator('.warning');
    await expect.poll(() => warning.textContent()).toContain('3000 头');
    expect(await warning.textContent()).toContain('超过常见上限 200 头');
    expect(await page.getByLabel('头数（头）').getAttribute('aria-invalid')).toBeNull();
    await page.screenshot({ path: `${ARTIFACTS}phone-plausible-360.png` });
  });

  test('the browser’s Back button goes to the previous step, Forward to the next', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await monitoredHousehold(page, '4', '3000');
    await page.getByRole('heading', { name: '填写数量' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: '今年做了哪些产业？' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: '农户属于哪一类？' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { name: '今年做了哪些产业？' }).waitFor();
    expect(page.url().startsWith(baseUrl)).toBe(true);
    // the answers are kept on the way
    await next(page);
    expect(await page.getByLabel('头数（头）').inputValue()).toBe('4');
  });

  test('an invalid field is shown when it is left and stops 下一步; a filled field is never “未填写”', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await monitoredHousehold(page, '1,5', '3000');
    const head = page.getByLabel('头数（头）');
    expect(await head.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field', { has: head }).locator('.error').textContent()).toContain(
      '逗号只能用作千位分隔',
    );
    const line = page.getByRole('article', { name: '监测对象当年养猪' }).first();
    expect(await line.textContent()).not.toContain('未填写');
    expect(await line.textContent()).toContain('填写有误，见输入框');
    await next(page);
    await page.getByRole('heading', { name: '填写数量' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: '本步还有 1 处需要修改' }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
  });

  test('the review lists errors in words, each a link to its field', async () => {
    const { page } = browser;
    // a draft kept on this device from before, with an answer the plan refuses
    await page.goto(baseUrl);
    await page.evaluate(() => {
      const draft = {
        kind: 'household',
        category: 'monitored',
        monitoredType: 'unstable',
        operatorType: null,
        name: '',
        township: '',
        village: '',
        asOf: '',
        activities: ['pig'],
        otherActivities: false,
        projects: [],
        links: [],
        members: [],
        memberSeq: 0,
        answers: { 'activity.pig.head': '4头', 'activity.pig.income': '3000' },
      };
      localStorage.setItem('huinong.wizard.v2.xixiang-2023', JSON.stringify({ step: 'review', draft }));
    });
    await page.reload();
    await page.getByRole('heading', { name: '核对填写内容' }).waitFor();
    const link = page.getByRole('button', { name: '当年养猪 · 头数（头）' });
    expect(await link.count()).toBe(1);
    expect(await page.locator('.form-col .callout-error').textContent()).not.toContain('›');
    await link.click();
    await page.getByRole('heading', { name: '填写数量' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-activity-pig-head');
  });

  test('a 监测对象 family with a vocational student is asked, and told the plan’s rule for 雨露计划', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await page.getByRole('radio', { name: /^农户/ }).check();
    await next(page);
    await page.getByRole('radio', { name: /^监测对象/ }).check();
    await page.getByRole('radio', { name: '脱贫不稳定户', exact: true }).check();
    await next(page);
    await next(page); // no activity: straight to the members
    await page.getByRole('button', { name: '＋ 添加成员' }).click();
    await page.getByRole('checkbox', { name: '在校学生（雨露计划）' }).check();
    await page.getByLabel('就读学校类型').selectOption('secondary-vocational');
    await page.getByRole('group', { name: '目前在校就读' }).getByRole('radio', { name: '是' }).check();
    const line = page.getByRole('article', { name: /雨露计划/ }).first();
    await expect.poll(() => line.textContent()).toContain('不符合');
    expect(await line.textContent()).toContain('方案只写“建档立卡脱贫户家庭”');
    await page.screenshot({ path: `${ARTIFACTS}phone-student-360.png`, fullPage: true });
  });

  test('months of work by the stated rule: 2023-03-01 → 2023-08-31 is 6 months, the rule said on the page', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await page.getByRole('radio', { name: /^农户/ }).check();
    await next(page);
    await page.getByRole('radio', { name: /^脱贫户/ }).check();
    await next(page);
    await next(page);
    await page.getByRole('button', { name: '＋ 添加成员' }).click();
    await page.getByRole('checkbox', { name: '跨县务工（交通补助）' }).check();
    await page.getByLabel('省（自治区、直辖市）').selectOption('广东省');
    await page.getByLabel('市（州）').selectOption('深圳市');
    await page.getByLabel('外出务工开始日期').fill('2023-03-01');
    await page.getByLabel('结束日期（仍在务工可不填）').fill('2023-08-31');
    expect(await page.getByText('2023-03-01 至 2023-08-31 为 6 个月').count()).toBeGreaterThan(0);
    const line = page.getByRole('article', { name: '跨县务工交通补助' }).first();
    await expect.poll(() => line.textContent()).toContain('6 个月');
  });

  test('an operator: its type asked, progress in sentences, a near miss with its worth (差 1 户 → +¥4,500.00)', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await page.getByRole('radio', { name: /^新型经营主体/ }).check();
    await next(page);
    await page.getByRole('radio', { name: '家庭农场' }).check();
    await page.getByRole('checkbox', { name: '劳务用工', exact: true }).check();
    await page.getByRole('checkbox', { name: '土地流转', exact: true }).check();
    await next(page);
    await page.getByLabel('当年吸纳脱贫人口务工（人）').fill('6');
    await page.getByLabel('年度支付脱贫户、监测对象工资总额（元）').fill('150000');
    await page.getByLabel('流转脱贫户、监测对象土地（户）').fill('9');
    await page
      .getByRole('group', { name: '建立健全土地流转台账和协议' })
      .getByRole('radio', { name: '是' })
      .check();
    await page.getByLabel('当年流转土地费用（元）').fill('45000');
    const labor = page.getByRole('article', { name: '劳务用工奖补' }).first();
    await expect.poll(() => labor.textContent()).toContain('吸纳脱贫人口务工 6 人，需 5 人以上 ✓');
    expect(await labor.textContent()).toContain('15 万元，需 5 万元以上 ✓');
    expect(await labor.textContent()).not.toMatch(/\d\/\d/);
    const land = page.getByRole('article', { name: '土地流转奖补' }).first();
    expect(await land.locator('.near-miss').textContent()).toMatch(/差 1 户.*→ \+¥4,500\.00/);
    await page.screenshot({ path: `${ARTIFACTS}phone-operator-360.png`, fullPage: true });
  });

  test('on a desktop the total stays in view while the lines scroll', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto(baseUrl);
    await monitoredHousehold(page, '4', '3000');
    await page.evaluate(() => {
      const col = document.querySelector('.results-col');
      col?.scrollTo(0, col.scrollHeight);
      // as far down as the form goes (the footer below it may push the column up, as it should)
      const main = document.querySelector<HTMLElement>('main');
      if (main) window.scrollTo(0, Math.max(0, main.offsetTop + main.offsetHeight - innerHeight));
    });
    const box = await page.locator('.results-col [data-testid="total"]').boundingBox();
    expect(box).not.toBeNull();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThanOrEqual(600);
  });
});
