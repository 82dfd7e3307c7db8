import { validatePack } from '@huinong/benefits';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, test } from 'vitest';

// the wizard is loaded on the first step's answer in a page; here, once, before the cases
beforeAll(async () => {
  await loadWizard();
});

import { App, loadWizard } from '../App.tsx';
import { brokenPack, smallPack } from '../test/fixtures/small-pack.ts';
import { storageKey } from '../wizard/persistence.ts';
import { PACK_KEY } from './packs.tsx';

const next = () => screen.getByRole('button', { name: '下一步' });
const picker = () => screen.getByRole('combobox', { name: '政策包' });
const fileInput = () => screen.getByLabelText<HTMLInputElement>('打开政策包文件', { selector: 'input' });
const json = (data: unknown, name: string) =>
  new File([JSON.stringify(data)], name, { type: 'application/json' });

async function monitoredHousehold(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('radio', { name: /^农户/ }));
  await user.click(next());
  await user.click(screen.getByRole('radio', { name: /^监测对象/ }));
  await user.click(screen.getByRole('radio', { name: '脱贫不稳定户' }));
}

/** 西吉县 2025: a monitored household whose risk is not eliminated, with `head` cows bought from another county. */
async function xijiCows(user: ReturnType<typeof userEvent.setup>, head: string) {
  await user.selectOptions(picker(), '西吉县 2025');
  await monitoredHousehold(user);
  await user.selectOptions(screen.getByLabelText('该监测户的返贫致贫风险是否已消除？'), '未消除风险');
  await user.click(next());
  await user.click(screen.getByRole('checkbox', { name: '能繁母牛（扩群补栏）' }));
  await user.click(next());
  await user.type(screen.getByLabelText('验收合格头数（头）'), head);
  await user.type(screen.getByLabelText('购买日期'), '2025-02-01');
  await user.selectOptions(screen.getByLabelText('来源'), '外县（区）调购');
  await user.selectOptions(screen.getByLabelText('品种'), '西门塔尔');
  await user.type(screen.getByLabelText('购入时月龄（个月）'), '8');
  await user.type(screen.getByLabelText('登记日期'), '2025-02-10');
}

