import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { I18nProvider, type Lang } from '../i18n/i18n.tsx';
import { PACK_KEY, PacksProvider } from '../packs/packs.tsx';
import { PlanCheckView } from './PlanCheckView.tsx';

const view = (lang: Lang = 'zh') =>
  render(
    <I18nProvider initial={lang}>
      <PacksProvider>
        <PlanCheckView />
      </PacksProvider>
    </I18nProvider>,
  );

describe('the plan check follows the chosen pack', () => {
  beforeEach(() => localStorage.clear());

  test('西吉县 2025: the plan by category, each check passed (66,734.22 万元, 76 projects, 57.9%)', async () => {
    localStorage.setItem(PACK_KEY, 'xiji-2025');
    view();
    expect(await screen.findByRole('heading', { name: /方案核对：\s*西吉县\s*2025/ })).toBeInTheDocument();
    const table = screen.getByTestId('breakdown');
    expect(within(table).getByRole('row', { name: /产业发展 43 38,611.92/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /合计 76 66,734.22/ })).toBeInTheDocument();
    const checks = screen.getAllByTestId('check-status').map((s) => s.textContent);
    expect(checks).toEqual(['通过', '通过', '通过']);
    expect(screen.getByRole('article', { name: /产业发展资金占比/ })).toHaveTextContent('57.9 % = 57.9 %');
  });

  test('西乡县 2023: the 中期调整 form as before', async () => {
    view();
    expect(await screen.findByRole('heading', { name: '方案核对：西乡县 2023' })).toBeInTheDocument();
    expect(screen.queryByTestId('breakdown')).toBeNull();
  });

  test('in English', async () => {
    localStorage.setItem(PACK_KEY, 'xiji-2025');
    view('en');
    expect(await screen.findByRole('heading', { name: 'Plan check: Xiji County 2025' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'the categories add up to the total' })).toHaveTextContent(
      'passed',
    );
  });
});
