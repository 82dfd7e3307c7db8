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
    expect(screen.getByLabelText('项目类型')).toHaveValue('village-road');
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
    await user.selectOptions(screen.getByLabelText('项目类型'), 'bridge');
    await user.type(screen.getByLabelText('跨度（米）'), '10');
    await user.type(screen.getByLabelText('桥面面积（㎡）'), '100');
    await user.type(screen.getByLabelText('预算（万元）'), '48');
    // 100 m² × 4,500–5,000 = 45–50 万元
    expect(screen.getByTestId('project-range')).toHaveTextContent(
      '¥450,000.00（45 万元） – ¥500,000.00（50 万元）',
    );
    expect(screen.getByTestId('project-verdict')).toHaveTextContent('在标准范围内');
    expect(screen.getByText(/跨度恰为10米/)).toBeInTheDocument();
  });

  test('a toilet: 20 万元 a seat; a fraction of a seat is refused at the field', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(screen.getByLabelText('项目类型'), 'toilet');
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
    await user.selectOptions(screen.getByLabelText('项目类型'), 'living-env');
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
  });

  test('a pack with no project standard says so', () => {
    open('#/projects/xiji-2025');
    expect(screen.getByRole('alert')).toHaveTextContent('没有基础设施项目造价标准');
  });
});
