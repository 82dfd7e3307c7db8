import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, test } from 'vitest';
import { App, loadWizard } from '../App.tsx';
import { PACK_KEY } from '../packs/packs.tsx';
import { storageKey } from './persistence.ts';

beforeAll(async () => {
  await loadWizard();
});

const COWS = '能繁母牛（扩群补栏）';
const batch = (n: number) => screen.getByRole('group', { name: `${COWS}（第${n}批）` });

/**
 * A 西吉 2025 draft kept on this device from before there were batches (no `instances`), on the
 * details step: a 未消除风险 monitored household with 3 Simmental cows from another county.
 */
function keptDraft() {
  localStorage.setItem(PACK_KEY, 'xiji-2025');
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
      'activity.breeding-cows.head': '3',
      'activity.breeding-cows.boughtOn': '2025-02-01',
      'activity.breeding-cows.origin': 'other-county',
      'activity.breeding-cows.breed': 'simmental',
      'activity.breeding-cows.ageMonths': '8',
      'activity.breeding-cows.registeredOn': '2025-02-10',
    },
  };
  localStorage.setItem(storageKey('xiji-2025'), JSON.stringify({ step: 'details', draft }));
}

async function fillBatch(user: ReturnType<typeof userEvent.setup>, group: HTMLElement, head: string) {
  const field = (label: string) => within(group).getByLabelText(label);
  await user.type(field('验收合格头数（头）'), head);
  await user.type(field('购买日期'), '2025-03-15');
  await user.selectOptions(field('来源'), '外县（区）调购');
  await user.selectOptions(field('品种'), '安格斯');
  await user.type(field('购入时月龄（个月）'), '10');
  await user.type(field('登记日期'), '2025-03-20');
}

describe('the details step: another batch of a repeatable activity (西吉 2025 cattle)', () => {
  test('a draft from before loads whole; a second batch is added, asked on its own, and screened as its own line', async () => {
    keptDraft();
    const user = userEvent.setup();
    render(<App lang="zh" />);
    const first = await screen.findByRole('group', { name: COWS });
    expect(within(first).getByLabelText('验收合格头数（头）')).toHaveValue('3');
    expect(screen.getByTestId('total')).toHaveTextContent('¥7,200.00');
    // one batch: nothing to remove here (it goes with its box on the activities step)
    expect(screen.queryByRole('button', { name: /^删除/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: `＋ 再添加一批：${COWS}` }));
    // the first batch keeps its answers; the new one is empty and has the focus
    expect(within(batch(1)).getByLabelText('验收合格头数（头）')).toHaveValue('3');
    const second = batch(2);
    expect(within(second).getByLabelText('验收合格头数（头）')).toHaveValue('');
    await new Promise((r) => setTimeout(r, 0));
    expect(within(second).getByLabelText('验收合格头数（头）')).toHaveFocus();
    await fillBatch(user, second, '4');

    // 2,400 a head: 3 × 2,400 = 7,200 and 4 × 2,400 = 9,600; 每户合计最多5头 takes the 2 head over
    // off the later batch (one rate: in their order), −4,800, so 12,000
    expect(screen.getByTestId('total')).toHaveTextContent('¥12,000.00');
    const results = screen.getByRole('complementary');
    const line1 = within(results).getByRole('article', { name: '肉牛扩群补栏·能繁母牛（第1批）' });
    const line2 = within(results).getByRole('article', { name: '肉牛扩群补栏·能繁母牛（第2批）' });
    expect(within(line1).getByText(/3 头 × ¥2,400.00/)).toBeInTheDocument();
    expect(within(line2).getByText(/4 头 × ¥2,400.00/)).toBeInTheDocument();
    const cap = within(results).getByRole('article', { name: '肉牛扩群补栏每户合计最多5头' });
    expect(cap).toHaveTextContent('-¥4,800.00');
    expect(cap).toHaveTextContent('肉牛扩群补栏·能繁母牛（第2批）');

    // kept on the device: the second batch under its own key
    const kept = JSON.parse(localStorage.getItem(storageKey('xiji-2025')) ?? '{}');
    expect(kept.draft.instances).toEqual({ 'breeding-cows': ['breeding-cows', 'breeding-cows~1'] });
    expect(kept.draft.answers['activity.breeding-cows~1.head']).toBe('4');
    expect(kept.draft.answers['activity.breeding-cows.head']).toBe('3');
  });

  test('the review lists each batch with its own answers; removing the first leaves the second, alone and unnumbered', async () => {
    keptDraft();
    const user = userEvent.setup();
    render(<App lang="zh" />);
    await user.click(await screen.findByRole('button', { name: `＋ 再添加一批：${COWS}` }));
    await fillBatch(user, batch(2), '2');
    await user.click(screen.getByRole('button', { name: '下一步' })); // 家庭成员
    await user.click(screen.getByRole('button', { name: '下一步' })); // 核对
    await screen.findByRole('heading', { name: '核对填写内容' });
    const review = (n: number) =>
      screen.getByText(`${COWS}（第${n}批）`, { selector: 'dt' }).parentElement as HTMLElement;
    expect(review(1)).toHaveTextContent('验收合格头数（头）：3');
    expect(review(1)).toHaveTextContent('购买日期：2025-02-01');
    expect(review(2)).toHaveTextContent('验收合格头数（头）：2');
    expect(review(2)).toHaveTextContent('购买日期：2025-03-15');
    // 3 + 2 = 5 head: at the cap, nothing off; 5 × 2,400
    expect(screen.getByTestId('total')).toHaveTextContent('¥12,000.00');

    await user.click(within(review(1)).getByRole('button', { name: '修改' }));
    await user.click(within(batch(1)).getByRole('button', { name: `删除第1批：${COWS}` }));
    const left = screen.getByRole('group', { name: COWS });
    expect(within(left).getByLabelText('验收合格头数（头）')).toHaveValue('2');
    expect(within(left).getByLabelText('购买日期')).toHaveValue('2025-03-15');
    expect(screen.queryByRole('group', { name: /（第\d批）/ })).toBeNull();
    expect(screen.getByRole('button', { name: `＋ 再添加一批：${COWS}` })).toHaveFocus();
    // 2 × 2,400
    expect(screen.getByTestId('total')).toHaveTextContent('¥4,800.00');
  });

  test('an activity the pack does not declare repeatable is asked once, with nothing to add', async () => {
    keptDraft();
    const kept = JSON.parse(localStorage.getItem(storageKey('xiji-2025')) ?? '{}');
    kept.draft.activities = ['wheat'];
    localStorage.setItem(storageKey('xiji-2025'), JSON.stringify(kept));
    render(<App lang="zh" />);
    await screen.findByRole('group', { name: '小麦种植' });
    expect(screen.queryByRole('button', { name: /再添加/ })).toBeNull();
  });
});
