import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { I18nProvider, type Lang } from '../i18n/i18n.tsx';
import { AllocationView } from './AllocationView.tsx';
import { noAxeViolations } from './testing.ts';

const view = (lang: Lang = 'zh') =>
  render(
    <I18nProvider initial={lang}>
      <AllocationView />
    </I18nProvider>,
  );

const subtotal = () => [
  screen.getByTestId('filtered-count').textContent,
  screen.getByTestId('filtered-amount').textContent,
  screen.getByTestId('filtered-health').textContent,
];

/** The rows of the table body as [name, amount, health] (subtotal rows included, category left out). */
const tableRows = () =>
  within(screen.getByRole('table', { name: /2023年省级财政衔接推进乡村振兴补助资金计划表/ }))
    .getAllByRole('row')
    .filter((row) => row.closest('tbody'))
    .map((row) => {
      const [name, amount, health] = [...row.querySelectorAll('th, td')];
      // a county's name is its first span; the second is its category, shown there on a phone
      const shown = name?.querySelector('span')?.textContent ?? name?.textContent;
      return [shown, amount?.textContent, health?.textContent];
    });

// axe over the whole 105-row table takes seconds in happy-dom
describe('资金分配: the 晋乡振发〔2023〕8号 table', { timeout: 20_000 }, () => {
  test('shows the document, all 105 rows, the province total and every sum check passing', async () => {
    const { container } = view();
    expect(
      screen.getByRole('heading', { level: 2, name: '资金分配：山西省（晋乡振发〔2023〕8号）' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('document-number')).toHaveTextContent('晋乡振发〔2023〕8号');
    expect(subtotal()).toEqual(['显示 104 个县（区、市）及五台山风景名胜区管委会', '172,220', '14,000']);
    expect(screen.getByTestId('alloc-verdict')).toHaveTextContent('26 项核对全部通过');
    const province = screen.getAllByText(/全省合计（金额）等于/);
    expect(province).toHaveLength(2);
    expect(province[0]?.closest('li')).toHaveTextContent('文件所列 172,220 = 各行之和 172,220 万元');
    expect(
      screen.getByText(/全省合计（其中：健康乡村示范创建）等于11个市小计之和/).closest('li'),
    ).toHaveTextContent('14,000 = 各行之和 14,000');
    // each city's subtotal against its rows, in both columns
    const cityChecks = screen.getByRole('table', { name: /各市小计（文件所列）与所列县之和/ });
    expect(within(cityChecks).getByRole('row', { name: /忻州市小计/ })).toHaveTextContent(
      '忻州市小计29,950 = 29,950 ✓ 相符1,000 = 1,000 ✓ 相符',
    );
    expect(within(cityChecks).queryByText('不符')).toBeNull();
    await noAxeViolations(container);
  });

  test('filtering to 太原市 shows 娄烦县 3,458 + 阳曲县 1,201 = 4,659, earmark 1,000', async () => {
    const user = userEvent.setup();
    const { container } = view();
    await user.selectOptions(screen.getByLabelText('市'), '太原市');
    expect(tableRows()).toEqual([
      ['太原市小计', '4,659', '1,000'],
      ['娄烦县', '3,458', '1,000'],
      ['阳曲县', '1,201', '0'],
    ]);
    expect(subtotal()).toEqual(['显示 2 个县（区、市）', '4,659', '1,000']);
    expect(screen.getByRole('row', { name: /^筛选合计/ })).toHaveTextContent('筛选合计4,6591,000');
    // the category chart follows the city
    expect(screen.getByRole('img', { name: /太原市各类别县金额/ })).toBeInTheDocument();
    await noAxeViolations(container);
  });

  test.for([
    ['重点帮扶县', 46, '124,198', '14,000'],
    ['整体推进县', 37, '33,557', '0'],
    ['先行示范县', 21, '13,732', '0'],
  ] as const)(
    'the category filter %s shows %i counties, %s / %s',
    async ([category, count, amount, health]) => {
      const user = userEvent.setup();
      view();
      await user.selectOptions(screen.getByLabelText('县类别'), category);
      expect(subtotal()).toEqual([`显示 ${count} 个县（区、市）`, amount, health]);
      const rows = tableRows().filter(([name]) => !name?.endsWith('小计'));
      expect(rows).toHaveLength(count);
      expect(screen.queryByText('五台山风景名胜区管委会')).toBeNull();
    },
  );

  test('both filters: 忻州市 and 先行示范县; back to all cities restores the province', async () => {
    const user = userEvent.setup();
    view();
    await user.selectOptions(screen.getByLabelText('市'), '忻州市');
    expect(subtotal()).toEqual(['显示 14 个县（区、市）及五台山风景名胜区管委会', '29,950', '1,000']);
    expect(screen.getByText('五台山风景名胜区管委会')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('县类别'), '先行示范县');
    expect(tableRows()[0]?.[0]).toBe('忻州市（先行示范县）小计');
    await user.selectOptions(screen.getByLabelText('市'), '');
    await user.selectOptions(screen.getByLabelText('县类别'), '');
    expect(subtotal()).toEqual(['显示 104 个县（区、市）及五台山风景名胜区管委会', '172,220', '14,000']);
  });

  test('the charts are images with a summary, and their figures are in a table', () => {
    view();
    const byCity = screen.getByRole('img', { name: /^各市金额/ });
    expect(byCity).toHaveAccessibleName(expect.stringContaining('最多：忻州市，29,950 万元'));
    expect(byCity).toHaveAccessibleName(expect.stringContaining('最少：阳泉市，3,636 万元'));
    const table = screen.getByRole('table', { name: '各市金额' });
    expect(within(table).getByRole('row', { name: /^忻州市/ })).toHaveTextContent(
      '忻州市1526,9137891,51573329,950',
    );
    const byCategory = screen.getByRole('table', { name: '全省各类别县金额' });
    expect(within(byCategory).getByRole('row', { name: /^重点帮扶县/ })).toHaveTextContent(
      '重点帮扶县46124,198',
    );
  });

  test('English second: the same figures, English labels', async () => {
    const user = userEvent.setup();
    const { container } = view('en');
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: 'Fund allocation: Shanxi Province (晋乡振发〔2023〕8号)',
      }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('County category'), '整体推进县');
    expect(subtotal()).toEqual(['37 counties shown', '33,557', '0']);
    expect(screen.getAllByText('overall-advancement county').length).toBeGreaterThan(0);
    await noAxeViolations(container);
  });
});
