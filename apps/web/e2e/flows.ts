import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';

/** Drives the wizard as a person would: by the names of the controls, in Chinese. */
export async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: '下一步' }).click();
}

export async function monitoredHousehold(page: Page, head: string, income: string): Promise<void> {
  await page.getByRole('radio', { name: /^农户/ }).check();
  await next(page);
  await page.getByRole('radio', { name: /^监测对象/ }).check();
  await page.getByRole('radio', { name: '脱贫不稳定户', exact: true }).check();
  await next(page);
  await page.getByRole('checkbox', { name: '当年养猪', exact: true }).check();
  await next(page);
  await page.getByLabel('头数（头）').fill(head);
  await page.getByLabel('当年收入（元）').fill(income);
}

export async function operatorLabor(page: Page, workers: string, wages: string): Promise<void> {
  await page.getByRole('radio', { name: /^新型经营主体/ }).check();
  await next(page);
  await page.getByRole('checkbox', { name: '劳务用工', exact: true }).check();
  await next(page);
  await page.getByLabel('当年吸纳脱贫人口务工（人）').pressSequentially(workers);
  await page.getByLabel('年度支付脱贫户、监测对象工资总额（元）').pressSequentially(wages);
}

export async function total(page: Page): Promise<string> {
  return (await page.getByTestId('total').first().textContent()) ?? '';
}

/** axe-core in the real page (colour contrast included): the ids and targets of every violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const r = await w.axe.run(document);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/**
 * 西吉县 2025, a 未消除风险 monitored household (脱贫不稳定户) that bought breeding cows: on to the
 * details step, where the first batch is asked.
 */
export async function xijiMonitoredCows(page: Page): Promise<void> {
  await page.getByLabel('政策包', { exact: true }).selectOption({ label: '西吉县 2025' });
  await page.getByRole('radio', { name: /^农户/ }).check();
  await next(page);
  await page.getByRole('radio', { name: /^监测对象/ }).check();
  await page.getByRole('radio', { name: '脱贫不稳定户', exact: true }).check();
  await page.getByLabel('该监测户的返贫致贫风险是否已消除？').selectOption({ label: '未消除风险' });
  await next(page);
  await page.getByRole('checkbox', { name: '能繁母牛（扩群补栏）' }).check();
  await next(page);
}

/** One batch of breeding cows from another county (西吉 2025), typed into its own fieldset. */
export async function cowBatch(
  batch: Locator,
  b: { head: string; breed: string; ageMonths: string; boughtOn: string; registeredOn: string },
): Promise<void> {
  await batch.getByLabel('验收合格头数（头）').fill(b.head);
  await batch.getByLabel('购买日期').fill(b.boughtOn);
  await batch.getByLabel('来源').selectOption({ label: '外县（区）调购' });
  await batch.getByLabel('品种').selectOption({ label: b.breed });
  await batch.getByLabel('购入时月龄（个月）').fill(b.ageMonths);
  await batch.getByLabel('登记日期').fill(b.registeredOn);
}
