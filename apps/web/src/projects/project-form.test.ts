import { estimateProject, type PolicyPack, type ProjectChoice, validatePack } from '@huinong/benefits';
import { xiji2025, xixiang2023 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import { emptyForm, formFields, type ProjectForm, projectOf, projectOptions } from './project-form.ts';

const choice = (id: string, pack: PolicyPack = xixiang2023): ProjectChoice => {
  const c = projectOptions(pack).find((o) => o.id === id);
  if (!c) throw new Error(`no choice ${id}`);
  return c;
};
const form = (id: string, values: Record<string, string>, budgetWan = ''): ProjectForm => ({
  ...emptyForm(id),
  values,
  budgetWan,
});

describe('projectOptions: what the pack declares', () => {
  test('西乡 2023: five kinds of 五(二) project, both bridge standards as one group chosen by span', () => {
    const options = projectOptions(xixiang2023);
    expect(options.map((o) => [o.kind, o.id])).toEqual([
      ['standard', 'infra-village-road'],
      ['standard', 'infra-road-upgrade'],
      ['group', 'infra-bridge'],
      ['standard', 'infra-living-env'],
      ['standard', 'infra-toilet'],
    ]);
    expect(choice('infra-bridge').standards.map((s) => s.id)).toEqual([
      'infra-bridge-small',
      'infra-bridge-large',
    ]);
  });

  test('the inputs each asks for, from the pack: quantity first, then its fields (required when a condition reads them)', () => {
    const inputs = (id: string) => formFields(choice(id)).map((f) => [f.field.key, f.field.unit, f.required]);
    expect(inputs('infra-village-road')).toEqual([
      ['length', 'km', true],
      ['roadbedWidth', 'm', false],
      ['pavementWidth', 'm', false],
      ['thickness', 'cm', false],
    ]);
    expect(inputs('infra-bridge')).toEqual([
      ['deckArea', 'm2', true],
      ['span', 'm', true],
    ]);
    expect(inputs('infra-toilet')).toEqual([['seats', 'seat', true]]);
    expect(inputs('infra-living-env')).toEqual([]);
  });

  test('a pack without project standards has none', () => {
    expect(projectOptions(xiji2025)).toEqual([]);
  });
});

describe('projectOf: the form as a project, the budget from 万元 to yuan', () => {
  test('2 km and 150 万元', () => {
    expect(
      projectOf(form('infra-village-road', { length: '2' }, '150'), choice('infra-village-road')),
    ).toEqual({
      project: { standardId: 'infra-village-road', quantity: '2', budget: '1500000' },
      problems: {},
    });
  });

  test('a bridge is the group, its span a field; optional design figures only when typed', () => {
    expect(
      projectOf(form('infra-bridge', { deckArea: '100', span: '10' }), choice('infra-bridge')).project,
    ).toEqual({
      group: 'infra-bridge',
      quantity: '100',
      fields: { span: '10' },
    });
    expect(
      projectOf(form('infra-village-road', { length: '1', thickness: '1,8' }), choice('infra-village-road'))
        .project,
    ).toEqual({ standardId: 'infra-village-road', quantity: '1', fields: { thickness: '18' } });
  });

  test('an empty required input waits; text and fractions of a seat are refused at their field', () => {
    expect(projectOf(form('infra-village-road', {}), choice('infra-village-road')).project).toBeNull();
    // the span decides the standard: without it, no estimate
    expect(projectOf(form('infra-bridge', { deckArea: '10' }), choice('infra-bridge')).project).toBeNull();
    expect(
      projectOf(form('infra-bridge', { span: '八', deckArea: '10' }), choice('infra-bridge')).problems,
    ).toEqual({
      span: 'not-a-number',
    });
    expect(projectOf(form('infra-toilet', { seats: '1.5' }), choice('infra-toilet')).problems).toEqual({
      seats: 'not-whole',
    });
    expect(
      projectOf(form('infra-village-road', { length: '-1' }), choice('infra-village-road')).problems,
    ).toEqual({
      length: 'not-a-number',
    });
    expect(
      projectOf(form('infra-village-road', { length: '1' }, '一百'), choice('infra-village-road')).problems,
    ).toEqual({ budgetWan: 'not-a-number' });
  });

  test('the living environment asks nothing but the budget', () => {
    expect(projectOf(form('infra-living-env', {}, '30'), choice('infra-living-env')).project).toEqual({
      standardId: 'infra-living-env',
      budget: '300000',
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
    ['infra-village-road', { length: '2' }, '150', '1400000.00', '1800000.00', 'within'],
    ['infra-village-road', { length: '2' }, '140', '1400000.00', '1800000.00', 'within'],
    ['infra-village-road', { length: '2' }, '180', '1400000.00', '1800000.00', 'within'],
    ['infra-village-road', { length: '2' }, '139.9999', '1400000.00', '1800000.00', 'below'],
    ['infra-village-road', { length: '2' }, '180.0001', '1400000.00', '1800000.00', 'above'],
    // 3 km × 17万 = 51万 (an average)
    ['infra-road-upgrade', { length: '3' }, '51', '510000.00', '510000.00', 'within'],
    ['infra-road-upgrade', { length: '3' }, '50', '510000.00', '510000.00', 'below'],
    // span 8 m, 100 m² × 4500–5000 = 45–50万
    ['infra-bridge', { span: '8', deckArea: '100' }, '48', '450000.00', '500000.00', 'within'],
    // span 12 m, 100 m² × 5500–6000 = 55–60万
    ['infra-bridge', { span: '12', deckArea: '100' }, '48', '550000.00', '600000.00', 'below'],
    // 2 seats × 20万 = 40万
    ['infra-toilet', { seats: '2' }, '45', '400000.00', '400000.00', 'above'],
  ] as const)('%s %j, %s 万元 → %s–%s, %s', ([id, values, wan, min, max, verdict]) => {
    const { project } = projectOf(form(id, values, wan), choice(id));
    if (!project) throw new Error('no project');
    const e = estimateProject(project, xixiang2023);
    expect(e.range).toEqual({ min, max });
    expect(e.verdict).toBe(verdict);
  });
});

test('another county’s pack: its choices and fields, with no change to the form', () => {
  const v = validatePack({
    ...structuredClone(xixiang2023),
    id: 'made-up-2024',
    standards: [
      {
        ...structuredClone(xixiang2023.standards.find((s) => s.id === 'infra-toilet')),
        id: 'well',
        clause: '二(1)',
        title: { zh: '机井', en: 'Well' },
        award: { kind: 'cost-range', per: 'm', min: '300', max: '400' },
        project: {
          quantity: { key: 'depth', type: 'quantity', unit: 'm', label: { zh: '井深', en: 'Depth' } },
          fields: [],
          checks: [],
        },
      },
    ],
    projectGroups: [],
    limits: [],
    subjectNotes: [],
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const [well] = projectOptions(v.pack);
  expect(formFields(well as ProjectChoice).map((f) => f.field.label.zh)).toEqual(['井深']);
  // 80 m × 300–400 = 24,000.00–32,000.00; 3 万元 is within
  const { project } = projectOf(form('well', { depth: '80' }, '3'), well as ProjectChoice);
  expect(estimateProject(project!, v.pack)).toMatchObject({
    range: { min: '24000.00', max: '32000.00' },
    verdict: 'within',
  });
});
