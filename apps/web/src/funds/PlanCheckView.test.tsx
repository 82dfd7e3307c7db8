import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { I18nProvider, type Lang } from '../i18n/i18n.tsx';
import { PlanCheckView } from './PlanCheckView.tsx';
import { noAxeViolations } from './testing.ts';

const view = (lang: Lang = 'zh') =>
  render(
    <I18nProvider initial={lang}>
      <PlanCheckView />
    </I18nProvider>,
  );

const check = (name: string | RegExp) => screen.getByRole('article', { name });
const status = (name: string | RegExp) => within(check(name)).getByTestId('check-status').textContent;
const comparison = (name: string | RegExp) => check(name).querySelector('.comparison')?.textContent;

const SOURCES = '中央、省级、市级、县级资金之和等于计划整合资金总额';
const PROJECTS = '年初项目数＋新增项目数－调减项目数＝调整后项目数';
const FUNDS = /^年初资金＋新增－调减＋建设内容调整/;
const SHARE_MIN = '用于产业发展的资金占比不低于60%';
const SHARE_LAST_YEAR = '用于产业发展的资金占比不低于上年占比';
const SHARE_STATED = '方案所列产业发展资金占比与精确计算结果按同样位数四舍五入后一致';

async function retype(user: ReturnType<typeof userEvent.setup>, label: string | RegExp, text: string) {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  if (text !== '') await user.type(input, text);
}