describe('the pack picker', () => {
  test('lists the built-in packs by county and year; the choice is remembered and each pack keeps its own draft', async () => {
    const user = userEvent.setup();
    const first = render(<App lang="zh" />);
    expect(
      within(picker())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['西乡县 2023', '西吉县 2025', '汝州市 2023']);
    expect(picker()).toHaveDisplayValue('西乡县 2023');
    await user.click(screen.getByRole('radio', { name: /^农户/ }));
    await user.selectOptions(picker(), '西吉县 2025');
    expect(screen.getByText(/测算依据：西吉县2025年产业奖补/)).toBeInTheDocument();
    expect(localStorage.getItem(PACK_KEY)).toBe('xiji-2025');
    // 西吉's draft is its own: nothing chosen yet
    expect(screen.getByRole('radio', { name: /^农户/ })).not.toBeChecked();
    first.unmount();
    render(<App lang="zh" />);
    expect(picker()).toHaveDisplayValue('西吉县 2025');
    await user.selectOptions(picker(), '西乡县 2023');
    expect(screen.getByRole('radio', { name: /^农户/ })).toBeChecked();
    expect(localStorage.getItem(storageKey('xixiang-2023'))).toContain('"kind":"household"');
  });

  test('a fact of the pack is asked where the household is described: 西吉 risk status decides 2,400 a head', async () => {
    const user = userEvent.setup();
    render(<App lang="zh" />);
    await xijiCows(user, '3');
    expect(screen.getByTestId('total')).toHaveTextContent('¥7,200.00');
    const line = screen.getByRole('article', { name: '肉牛扩群补栏·能繁母牛' });
    expect(within(line).getByText(/3 头 × ¥2,400.00/)).toBeInTheDocument();
    // the answer is a fact of the household, kept with 西吉's draft
    expect(localStorage.getItem(storageKey('xiji-2025'))).toContain('"fact.riskStatus":"not-eliminated"');
  });

  test('a household stage cap is its own line: 7 cows, at most 5 paid, −¥4,800.00 with its clause; the worksheet prints it', async () => {
    const user = userEvent.setup();
    render(<App lang="zh" />);
    await xijiCows(user, '7');
    const cap = screen.getByRole('article', { name: '肉牛扩群补栏每户合计最多5头' });
    expect(within(cap).getByText('-¥4,800.00')).toBeInTheDocument();
    expect(within(cap).getByText(/每户能繁母牛和育肥牛合计最多5头/)).toBeInTheDocument();
    expect(within(cap).getByText('西党办发〔2025〕17号')).toBeInTheDocument();
    expect(screen.getByTestId('total')).toHaveTextContent('¥12,000.00');
    await user.click(next()); // 家庭成员
    await user.click(next()); // 核对
    await user.click(screen.getByRole('button', { name: '查看测算结果' }));
    await user.click(screen.getByRole('button', { name: '打开测算表（打印）' }));
    const sheet = await screen.findByRole('table', { name: '奖补项目明细' });
    const row = within(sheet).getByText('肉牛扩群补栏每户合计最多5头').closest('tr') as HTMLElement;
    expect(within(row).getByText('-¥4,800.00')).toBeInTheDocument();
    expect(within(row).getByText('（减）肆仟捌佰元整')).toBeInTheDocument();
    expect(within(sheet).getByTestId('ws-total')).toHaveTextContent('¥12,000.00');
    // the plan's title heads the worksheet and is named again as its basis at the foot
    expect(screen.getAllByText('西吉县2025年产业奖补（肉牛扩群补栏、庭院经济、小麦种植）')).toHaveLength(2);
    expect(document.title).toMatch(/^西吉县2025年产业奖补/);
  });

  test('a date outside the plan is said at the date field and keeps the results closed', async () => {
    const user = userEvent.setup();
    render(<App lang="zh" />);
    await xijiCows(user, '3');
    await user.click(next());
    await user.click(next());
    const date = screen.getByLabelText('测算日期');
    fireEvent.change(date, { target: { value: '2026-01-15' } });
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText(/测算日 2026-01-15 不在方案「西吉县2025年产业奖补/).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: '查看测算结果' })).toBeDisabled();
  });

  test('opens a pack file: checked, kept, chosen, and screened with', async () => {
    expect(validatePack(smallPack()).ok).toBe(true);
    const user = userEvent.setup();
    render(<App lang="zh" />);
    await user.upload(fileInput(), json(smallPack(), 'demo-2024.json'));
    await waitFor(() => expect(picker()).toHaveDisplayValue('示例县 2024 · demo-2024.json'));
    expect(screen.getByRole('status')).toHaveTextContent('已打开政策包「示例县2024年庭院养殖奖补方案」');
    await user.click(screen.getByRole('radio', { name: /^农户/ }));
    await user.click(next());
    await user.click(screen.getByRole('radio', { name: /^脱贫户/ }));
    await user.click(next());
    await user.click(screen.getByRole('checkbox', { name: '当年养山羊' }));
    await user.click(next());
    await user.type(screen.getByLabelText('山羊只数（只）'), '4');
    expect(screen.getByTestId('total')).toHaveTextContent('¥1,200.00');
    expect(screen.getByText(/本机文件 demo-2024.json/)).toBeInTheDocument();
  });

  test('a broken pack file is not opened: each problem is listed with its path, in Chinese and English', async () => {
    const user = userEvent.setup();
    render(<App lang="zh" />);
    await user.upload(fileInput(), json(brokenPack(), 'broken.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('政策包文件 broken.json 有 2 处问题，未打开');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^dates 必填 \/ is required/),
        expect.stringMatching(/^standards\[0\]\.award\.amount /),
      ]),
    );
    expect(picker()).toHaveDisplayValue('西乡县 2023');
    await user.upload(fileInput(), new File(['{ not json'], 'x.json', { type: 'application/json' }));
    expect(await screen.findByText(/不是有效的 JSON 文件/)).toBeInTheDocument();
  });
});
