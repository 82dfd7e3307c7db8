import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { noAxeViolations } from '../funds/testing.ts';
import { I18nProvider, type Lang } from '../i18n/i18n.tsx';
import { ruleHref, rulesIndexHref } from './links.ts';
import { RulesView } from './RulesView.tsx';

afterEach(() => {
  window.history.replaceState(null, '', window.location.pathname);
});

function open(hash: string, lang: Lang = 'zh') {
  window.history.replaceState(null, '', `${window.location.pathname}${hash}`);
  return render(
    <I18nProvider initial={lang}>
      <RulesView />
    </I18nProvider>,
  );
}

const section = (name: string | RegExp) => screen.getByRole('region', { name });

describe('ruleHref', () => {
  test('names the pack and the standard', () => {
    expect(ruleHref('xixiang-2023', 'monitored-pig')).toBe('#/rules/xixiang-2023/monitored-pig');
    expect(rulesIndexHref('xiji-2025')).toBe('#/rules/xiji-2025');
  });
});

describe('a per-unit standard: 西乡 2023 monitored-pig (五(一)4(4))', () => {
  test('title, clause text, who, what it reads, conditions, award, dates, sources', async () => {
    const { container } = open('#/rules/xixiang-2023/monitored-pig');
    expect(screen.getByRole('heading', { level: 2, name: '监测对象当年养猪' })).toBeInTheDocument();
    expect(screen.getByText('Pigs (监测对象)')).toBeInTheDocument();
    expect(screen.getByTestId('clause-text')).toHaveTextContent(
      '养殖类：1.当年养猪2头及以上，收入达到2000元以上，奖补标准700元/头；',
    );
    // the plan's own words: no 摘要 mark
    expect(screen.queryByTestId('summary-tag')).toBeNull();
    expect(section('申请主体')).toHaveTextContent('农户类别：监测对象');
    expect(section('所需信息')).toHaveTextContent('申报项目：养猪');
    expect(section('所需信息')).toHaveTextContent('头数（整数 · 头）');
    const conditions = within(section('条件')).getAllByRole('listitem');
    expect(conditions.map((c) => c.textContent)).toEqual([
      '养猪头数 ≥ 2 头原文：“当年养猪2头及以上”',
      '收入 ≥ 2000 元原文：“收入达到2000元以上”',
    ]);
    expect(screen.getByTestId('rule-award')).toHaveTextContent('¥700.00/头 × 头数');
    expect(section('执行期')).toHaveTextContent('2023-01-01 – 2023-12-31');
    expect(section('依据文件')).toHaveTextContent('西乡县2023年度统筹整合使用财政涉农资金中期调整实施方案');
    await noAxeViolations(container);
  });

  test('the worked example: 2 head at the threshold, income 2,000 → 2 × 700 = 1,400, by the engine', () => {
    open('#/rules/xixiang-2023/monitored-pig');
    const example = screen.getByTestId('rule-example');
    expect(example).toHaveTextContent('头数：2 头（条件门槛）');
    expect(example).toHaveTextContent('当年收入：2000 元（条件门槛）');
    expect(screen.getByTestId('example-basis')).toHaveTextContent('2 头 × ¥700.00 = ¥1,400.00');
    expect(screen.getByTestId('example-amount')).toHaveTextContent('¥1,400.00');
    const trace = within(screen.getByTestId('example-trace')).getAllByRole('listitem');
    expect(trace.map((li) => li.textContent)).toContain('✓ 养猪头数 2 头 ≥ 2 头 [五(一)4(4)]');
    expect(trace.map((li) => li.textContent)).toContain('✓ 收入 2000 元 ≥ 2000 元 [五(一)4(4)]');
  });

  test('in English: the reader’s language first, the clause quoted in Chinese', () => {
    open('#/rules/xixiang-2023/monitored-pig', 'en');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Pigs (monitored households)' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('clause-text')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByTestId('rule-award')).toHaveTextContent('¥700.00 per head × Pigs');
    expect(screen.getByTestId('example-basis')).toHaveTextContent('2 head × ¥700.00 = ¥1,400.00');
  });
});

