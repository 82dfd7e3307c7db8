import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { ARTIFACTS, type Browser, openBrowser } from './browser.ts';
import { axeViolations, cowBatch, next, total, xijiMonitoredCows } from './flows.ts';
import { strayChinese } from './stray-chinese.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

const COWS = '能繁母牛（扩群补栏）';
/** Batch 1: 3 Simmental cows, bought 2025-02-01, registered 2025-02-10 (6 months full on 2025-08-09). */
const FIRST = {
  head: '3',
  breed: '西门塔尔',
  ageMonths: '8',
  boughtOn: '2025-02-01',
  registeredOn: '2025-02-10',
};
/** Batch 2: 4 Angus cows, bought 2025-03-15, registered 2025-03-20 (6 months full on 2025-09-19). */
const SECOND = {
  head: '4',
  breed: '安格斯',
  ageMonths: '10',
  boughtOn: '2025-03-15',
  registeredOn: '2025-03-20',
};

/**
 * The hand count (西吉 2025, 西党办发〔2025〕17号): a 未消除风险 monitored household is paid 2,400 a
 * breeding cow, so batch 1 is 3 × 2,400 = 7,200 and batch 2 is 4 × 2,400 = 9,600. The household
 * may be paid for at most 5 head in all: 7 − 5 = 2 head over, and at one rate the batches count in
 * their order, so the 2 come off batch 2: −2 × 2,400 = −4,800. Total 7,200 + 9,600 − 4,800 = 12,000.
 */
const TOTAL = '¥12,000.00';

