import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { noAxeViolations } from '../funds/testing.ts';
import { I18nProvider, type Lang } from '../i18n/i18n.tsx';
import { PackGate } from '../packs/packs.tsx';
import { ProjectsView } from './ProjectsView.tsx';

afterEach(() => {
  window.history.replaceState(null, '', window.location.pathname);
});

function open(hash = '#/projects', lang: Lang = 'zh') {
  window.history.replaceState(null, '', `${window.location.pathname}${hash}`);
  return render(
    <I18nProvider initial={lang}>
      <PackGate>
        <ProjectsView />
      </PackGate>
    </I18nProvider>,
  );
}

describe('项目估算 (西乡 2023, 五(二))', () => {
  test('a 2 km village road with 150 万元: 70–90 万元/km → 140–180 万元 → within, with the clause', async () => {
    const user = userEvent.setup();
    const { container } = open();
    expect(screen.getByRole('heading', { level: 2, name: '项目估算 · 西乡县 2023' })).toBeInTheDocument();
    expect(screen.getByLabelText('项目类型')).toHaveValue('infra-village-road');
    expect(screen.getByText('填写项目规模后显示造价范围。')).toBeInTheDocument();
    await user.type(screen.getByLabelText('长度（公里）'), '2');
    await user.type(screen.getByLabelText('预算（万元）'), '150');
    expect(screen.getByTestId('project-verdict')).toHaveTextContent('在标准范围内');
    expect(screen.getByTestId('project-range')).toHaveTextContent(
      '¥1,400,000.00（140 万元） – ¥1,800,000.00（180 万元）',
    );
    expect(screen.getByTestId('project-budget')).toHaveTextContent('¥1,500,000.00（150 万元）');
    expect(screen.getByTestId('project-clause')).toHaveTextContent('每公里投资70-90万元');
    expect(screen.getByRole('link', { name: '查看条款与标准' })).toHaveAttribute(
      'href',
      '#/rules/xixiang-2023/infra-village-road',
    );
    await noAxeViolations(container);
  });

  test.for([
    ['130', '低于标准'],
    ['190', '高于标准'],
  ] as const)('2 km with %s 万元 is %s', async ([budget, verdict]) => {
    const user = userEvent.setup();
    open();
    await user.type(screen.getByLabelText('长度（公里）'), '2');
    await user.type(screen.getByLabelText('预算（万元）'), budget);
    expect(screen.getByTestId('project-verdict')).toHaveTextContent(verdict);
  });

  test('a bridge of exactly 10 m: the small-span standard, and the overlap said', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(screen.getByLabelText('项目类型'), 'infra-bridge');
    expect(
      screen.getByRole('option', { name: '小型桥涵工程（五(二)3，按跨度适用标准）' }),
    ).toBeInTheDocument();
    // the span's help is the pack's
    expect(screen.getByLabelText('跨度（米）')).toHaveAccessibleDescription(
      '五(二)3 按跨度区分小跨径（10米以内）和大跨径（10米以上）',
    );
    await user.type(screen.getByLabelText('跨度（米）'), '10');
    await user.type(screen.getByLabelText('桥面面积（㎡）'), '100');
    await user.type(screen.getByLabelText('预算（万元）'), '48');
    // 100 m² × 4,500–5,000 = 45–50 万元
    expect(screen.getByTestId('project-range')).toHaveTextContent(
      '¥450,000.00（45 万元） – ¥500,000.00（50 万元）',
    );
    expect(screen.getByTestId('project-verdict')).toHaveTextContent('在标准范围内');
    expect(screen.getByText(/跨度恰为 10 米/)).toHaveTextContent('以内、以上均含本数');
    expect(screen.getByTestId('project-checks')).toHaveTextContent('✓ 跨度 10 米 ≤ 10 米 [五(二)3]');
    // 10.01 m: the large-span standard, 100 m² × 5,500–6,000 = 55–60 万元, and 48 万元 is below
    await user.clear(screen.getByLabelText('跨度（米）'));
    await user.type(screen.getByLabelText('跨度（米）'), '10.01');
    expect(screen.getByTestId('project-range')).toHaveTextContent(
      '¥550,000.00（55 万元） – ¥600,000.00（60 万元）',
    );
    expect(screen.getByTestId('project-verdict')).toHaveTextContent('低于标准');
    expect(screen.getByTestId('project-checks')).toHaveTextContent('✓ 跨度 10.01 米 ≥ 10 米 [五(二)3]');
    expect(screen.queryByText(/跨度恰为/)).toBeNull();
  });

  test('a village road’s design figures are asked (optional) and checked against 五(二)1', async () => {
    const user = userEvent.setup();
    open();
    expect(
      screen.getByRole('group', { name: '设计指标（选填，对照方案的设计要求检查）' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('路基宽（米）')).toHaveAccessibleDescription('含水沟');
    await user.type(screen.getByLabelText('长度（公里）'), '1');
    expect(screen.queryByTestId('project-checks')).toBeNull();
    await user.type(screen.getByLabelText('路基宽（米）'), '4.4');
    await user.type(screen.getByLabelText('路面厚度（厘米）'), '18');
    const checks = screen.getByTestId('project-checks');
    expect(checks).toHaveTextContent('✗ 路基宽 4.4 米 ≥ 4.5 米 [五(二)1]');
    expect(checks).toHaveTextContent('✓ 路面厚度 18 厘米 = 18 厘米 [五(二)1]');
    // 1 km × 70–90 万元: the design checks do not change the range
    expect(screen.getByTestId('project-range')).toHaveTextContent(
      '¥700,000.00（70 万元） – ¥900,000.00（90 万元）',
    );
  });

  test('a toilet: 20 万元 a seat; a fraction of a seat is refused at the field', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(screen.getByLabelText('项目类型'), 'infra-toilet');
    await user.type(screen.getByLabelText('座数（座）'), '1.5');
    expect(screen.getByLabelText('座数（座）')).toHaveAccessibleDescription('请填写整数');
    await user.clear(screen.getByLabelText('座数（座）'));
    await user.type(screen.getByLabelText('座数（座）'), '2');
    expect(screen.getByTestId('project-range')).toHaveTextContent('¥400,000.00（40 万元）');
    expect(screen.getByText('填写预算后判断是否在标准范围内。')).toBeInTheDocument();
  });

  test('人居环境整治 has no figure in the plan: the budget is for review', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(screen.getByLabelText('项目类型'), 'infra-living-env');
    expect(screen.getByText('方案对此类项目未给出造价数额，预算由审核确定。')).toBeInTheDocument();
  });

  test('in English', async () => {
    const user = userEvent.setup();
    open('#/projects', 'en');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Project estimate · Xixiang County 2023' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Length (km)'), '2');
    await user.type(screen.getByLabelText('Budget (10k yuan)'), '150');
    expect(screen.getByTestId('project-verdict')).toHaveTextContent('Within the standard');
    expect(screen.getByLabelText('Roadbed width (m)')).toHaveAccessibleDescription('Including the ditch');
    await user.selectOptions(screen.getByLabelText('Type of project'), 'infra-bridge');
    expect(
      screen.getByRole('option', { name: 'Small bridges and culverts (§5(2)3, standard by span)' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Deck area (m²)'), '50');
    await user.type(screen.getByLabelText('Span (m)'), '10');
    // 50 m² × 4,500–5,000 = 225,000–250,000; 150 万元 is above
    expect(screen.getByTestId('project-range')).toHaveTextContent(
      '¥225,000.00 (22.5 × 10k) – ¥250,000.00 (25 × 10k)',
    );
    expect(screen.getByText(/With span 10 m/)).toHaveTextContent('both standards apply');
    expect(screen.getByTestId('project-checks')).toHaveTextContent('✓ span 10 m ≤ 10 m [§5(2)3]');
  });

  test('a pack with no project standard says so', () => {
    open('#/projects/xiji-2025');
    expect(screen.getByRole('alert')).toHaveTextContent('没有基础设施项目造价标准');
  });
});
