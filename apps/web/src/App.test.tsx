import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeAll, describe, expect, test } from 'vitest';

// the wizard is loaded on the first step's answer in a page; here, once, before the cases
beforeAll(async () => {
  await loadWizard();
});

import { App, loadWizard } from './App.tsx';
import { storageKey } from './wizard/persistence.ts';

async function noAxeViolations(container: HTMLElement) {
  // colour contrast needs a layout engine: it is checked in the real browser specs
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

const next = () => screen.getByRole('button', { name: '下一步' });

async function monitoredPigs(user: ReturnType<typeof userEvent.setup>, head: string, income: string) {
  await user.click(screen.getByRole('radio', { name: /^农户/ }));
  await user.click(next());
  await user.click(await screen.findByRole('radio', { name: /^监测对象/ }));
  await user.click(screen.getByRole('radio', { name: '脱贫不稳定户' }));
  await user.click(next());
  await user.click(screen.getByRole('checkbox', { name: '当年养猪' }));
  await user.click(next());
  await user.type(screen.getByLabelText('头数（头）'), head);
  await user.type(screen.getByLabelText('当年收入（元）'), income);
}

describe('the wizard in the page', () => {
  test('a 监测对象 household with 4 pigs and ¥3,000 income sees ¥2,800 (贰仟捌佰元整) as it types', async () => {
    const user = userEvent.setup();
    const { container } = render(<App lang="zh" />);
    await noAxeViolations(container);
    await monitoredPigs(user, '4', '3000');
    expect(screen.getByTestId('total')).toHaveTextContent('¥2,800.00');
    expect(screen.getAllByText('贰仟捌佰元整').length).toBeGreaterThan(0);
    const line = screen.getByRole('article', { name: '监测对象当年养猪' });
    expect(within(line).getByText('符合')).toBeInTheDocument();
    expect(within(line).getByText(/4 头 × ¥700.00/)).toBeInTheDocument();
    // the clause's own text is quoted
    expect(within(line).getByText(/当年养猪2头及以上/, { selector: 'blockquote' })).toBeInTheDocument();
    // every result line links to its rule page
    expect(within(line).getByRole('link', { name: /查看本条规则/ })).toHaveAttribute(
      'href',
      '#/rules/xixiang-2023/monitored-pig',
    );
    await noAxeViolations(container);
  });

  test('a near miss says what is missing: 差 1 头', async () => {
    const user = userEvent.setup();
    render(<App lang="zh" />);
    await monitoredPigs(user, '1', '3000');
    expect(screen.getByText(/差 1 头/)).toBeInTheDocument();
    expect(screen.getByTestId('total')).toHaveTextContent('¥0.00');
  });

  test('every input is labelled with its unit', async () => {
    const user = userEvent.setup();
    render(<App lang="zh" />);
    await user.click(screen.getByRole('radio', { name: /^农户/ }));
    await user.click(next());
    await user.click(screen.getByRole('radio', { name: /^监测对象/ }));
    await user.click(screen.getByRole('radio', { name: '边缘易致贫户' }));
    await user.click(next());
    for (const name of ['新发展天麻', '当年养羊', '当年养蜂', '当年养禽（鸡、鸭、鹅）', '当年新办农家乐'])
      await user.click(screen.getByRole('checkbox', { name }));
    await user.click(next());
    for (const label of ['面积（亩）', '只数（只）', '蜂箱数（箱）', '投资额（元）', '年收入（元）'])
      expect(screen.getAllByLabelText(label).length).toBeGreaterThan(0);
  });

  test('a 脱贫户 is not asked about sheep unless it opens "其他"', async () => {
    const user = userEvent.setup();
    render(<App lang="zh" />);
    await user.click(screen.getByRole('radio', { name: /^农户/ }));
    await user.click(next());
    await user.click(screen.getByRole('radio', { name: /^脱贫户/ }));
    await user.click(next());
    expect(screen.getByRole('checkbox', { name: /新种植经济林/ })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: '当年养羊' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /还有其他生产经营活动/ }));
    await user.click(screen.getByRole('checkbox', { name: '当年养羊' }));
    expect(screen.getByText(/本方案没有针对脱贫户「养羊」的奖补标准/)).toBeInTheDocument();
  });

  test('an ordinary household learns at once that the household standards do not apply', async () => {
    const user = userEvent.setup();
    const { container } = render(<App lang="zh" />);
    await user.click(screen.getByRole('radio', { name: /^农户/ }));
    await user.click(next());
    await user.click(screen.getByRole('radio', { name: /^一般农户/ }));
    await user.click(next());
    expect(screen.getByRole('heading', { name: '一般农户不适用户类奖补标准' })).toBeInTheDocument();
    await noAxeViolations(container);
  });

  test('an operator sees each threshold as a sentence: 4 人，需 5 人以上 ✗', async () => {
    const user = userEvent.setup();
    const { container } = render(<App lang="zh" />);
    await user.click(screen.getByRole('radio', { name: /^新型经营主体/ }));
    await user.click(next());
    await user.click(screen.getByRole('checkbox', { name: '劳务用工' }));
    await user.click(next());
    await user.type(screen.getByLabelText('当年吸纳脱贫人口务工（人）'), '4');
    await user.type(screen.getByLabelText('年度支付脱贫户、监测对象工资总额（元）'), '42000');
    expect(screen.getByText('吸纳脱贫人口务工 4 人，需 5 人以上 ✗')).toBeInTheDocument();
    expect(screen.getByText('支付脱贫户、监测对象工资总额 4.2 万元，需 5 万元以上 ✗')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('当年吸纳脱贫人口务工（人）'));
    await user.type(screen.getByLabelText('当年吸纳脱贫人口务工（人）'), '5');
    await user.clear(screen.getByLabelText('年度支付脱贫户、监测对象工资总额（元）'));
    await user.type(screen.getByLabelText('年度支付脱贫户、监测对象工资总额（元）'), '50000');
    expect(screen.getByTestId('total')).toHaveTextContent('¥10,000.00');
    expect(screen.getAllByText('壹万元整').length).toBeGreaterThan(0);
    await noAxeViolations(container);
  });

  test('a 脱贫户 adds members: a technical-school student and a worker in 广东 (places from the divisions)', async () => {
    const user = userEvent.setup();
    const { container } = render(<App lang="zh" />);
    await user.click(screen.getByRole('radio', { name: /^农户/ }));
    await user.click(next());
    await user.click(screen.getByRole('radio', { name: /^脱贫户/ }));
    await user.click(next());
    await user.click(next());
    expect(screen.getByRole('heading', { name: '家庭成员' })).toBeInTheDocument();
    // 脱贫户 are not asked "零就业" (it only opens 公益性岗位 to 边缘易致贫户)
    expect(screen.queryByRole('group', { name: /零就业/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: '＋ 添加成员' }));
    await user.type(screen.getByLabelText('姓名'), '张小明');
    const member = screen.getByRole('group', { name: '成员 1：张小明' });
    await user.click(within(member).getByRole('checkbox', { name: '在校学生（雨露计划）' }));
    await user.selectOptions(within(member).getByLabelText('就读学校类型'), '技工类院校');
    await user.click(within(member).getByRole('radio', { name: '是' }));
    await user.click(within(member).getByRole('checkbox', { name: '跨县务工（交通补助）' }));
    const province = within(member).getByLabelText('省（自治区、直辖市）');
    await waitFor(() => expect(within(province).getByRole('option', { name: '广东省' })).toBeInTheDocument());
    await user.selectOptions(province, '广东省');
    await user.selectOptions(within(member).getByLabelText('市（州）'), '深圳市');
    await user.type(within(member).getByLabelText('外出务工开始日期'), '2023-03-01');
    expect(screen.getByRole('article', { name: /雨露计划/ })).toHaveTextContent('¥3,000.00');
    expect(screen.getByRole('article', { name: '跨县务工交通补助' })).toHaveTextContent('¥500.00');
    expect(screen.getByTestId('total')).toHaveTextContent('¥3,500.00');
    await noAxeViolations(container);
  });

  test('a letter in a number is reported at the input once it is left, and 下一步 stays on the step', async () => {
    const user = userEvent.setup();
    render(<App lang="zh" />);
    await monitoredPigs(user, '4x', '3000');
    // the income field has the focus now: the head count was left
    expect(screen.getByLabelText('头数（头）')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/应为数字/)).toBeInTheDocument();
    await user.click(next());
    expect(screen.getByRole('heading', { name: '填写数量' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('本步还有 1 处需要修改');
    expect(screen.getByLabelText('头数（头）')).toHaveFocus();
  });

  test('full-width digits from a Chinese keyboard are numbers: 「４」 pigs and 「３０００」 yuan', async () => {
    const user = userEvent.setup();
    render(<App lang="zh" />);
    await monitoredPigs(user, '４', '３,０００');
    expect(screen.getByLabelText('头数（头）')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByTestId('total')).toHaveTextContent('¥2,800.00');
  });

  test('the draft survives a reload, on the same step', async () => {
    const user = userEvent.setup();
    const first = render(<App lang="zh" />);
    await monitoredPigs(user, '4', '3000');
    expect(localStorage.getItem(storageKey('xixiang-2023'))).toContain('"activity.pig.head":"4"');
    first.unmount();
    render(<App lang="zh" />);
    expect(screen.getByRole('heading', { name: '填写数量' })).toBeInTheDocument();
    expect(screen.getByLabelText('头数（头）')).toHaveValue('4');
    expect(screen.getByTestId('total')).toHaveTextContent('¥2,800.00');
  });

  test('back and forward keep every answer', async () => {
    const user = userEvent.setup();
    render(<App lang="zh" />);
    await monitoredPigs(user, '4', '3000');
    const back = () => user.click(screen.getByRole('button', { name: '上一步' }));
    await back();
    await back();
    await back();
    expect(screen.getByRole('radio', { name: /^农户/ })).toBeChecked();
    for (let i = 0; i < 3; i++) await user.click(next());
    expect(screen.getByLabelText('头数（头）')).toHaveValue('4');
    expect(screen.getByLabelText('当年收入（元）')).toHaveValue('3000');
  });

  test('English second, switchable; the choice is remembered', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(screen.getByRole('heading', { name: '谁来申请？' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { name: 'Who is applying?' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('radio', { name: /^household/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('radio', { name: /^monitored household/ })).toBeInTheDocument();
    expect(localStorage.getItem('huinong.lang')).toBe('en');
  });

  test('review → results → worksheet with the 大写 total, the clause, and signature blocks', async () => {
    const user = userEvent.setup();
    const { container } = render(<App lang="zh" />);
    await monitoredPigs(user, '4', '3000');
    await user.click(next());
    expect(screen.getByRole('heading', { name: '家庭成员' })).toBeInTheDocument();
    await user.click(next());
    await user.type(screen.getByLabelText('户主姓名'), '李四');
    await user.click(screen.getByRole('button', { name: '查看测算结果' }));
    await user.click(screen.getByRole('button', { name: '打开测算表（打印）' }));
    const sheet = await screen.findByRole('table', { name: '奖补项目明细' });
    expect(within(sheet).getByText('¥2,800.00', { selector: 'td' })).toBeInTheDocument();
    expect(within(sheet).getAllByText('贰仟捌佰元整')).toHaveLength(2);
    expect(within(sheet).getByText(/当年养猪2头及以上/)).toBeInTheDocument();
    expect(screen.getByText('李四')).toBeInTheDocument();
    for (const block of ['村级评议意见', '镇（街道）审核意见', '县级审批意见'])
      expect(screen.getByRole('heading', { name: block })).toBeInTheDocument();
    await noAxeViolations(container);
    await user.click(screen.getByRole('button', { name: '上一步' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '打开测算表（打印）' })).toBeInTheDocument(),
    );
  });
});

describe('a village collective', () => {
  test('kiwi 60 mu with 20 mu of trellis: 60 × 500 + 20 × 1,000 = ¥50,000; the reviewed support is recorded, not computed', async () => {
    const user = userEvent.setup();
    const { container } = render(<App lang="zh" />);
    await user.click(screen.getByRole('radio', { name: /^村集体经济组织/ }));
    await user.click(next());
    await user.click(screen.getByRole('checkbox', { name: '猕猴桃' }));
    await user.click(screen.getByRole('checkbox', { name: /县级评审/ }));
    await user.click(next());
    await user.type(screen.getByLabelText('集中连片面积（亩）'), '60');
    await user.type(screen.getByLabelText('棚架建设面积（亩）'), '20');
    expect(screen.getByTestId('total')).toHaveTextContent('¥50,000.00');
    expect(screen.getByRole('article', { name: '村集体经济合作社产业扶持' })).toHaveTextContent(/县级/);
    await user.type(screen.getByLabelText('评审确定的扶持额度（元）'), '200000');
    expect(screen.getByTestId('total')).toHaveTextContent('¥250,000.00');
    expect(screen.getAllByText('贰拾伍万元整').length).toBeGreaterThan(0);
    // 49.99 mu is below 集中连片50亩以上
    await user.clear(screen.getByLabelText('集中连片面积（亩）'));
    await user.type(screen.getByLabelText('集中连片面积（亩）'), '49.99');
    expect(screen.getByTestId('total')).toHaveTextContent('¥200,000.00');
    await noAxeViolations(container);
  });
});