/** Cattle bought in two batches (issue: repeatable activities), entered on a 360 px phone. */
describe('two batches of one activity at 360 px', () => {
  beforeEach(async () => {
    browser = await openBrowser({ width: 360, height: 740 });
  });
  afterEach(async () => {
    await browser.close();
  });

  test('西吉 2025: two batches of cows, each its own fieldset, review entry and line; the 5-head cap off the later', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    await xijiMonitoredCows(page);
    await cowBatch(page.getByRole('group', { name: COWS, exact: true }), FIRST);
    // one batch: 3 × 2,400
    expect(await total(page)).toBe('¥7,200.00');

    await page.getByRole('button', { name: `＋ 再添加一批：${COWS}` }).click();
    const second = page.getByRole('group', { name: `${COWS}（第2批）` });
    // the new batch takes the focus, at its first question
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('field-activity-breeding-cows-1-head');
    await cowBatch(second, SECOND);
    expect(
      await page
        .getByRole('group', { name: `${COWS}（第1批）` })
        .getByLabel('验收合格头数（头）')
        .inputValue(),
    ).toBe('3');
    expect(await total(page)).toBe(TOTAL);
    // the page does not scroll sideways at 360 px
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    // what a person sees: each batch's heading, then the second's end with its buttons
    const top = (el: HTMLElement) => el.scrollIntoView({ block: 'start' });
    await page.locator('#step-heading').focus();
    await page.getByRole('group', { name: `${COWS}（第1批）` }).evaluate(top);
    await page.screenshot({ path: `${ARTIFACTS}repeatable-batch1-360.png` });
    await second.evaluate(top);
    await page.screenshot({ path: `${ARTIFACTS}repeatable-batch2-360.png` });
    await page
      .getByRole('button', { name: `＋ 再添加一批：${COWS}` })
      .evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: `${ARTIFACTS}repeatable-buttons-360.png` });
    await page.screenshot({ path: `${ARTIFACTS}repeatable-details-360.png`, fullPage: true });

    await next(page); // 家庭成员
    await next(page); // 核对
    await page.getByRole('heading', { name: '核对填写内容' }).waitFor();
    await page.getByLabel('测算日期').fill('2025-09-30');
    const review = (n: number) => page.locator('.summary > div', { hasText: `${COWS}（第${n}批）` });
    expect(await review(1).textContent()).toContain('验收合格头数（头）：3');
    expect(await review(2).textContent()).toContain('验收合格头数（头）：4');
    expect(await review(2).textContent()).toContain('登记日期：2025-03-20');

    await page.getByRole('button', { name: '查看测算结果' }).click();
    await page.getByRole('heading', { name: '测算结果', exact: true }).waitFor();
    const line = (n: number) => page.getByRole('article', { name: `肉牛扩群补栏·能繁母牛（第${n}批）` });
    expect(await line(1).locator('.line-amount').textContent()).toBe('¥7,200.00');
    expect(await line(2).locator('.line-amount').textContent()).toBe('¥9,600.00');
    const cap = page.getByRole('article', { name: '肉牛扩群补栏每户合计最多5头' });
    expect(await cap.locator('.line-amount').textContent()).toBe('-¥4,800.00');
    // the cap names the batch it cut
    expect(await cap.locator('.line-who').textContent()).toBe('肉牛扩群补栏·能繁母牛（第2批）');
    expect(await total(page)).toBe(TOTAL);
    await line(1).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}repeatable-line1-360.png` });
    await cap.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: `${ARTIFACTS}repeatable-cap-360.png` });
    await page.screenshot({ path: `${ARTIFACTS}repeatable-results-360.png`, fullPage: true });

    // kept on the device: after a reload both batches are there
    await page.reload();
    await page.getByRole('heading', { name: '测算结果', exact: true }).waitFor();
    expect(await total(page)).toBe(TOTAL);
    expect(await line(2).count()).toBe(1);
  });

  test('in English, from a draft kept before there were batches: a second batch added, labelled and screened', async () => {
    const { page } = browser;
    await page.goto(baseUrl);
    // a 西吉 draft of the shape saved before batches (no `instances`), with its one batch
    await page.evaluate((first) => {
      const draft = {
        kind: 'household',
        category: 'monitored',
        monitoredType: 'unstable',
        operatorType: null,
        name: '',
        township: '',
        village: '',
        asOf: '2025-09-30',
        activities: ['breeding-cows'],
        otherActivities: false,
        projects: [],
        links: [],
        members: [],
        memberSeq: 0,
        answers: {
          'fact.riskStatus': 'not-eliminated',
          'activity.breeding-cows.head': first.head,
          'activity.breeding-cows.boughtOn': first.boughtOn,
          'activity.breeding-cows.origin': 'other-county',
          'activity.breeding-cows.breed': 'simmental',
          'activity.breeding-cows.ageMonths': first.ageMonths,
          'activity.breeding-cows.registeredOn': first.registeredOn,
        },
      };
      localStorage.setItem('huinong.pack', 'xiji-2025');
      localStorage.setItem('huinong.wizard.v2.xiji-2025', JSON.stringify({ step: 'details', draft }));
      localStorage.setItem('huinong.lang', 'en');
    }, FIRST);
    await page.reload();
    const cows = 'Breeding cows (herd expansion)';
    const one = page.getByRole('group', { name: cows, exact: true });
    expect(await one.getByLabel(/^Head accepted/).inputValue()).toBe('3');
    expect(await total(page)).toBe('¥7,200.00');

    await page.getByRole('button', { name: `+ Add another batch: ${cows}` }).click();
    const second = page.getByRole('group', { name: `${cows} (batch 2)` });
    await second.getByLabel(/^Head accepted/).fill(SECOND.head);
    await second.getByLabel('Date bought').fill(SECOND.boughtOn);
    await second.getByLabel('Origin', { exact: true }).selectOption('other-county');
    await second.getByLabel('Breed', { exact: true }).selectOption('angus');
    await second.getByLabel(/^Age when bought/).fill(SECOND.ageMonths);
    await second.getByLabel('Date registered').fill(SECOND.registeredOn);
    expect(await total(page)).toBe(TOTAL);
    expect(await page.getByRole('button', { name: `Remove batch 1: ${cows}` }).count()).toBe(1);
    expect(await page.getByRole('article', { name: 'Herd expansion: breeding cows (batch 2)' }).count()).toBe(
      1,
    );
    // what this change puts on the page (legends, buttons, line titles) is all English
    const stray = await strayChinese(page);
    expect(stray.filter((s) => /^(legend|button|h3)\./.test(s))).toEqual([]);
    await page.locator('#step-heading').focus();
    await second.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}repeatable-batch2-360-en.png` });
    await page
      .getByRole('button', { name: `+ Add another batch: ${cows}` })
      .evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: `${ARTIFACTS}repeatable-buttons-360-en.png` });
    await page
      .getByRole('article', { name: 'Herd expansion: breeding cows (batch 2)' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}repeatable-line2-360-en.png` });
  });
});
