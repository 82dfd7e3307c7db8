import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { I18nProvider } from '../i18n/i18n.tsx';
import { PACK_KEY, PacksProvider } from '../packs/packs.tsx';
import { AllocationView } from './AllocationView.tsx';
import { PlanCheckView } from './PlanCheckView.tsx';
import { noAxeViolations, strayHan } from './testing.ts';

const inEnglish = (view: React.ReactNode) =>
  render(
    <I18nProvider initial="en">
      <PacksProvider>{view}</PacksProvider>
    </I18nProvider>,
  );

/** The allocation table's body rows as [name, amount, health]; a county's category is left out. */
const tableRows = () =>
  within(screen.getByRole('table', { name: /allocation table/ }))
    .getAllByRole('row')
    .filter((row) => row.closest('tbody'))
    .map((row) => {
      const [name, amount, health] = [...row.querySelectorAll('th, td')];
      const shown = name?.querySelector('span')?.textContent ?? name?.textContent;
      return [shown, amount?.textContent, health?.textContent];
    });

// the whole 105-row table is rendered, and axe runs over it
describe('资金分配 in English: place names in pinyin, 万元 in English', { timeout: 20_000 }, () => {
  test('no Chinese on the page but the quoted document; the cities to filter by are in pinyin', async () => {
    const { container } = inEnglish(<AllocationView />);
    expect(strayHan(container)).toEqual([]);
    const cities = within(screen.getByLabelText('City')).getAllByRole('option');
    expect(cities.map((o) => o.textContent)).toEqual([
      'All 11 cities',
      'Taiyuan',
      'Datong',
      'Yangquan',
      'Changzhi',
      'Jincheng',
      'Shuozhou',
      'Jinzhong',
      'Yuncheng',
      'Xinzhou',
      'Linfen',
      'Lüliang',
    ]);
    // what is filtered by is still the document's name
    expect(screen.getByRole('option', { name: 'Taiyuan' })).toHaveValue('太原市');
    expect(screen.getByText(/^Amount 172,220 × 10k yuan/)).toHaveTextContent(
      'Amount 172,220 × 10k yuan; of which: health-village demonstration 14,000 × 10k yuan',
    );
    expect(
      screen.getByText(/^key-assistance county: 46, overall-advancement county: 37, pilot-demonstration/),
    ).toHaveTextContent(
      'key-assistance county: 46, overall-advancement county: 37, pilot-demonstration county: 21; plus the Wutaishan scenic-area committee (no category)',
    );
    const cityChecks = screen.getByRole('table', { name: /^Each city subtotal/ });
    expect(within(cityChecks).getByRole('row', { name: /^Xinzhou/ })).toHaveTextContent(
      'Xinzhou29,950 = 29,950 ✓ adds up1,000 = 1,000 ✓ adds up',
    );
    await noAxeViolations(container);
  });

  test('filtered to Taiyuan: Loufan County 3,458 + Yangqu County 1,201 = 4,659 × 10k yuan', async () => {
    const user = userEvent.setup();
    const { container } = inEnglish(<AllocationView />);
    await user.selectOptions(screen.getByLabelText('City'), 'Taiyuan');
    expect(tableRows()).toEqual([
      ['Taiyuan subtotal', '4,659', '1,000'],
      ['Loufan County', '3,458', '1,000'],
      ['Yangqu County', '1,201', '0'],
    ]);
    expect(screen.getByTestId('filtered-amount').parentElement).toHaveTextContent('Amount 4,659 × 10k yuan');
    expect(screen.getByTestId('filtered-health').parentElement).toHaveTextContent(
      'of which: health-village demonstration 1,000 × 10k yuan',
    );
    expect(screen.getByRole('img', { name: /^Amount by category, Taiyuan/ })).toBeInTheDocument();
    // the city chart names the cities in pinyin, its summary too
    expect(screen.getByRole('img', { name: /^Amount by city/ })).toHaveAccessibleName(
      expect.stringContaining('Largest: Xinzhou, 29,950; smallest: Yangquan, 3,636'),
    );
    expect(strayHan(container)).toEqual([]);
  });

  test('the districts that share a name carry their city; the committee is named in English', async () => {
    const user = userEvent.setup();
    const { container } = inEnglish(<AllocationView />);
    await user.selectOptions(screen.getByLabelText('City'), 'Yangquan');
    expect(tableRows().map(([name]) => name)).toEqual([
      'Yangquan subtotal',
      'Yu County',
      'Pingding County',
      'Jiao District (Yangquan)',
    ]);
    await user.selectOptions(screen.getByLabelText('City'), 'Xinzhou');
    await user.selectOptions(screen.getByLabelText('County category'), '先行示范县');
    expect(tableRows()).toEqual([
      ['Xinzhou subtotal', '1,515', '0'],
      ['Yuanping City', '738', '0'],
      ['Xinfu District', '777', '0'],
    ]);
    await user.selectOptions(screen.getByLabelText('County category'), '');
    expect(tableRows().map(([name]) => name)).toContain('Wutaishan Scenic Area Committee');
    expect(strayHan(container)).toEqual([]);
  });
});

