import axe from 'axe-core';
import type { Page } from 'playwright-core';

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
