import { estimateProject } from '@huinong/benefits';
import { xiji2025, xixiang2023 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import { EMPTY_PROJECT, type ProjectForm, projectOf, projectOptions } from './project-form.ts';

const form = (f: Partial<ProjectForm> & Pick<ProjectForm, 'type'>): ProjectForm => ({
  ...EMPTY_PROJECT,
  ...f,
});

describe('projectOptions', () => {
  test('西乡 2023: the five kinds of 五(二) project, both bridge standards under one', () => {
    const options = projectOptions(xixiang2023);
    expect(options.map((o) => o.type)).toEqual([
      'village-road',
      'road-upgrade',
      'bridge',
      'living-env',
      'toilet',
    ]);
    expect(options.find((o) => o.type === 'bridge')?.standards.map((s) => s.id)).toEqual([
      'infra-bridge-small',
      'infra-bridge-large',
    ]);
  });
  test('a pack without project standards has none', () => {
    expect(projectOptions(xiji2025)).toEqual([]);
  });
});

describe('projectOf: the form as a project, the budget from 万元 to yuan', () => {
  test('2 km and 150 万元', () => {
    expect(projectOf(form({ type: 'village-road', lengthKm: '2', budgetWan: '150' }))).toEqual({
      project: { type: 'village-road', lengthKm: '2', budget: '1500000' },
      problems: {},
    });
  });
  test('an empty size waits; text and fractions of a seat are refused at their field', () => {
    expect(projectOf(form({ type: 'village-road' })).project).toBeNull();
    expect(projectOf(form({ type: 'bridge', spanM: '八', deckAreaM2: '10' })).problems).toEqual({
      spanM: 'not-a-number',
    });
    expect(projectOf(form({ type: 'toilet', seats: '1.5' })).problems).toEqual({ seats: 'not-whole' });
    expect(projectOf(form({ type: 'village-road', lengthKm: '-1' })).problems).toEqual({
      lengthKm: 'not-a-number',
    });
  });
});

/**
 * By hand from 五(二): 村组道路 每公里投资70-90万元; 通村公路完善 平均每公里17万元; 小跨径平板桥（跨度10米以内）
 * 每平米4500-5000元, 大跨径（10米以上）5500-6000元; 村级公共厕所 20万元/座.
 */
describe('below / within / above the cost standard (西乡 2023)', () => {
  test.for([
    // 2 km × 70–90万 = 140–180万
    [{ type: 'village-road', lengthKm: '2', budgetWan: '150' }, '1400000.00', '1800000.00', 'within'],
    [{ type: 'village-road', lengthKm: '2', budgetWan: '140' }, '1400000.00', '1800000.00', 'within'],
    [{ type: 'village-road', lengthKm: '2', budgetWan: '180' }, '1400000.00', '1800000.00', 'within'],
    [{ type: 'village-road', lengthKm: '2', budgetWan: '139.9999' }, '1400000.00', '1800000.00', 'below'],
    [{ type: 'village-road', lengthKm: '2', budgetWan: '180.0001' }, '1400000.00', '1800000.00', 'above'],
    // 3 km × 17万 = 51万 (an average)
    [{ type: 'road-upgrade', lengthKm: '3', budgetWan: '51' }, '510000.00', '510000.00', 'within'],
    [{ type: 'road-upgrade', lengthKm: '3', budgetWan: '50' }, '510000.00', '510000.00', 'below'],
    // span 8 m, 100 m² × 4500–5000 = 45–50万
    [{ type: 'bridge', spanM: '8', deckAreaM2: '100', budgetWan: '48' }, '450000.00', '500000.00', 'within'],
    // span 12 m, 100 m² × 5500–6000 = 55–60万
    [{ type: 'bridge', spanM: '12', deckAreaM2: '100', budgetWan: '48' }, '550000.00', '600000.00', 'below'],
    // 2 seats × 20万 = 40万
    [{ type: 'toilet', seats: '2', budgetWan: '45' }, '400000.00', '400000.00', 'above'],
  ] as const)('%j → %s–%s, %s', ([f, min, max, verdict]) => {
    const { project } = projectOf(form(f));
    if (!project) throw new Error('no project');
    const e = estimateProject(project, xixiang2023);
    expect(e.range).toEqual({ min, max });
    expect(e.verdict).toBe(verdict);
  });
});