describe('方案核对: the 西乡 2023 worked example', () => {
  test('prefilled, it passes: 63.5%, 288 + 55 − 31 = 312, each rule with its clause', async () => {
    const { container } = view();
    expect(screen.getByLabelText('中央资金（万元）')).toHaveValue('21025.58');
    expect(screen.getByLabelText('年初项目数（个）')).toHaveValue('288');
    expect(screen.getByTestId('plan-verdict')).toHaveTextContent(
      '方案核对通过 6 项通过，0 项未通过，1 项不适用',
    );
    expect(status(SOURCES)).toBe('通过');
    expect(
      within(check(SOURCES)).getByText('21,025.58 + 10,967 + 670 + 3,456 = 36,118.58'),
    ).toBeInTheDocument();
    expect(status(PROJECTS)).toBe('通过');
    expect(within(check(PROJECTS)).getByText('288 + 55 − 31 = 312')).toBeInTheDocument();
    expect(status(FUNDS)).toBe('通过');
    expect(within(check(FUNDS)).getByText(/= 36,118.582 ≈ 36,118.58$/)).toBeInTheDocument();
    expect(status(SHARE_MIN)).toBe('通过');
    expect(status(SHARE_STATED)).toBe('通过');
    expect(comparison(SHARE_STATED)).toBe('推算 63.5% = 应 63.5%');
    expect(status(SHARE_LAST_YEAR)).toBe('不适用');
    // the rule's own words and where they are
    const min = check(SHARE_MIN);
    expect(min.querySelector('.clause-ref')).toHaveTextContent('依据：晋乡振发〔2023〕8号 三(三)');
    expect(
      within(min).getByText(/不得低于下达你县资金总规模的60%/, { selector: 'blockquote' }),
    ).toBeInTheDocument();
    expect(
      within(check(PROJECTS)).getByText(/共编制项目288个/, { selector: 'blockquote' }),
    ).toBeInTheDocument();
    await noAxeViolations(container);
  });

  test('a source changed so that they no longer add up fails, as it is typed', async () => {
    const user = userEvent.setup();
    const { container } = view();
    await retype(user, '省级资金（万元）', '10976');
    expect(status(SOURCES)).toBe('未通过');
    expect(comparison(SOURCES)).toBe('推算 36,127.58 万元 ≠ 应 36,118.58 万元');
    expect(screen.getByTestId('plan-verdict')).toHaveTextContent('方案有 1 项未通过');
    // the failing rule is named under the verdict and takes you to it
    await user.click(screen.getByRole('button', { name: SOURCES }));
    expect(screen.getByRole('heading', { level: 3, name: SOURCES })).toHaveFocus();
    await noAxeViolations(container);
    // and passes again once corrected
    await retype(user, '省级资金（万元）', '10967');
    expect(status(SOURCES)).toBe('通过');
  });

  test.for([
    ['9436.8', '通过', '60'],
    ['9436.79', '未通过', '59.9999364191'],
    ['9000', '未通过', '57.2227873856'],
  ] as const)(
    'industry %s of 15,728 万元 against the 60 percent rule: %s (share %s)',
    async ([industry, verdict, share]) => {
      const user = userEvent.setup();
      view();
      await retype(user, '用于产业发展资金（万元）', industry);
      expect(status(SHARE_MIN)).toBe(verdict);
      expect(
        within(check(SHARE_MIN)).getByText(new RegExp(`= ${share.replace('.', '\\.')}%$`)),
      ).toBeInTheDocument();
      // the plan's stated 63.5% no longer matches either
      expect(status(SHARE_STATED)).toBe('未通过');
    },
  );

  test("last year's share, once given, is a rule: 63.48% is below 64%", async () => {
    const user = userEvent.setup();
    view();
    await retype(user, /^上年产业发展资金占比（%）/, '64');
    expect(status(SHARE_LAST_YEAR)).toBe('未通过');
    await retype(user, /^上年产业发展资金占比（%）/, '63.4');
    expect(status(SHARE_LAST_YEAR)).toBe('通过');
  });

  test('projects that do not reconcile fail: 288 + 56 − 31 ≠ 312', async () => {
    const user = userEvent.setup();
    view();
    await retype(user, '新增项目数（个）', '56');
    expect(status(PROJECTS)).toBe('未通过');
    expect(within(check(PROJECTS)).getByText('288 + 56 − 31 = 313')).toBeInTheDocument();
  });

  test('bad input is shown at its field, in Chinese and English; the rules wait for it', async () => {
    const user = userEvent.setup();
    const { container } = view();
    await retype(user, '中央资金（万元）', '21,025.58');
    const input = screen.getByLabelText('中央资金（万元）');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      '中央资金（万元）：须为数字，如 36118.58（不带千分位逗号和单位） / central funds (10k yuan): must be a plain number such as 36118.58 (no commas, no unit)',
    );
    expect(screen.getByTestId('plan-verdict')).toHaveTextContent('有 1 处填写需要改正');
    expect(screen.queryByRole('article')).toBeNull();
    await noAxeViolations(container);

    await retype(user, '新增项目数（个）', '5.5');
    expect(screen.getByLabelText('新增项目数（个）')).toHaveAccessibleDescription(
      '新增项目数（个）：须为非负整数 / projects added: must be a whole number, 0 or more',
    );
    await retype(user, '用于产业发展资金（万元）', '');
    expect(screen.getByLabelText('用于产业发展资金（万元）')).toHaveAccessibleDescription(
      '用于产业发展资金（万元）：必填 / linkage funds for industry (10k yuan): is required',
    );
    expect(screen.getByTestId('plan-verdict')).toHaveTextContent('有 3 处填写需要改正');

    // the summary's entries take the focus to their input
    await user.click(screen.getByRole('button', { name: /^新增项目数（个）：须为非负整数/ }));
    expect(screen.getByLabelText('新增项目数（个）')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: '恢复西乡县2023年示例' }));
    expect(screen.getByTestId('plan-verdict')).toHaveTextContent('方案核对通过');
  });

  test('an industry part above the linkage total is refused at the field', async () => {
    const user = userEvent.setup();
    view();
    await retype(user, '用于产业发展资金（万元）', '15729');
    expect(screen.getByLabelText('用于产业发展资金（万元）')).toHaveAccessibleDescription(
      /不得超过中省财政衔接补助资金 \/ linkage funds for industry \(10k yuan\): must not exceed the linkage funds/,
    );
  });

  test('clear empties every input and says what is required', async () => {
    const user = userEvent.setup();
    view();
    // the heading names the county plan checked, as the form does
    expect(screen.getByRole('heading', { level: 2, name: '方案核对：西乡县 2023' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '清空' }));
    expect(screen.getByLabelText('县（区）名称')).toHaveValue('');
    expect(screen.getByRole('heading', { level: 2, name: '方案核对' })).toBeInTheDocument();
    expect(screen.getByTestId('plan-verdict')).toHaveTextContent('有 18 处填写需要改正');
  });

  test('English second: labels and verdicts in English, the clause quoted in Chinese', async () => {
    const user = userEvent.setup();
    const { container } = view('en');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Plan check: Xixiang County 2023' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('plan-verdict')).toHaveTextContent(
      'The plan passes 6 passed, 0 failed, 1 not applicable',
    );
    await retype(user, 'linkage funds for industry (10k yuan)', '9000');
    const min = screen.getByRole('article', { name: 'industry share of the linkage funds is at least 60%' });
    expect(within(min).getByTestId('check-status')).toHaveTextContent('Failed');
    expect(
      within(min).getByText(/不得低于下达你县资金总规模的60%/, { selector: 'blockquote' }),
    ).toHaveAttribute('lang', 'zh-CN');
    await noAxeViolations(container);
  });
});