describe('a rates-by-group standard with a limit: 西吉 2025 cattle-cows', () => {
  test('each group’s rate, a worked example for each, the 5-head cap with its text and notes', async () => {
    const { container } = open('#/rules/xiji-2025/cattle-cows');
    expect(screen.getByRole('heading', { level: 2, name: '肉牛扩群补栏·能繁母牛' })).toBeInTheDocument();
    // the pack's restatement of the notice is marked 摘要
    expect(within(screen.getByTestId('clause-text')).getByTestId('summary-tag')).toHaveTextContent('摘要');
    expect(screen.getByTestId('clause-text')).not.toHaveTextContent('（摘要）');
    const rates = within(screen.getByTestId('rule-rates')).getAllByRole('listitem');
    expect(rates.map((r) => r.textContent)).toEqual([
      '未消除风险的监测户：¥2,400.00/头',
      '风险已消除的监测户：¥1,200.00/头',
      '脱贫户：¥1,200.00/头',
    ]);
    // 1 head (验收) at each rate: 1 × 2,400; 1 × 1,200; 1 × 1,200
    expect(screen.getAllByTestId('example-amount').map((e) => e.textContent)).toEqual([
      '¥2,400.00',
      '¥1,200.00',
      '¥1,200.00',
    ]);
    const examples = screen.getAllByTestId('rule-example');
    expect(examples[0]).toHaveTextContent('类别：未消除风险的监测户');
    // 登记后存栏满6个月 to the as-of date 2025-12-31: registered on 2025-07-01
    expect(examples[0]).toHaveTextContent('登记日期：2025-07-01（恰好满足月数）');
    expect(examples[0]).toHaveTextContent('购买日期：2025-01-01（日期门槛）');
    expect(examples[0]).toHaveTextContent('品种：西门塔尔（符合的选项）');

    const cap = screen.getByTestId('limit-cattle-head-cap');
    expect(cap).toHaveTextContent('肉牛扩群补栏每户合计最多5头');
    expect(cap).toHaveTextContent('每户合计最多 5 头（超出时先计单价高的）');
    expect(cap).toHaveTextContent('每户能繁母牛和育肥牛合计最多5头。');
    expect(within(cap).getByRole('link', { name: '肉牛扩群补栏·育肥牛' })).toHaveAttribute(
      'href',
      '#/rules/xiji-2025/cattle-feeders',
    );
    expect(cap).toHaveTextContent('通知未说明超过5头时按哪5头奖补');
    // 肉牛扩群补栏 excludes the courtyard awards: this page says so
    expect(screen.getByTestId('limit-courtyard-after-cattle')).toHaveTextContent(
      '享受本标准后，以下标准不再享受',
    );
    await noAxeViolations(container);
  });

  test('a money cap and an exclusion by a fact on a courtyard standard', () => {
    open('#/rules/xiji-2025/courtyard-vegetables');
    expect(screen.getByTestId('limit-courtyard-household-cap')).toHaveTextContent('每户最高 ¥5,000.00');
    expect(screen.getByTestId('limit-courtyard-demo-village')).toHaveTextContent('不享受');
    expect(screen.getByTestId('example-amount')).toHaveTextContent('¥500.00');
  });
});

describe('standards that cannot be screened', () => {
  test('a 五(二) cost standard shows estimateProject’s example: 1 km → ¥700,000–¥900,000', () => {
    open('#/rules/xixiang-2023/infra-village-road');
    expect(screen.getByTestId('example-amount')).toHaveTextContent('¥700,000.00 – ¥900,000.00');
    expect(screen.getByRole('link', { name: '在“项目估算”中测算预算' })).toHaveAttribute(
      'href',
      '#/projects/xixiang-2023',
    );
  });

  test('an amount set by review has no example, and says why', () => {
    open('#/rules/xixiang-2023/collective-support');
    expect(screen.getByTestId('rule-no-example')).toHaveTextContent('金额由评审确定');
    expect(screen.queryByTestId('example-amount')).toBeNull();
  });
});

describe('a pack’s standards by clause', () => {
  test('西乡 2023: every standard linked under its clause; no limits', async () => {
    const { container } = open('#/rules/xixiang-2023');
    expect(screen.getByRole('heading', { level: 2, name: '补助标准 · 西乡县 2023' })).toBeInTheDocument();
    const clause = screen.getByRole('region', { name: '五(一)4(4)' });
    expect(within(clause).getByRole('link', { name: '监测对象当年养猪' })).toHaveAttribute(
      'href',
      '#/rules/xixiang-2023/monitored-pig',
    );
    expect(screen.getByText('本方案没有跨标准的限额或排除规定。')).toBeInTheDocument();
    await noAxeViolations(container);
  });

  test('西吉 2025 lists its limits', () => {
    open('#/rules/xiji-2025');
    expect(screen.getByTestId('limit-cattle-head-cap')).toBeInTheDocument();
    expect(screen.getByTestId('limit-courtyard-household-cap')).toBeInTheDocument();
  });

  test('following a link opens the standard’s page and moves the focus to its heading', async () => {
    const user = userEvent.setup();
    open('#/rules/xixiang-2023');
    await user.click(screen.getByRole('link', { name: '监测对象当年养猪' }));
    const heading = await screen.findByRole('heading', { level: 2, name: '监测对象当年养猪' });
    expect(heading).toHaveFocus();
    expect(window.location.hash).toBe('#/rules/xixiang-2023/monitored-pig');
  });

  test('an unknown pack or standard says so', () => {
    open('#/rules/nowhere-2020');
    expect(screen.getByRole('alert')).toHaveTextContent('没有名为“nowhere-2020”的政策方案。');
  });
});
