import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '../App.tsx';
import { noAxeViolations } from './testing.ts';
import { viewOfHash } from './ViewNav.tsx';

afterEach(() => {
  window.history.replaceState(null, '', window.location.pathname);
});

describe('viewOfHash', () => {
  test.for([
    ['', 'household'],
    ['#', 'household'],
    ['#/', 'household'],
    ['#/roster', 'roster'],
    ['#/allocation', 'allocation'],
    ['#/plan-check', 'plan-check'],
    ['#/projects', 'projects'],
    ['#/projects/xixiang-2023', 'projects'],
    ['#/rules', 'rules'],
    ['#/rules/xixiang-2023', 'rules'],
    ['#/rules/xixiang-2023/monitored-pig', 'rules'],
    ['#/rules/a/b/c', null],
    ['#main', null],
    ['#results-heading', null],
    ['#/nowhere', null],
  ] as const)('%j → %s', ([hash, view]) => {
    expect(viewOfHash(hash)).toBe(view);
  });
});

describe('the views in the app', () => {
  test('the wizard stays the default view; the links reach 名册筛查, 资金分配 and 方案核对 and back', async () => {
    const user = userEvent.setup();
    const { container } = render(<App lang="zh" />);
    const nav = screen.getByRole('navigation', { name: '功能' });
    expect(screen.getByRole('link', { name: '逐户测算' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('radio', { name: /^农户/ })).toBeInTheDocument();
    expect(nav).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '名册筛查' }));
    // a lazily loaded view: its chunk may take a moment on a busy machine
    const roster = await screen.findByRole('heading', { level: 2, name: '名册筛查' }, { timeout: 5000 });
    expect(roster).toHaveFocus();
    expect(window.location.hash).toBe('#/roster');
    expect(screen.getByLabelText(/名册文件/)).toHaveAttribute('type', 'file');
    await noAxeViolations(container);

    await user.click(screen.getByRole('link', { name: '资金分配' }));
    const allocation = await screen.findByRole(
      'heading',
      { level: 2, name: /^资金分配：山西省/ },
      { timeout: 5000 },
    );
    // moving between views puts the focus on the new view's heading
    expect(allocation).toHaveFocus();
    expect(window.location.hash).toBe('#/allocation');
    expect(screen.getByRole('link', { name: '资金分配' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('filtered-amount')).toHaveTextContent('172,220');
    await noAxeViolations(container);

    await user.click(screen.getByRole('link', { name: '方案核对' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: '方案核对：西乡县 2023' }, { timeout: 5000 }),
    ).toHaveFocus();
    expect(await screen.findByTestId('plan-verdict')).toHaveTextContent('方案核对通过');
    await noAxeViolations(container);

    await user.click(screen.getByRole('link', { name: '逐户测算' }));
    expect(await screen.findByRole('radio', { name: /^农户/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '逐户测算' })).toHaveFocus();
  }, 30_000);

  test('a bookmarked view opens directly; the skip link does not lose it', async () => {
    window.history.replaceState(null, '', `${window.location.pathname}#/plan-check`);
    const user = userEvent.setup();
    render(<App lang="zh" />);
    expect(await screen.findByRole('heading', { level: 2, name: '方案核对：西乡县 2023' })).not.toHaveFocus();
    await user.click(screen.getByRole('link', { name: '跳到主要内容' }));
    expect(window.location.hash).toBe('#/plan-check');
    expect(screen.getByRole('heading', { level: 2, name: '方案核对：西乡县 2023' })).toBeInTheDocument();
  });

  test('a rule page keeps its pack and standard after the skip link', async () => {
    window.history.replaceState(null, '', `${window.location.pathname}#/rules/xixiang-2023/monitored-pig`);
    const user = userEvent.setup();
    render(<App lang="zh" />);
    expect(
      await screen.findByRole('heading', { level: 2, name: '监测对象当年养猪' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '跳到主要内容' }));
    expect(window.location.hash).toBe('#/rules/xixiang-2023/monitored-pig');
  });

  test('项目估算 is linked from every view', async () => {
    const user = userEvent.setup();
    render(<App lang="zh" />);
    await user.click(screen.getByRole('link', { name: '项目估算' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: /^项目估算/ }, { timeout: 5000 }),
    ).toHaveFocus();
    expect(window.location.hash).toBe('#/projects');
    expect(screen.getByRole('link', { name: '项目估算' })).toHaveAttribute('aria-current', 'page');
  });
});