const check = (name: string | RegExp) => screen.getByRole('article', { name });

describe('方案核对 in English: units after the figures', () => {
  beforeEach(() => localStorage.clear());

  test('西乡 2023: 万元 and 个 in English in the comparisons and the figures used; no stray Chinese', async () => {
    const user = userEvent.setup();
    const { container } = inEnglish(<PlanCheckView />);
    expect(strayHan(container)).toEqual([]);
    const projects = check('projects at the start + added − removed = the stated final count');
    expect(projects.querySelector('.comparison')).toHaveTextContent(
      'Computed 312 projects = Expected 312 projects',
    );
    expect(within(projects).getByText('projects added').nextElementSibling).toHaveTextContent('55 projects');
    const provincial = screen.getByLabelText('provincial funds (10k yuan)');
    await user.clear(provincial);
    await user.type(provincial, '10976');
    const sources = check(/^central \+ provincial \+ city \+ county funds/);
    expect(sources.querySelector('.comparison')).toHaveTextContent(
      'Computed 36,127.58 × 10k yuan ≠ Expected 36,118.58 × 10k yuan',
    );
    // the optional inputs are marked in English brackets
    expect(screen.getByText(/^last year's industry share/)).toHaveTextContent(
      "last year's industry share (%) (optional)",
    );
    expect(strayHan(container)).toEqual([]);
    await noAxeViolations(container);
  });

  test('a county the place names lack is shown as typed, marked as a proper name', async () => {
    const user = userEvent.setup();
    const { container } = inEnglish(<PlanCheckView />);
    const county = screen.getByLabelText('county');
    await user.clear(county);
    await user.type(county, '示例县');
    const heading = screen.getByRole('heading', { level: 2, name: /^Plan check:/ });
    expect(heading).toHaveTextContent('Plan check: 示例县 2023');
    expect(within(heading).getByText('示例县')).toHaveAttribute('data-proper-name');
    expect(strayHan(container)).toEqual([]);
  });

  test('西吉 2025: 76 projects and 66734.22 × 10k yuan, the county in pinyin in the introduction', async () => {
    localStorage.setItem(PACK_KEY, 'xiji-2025');
    const { container } = inEnglish(<PlanCheckView />);
    await screen.findByTestId('breakdown');
    expect(check('the categories add up to the total')).toHaveTextContent(
      'passed 66734.22 × 10k yuan = 66734.22 × 10k yuan',
    );
    expect(check('the categories’ projects add up to the count')).toHaveTextContent(
      'passed 76 projects = 76 projects',
    );
    expect(check(/stated share of industry/)).toHaveTextContent('The plan states the share to 1 decimal;');
    expect(screen.getByText(/^Xiji County's plan states its funds by category/)).toBeInTheDocument();
    // the summary's mark is the plan's own word, quoted
    expect(screen.getByText('（摘要）', { selector: 'p > span' })).toHaveAttribute('lang', 'zh-CN');
    expect(strayHan(container)).toEqual([]);
    await noAxeViolations(container);
  });
});
