import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimateProject, InfraProject, type InfraProjectInput, tryEstimateProject } from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { xixiang2023 } from '../src/index.ts';

const estimate = (p: InfraProjectInput) => estimateProject(p, xixiang2023);

describe('五(二) infrastructure cost standards', () => {
  test.for<[string, InfraProjectInput, string, string, string, string | null]>([
    // 村组道路硬化 每公里投资70-90万元: 2 km → 1,400,000–1,800,000
    [
      'road 2 km, budget 1.6 M',
      { standardId: 'infra-village-road', quantity: 2, budget: 1600000 },
      'infra-village-road',
      '1400000.00',
      '1800000.00',
      'within',
    ],
    [
      'road 2 km, budget at the floor',
      { standardId: 'infra-village-road', quantity: 2, budget: 1400000 },
      'infra-village-road',
      '1400000.00',
      '1800000.00',
      'within',
    ],
    [
      'road 2 km, budget 1 fen below',
      { standardId: 'infra-village-road', quantity: 2, budget: '1399999.99' },
      'infra-village-road',
      '1400000.00',
      '1800000.00',
      'below',
    ],
    [
      'road 2 km, budget 1 fen above',
      { standardId: 'infra-village-road', quantity: 2, budget: '1800000.01' },
      'infra-village-road',
      '1400000.00',
      '1800000.00',
      'above',
    ],
    // 通村公路完善 每公里平均投资17万元: 3 km → 510,000
    [
      'road upgrade 3 km',
      { standardId: 'infra-road-upgrade', quantity: 3, budget: 510000 },
      'infra-road-upgrade',
      '510000.00',
      '510000.00',
      'within',
    ],
    // 小跨径平板桥（跨度10米以内）4500-5000元/㎡: 50 ㎡ → 225,000–250,000
    [
      'bridge span 9.99 m',
      { group: 'infra-bridge', quantity: 50, fields: { span: 9.99 }, budget: 240000 },
      'infra-bridge-small',
      '225000.00',
      '250000.00',
      'within',
    ],
    [
      'bridge span exactly 10 m',
      { group: 'infra-bridge', quantity: 50, fields: { span: 10 }, budget: 260000 },
      'infra-bridge-small',
      '225000.00',
      '250000.00',
      'above',
    ],
    // 大跨径箱梁平板桥（跨度10米以上）5500-6000元/㎡: 50 ㎡ → 275,000–300,000
    [
      'bridge span 10.01 m',
      { group: 'infra-bridge', quantity: 50, fields: { span: 10.01 }, budget: 260000 },
      'infra-bridge-large',
      '275000.00',
      '300000.00',
      'below',
    ],
    // 村级公共厕所 20万元/座
    [
      'two toilets',
      { standardId: 'infra-toilet', quantity: 2 },
      'infra-toilet',
      '400000.00',
      '400000.00',
      null,
    ],
  ])('%s', ([, project, id, min, max, verdict]) => {
    const e = estimate(project);
    expect(e.standardId).toBe(id);
    expect(e.range).toEqual({ min, max });
    expect(e.verdict).toBe(verdict);
    expect(e.clause).toMatch(/^五\(二\)[1-5]$/);
  });

  test('a 10 m bridge shows both clauses apply and why the small-span one is used', () => {
    const e = estimate({ group: 'infra-bridge', quantity: 50, fields: { span: 10 } });
    expect(e.notes[0]?.zh).toContain('以内、以上均含本数');
    expect(e.notes[0]?.zh).toContain('小跨径平板桥');
  });

  test('the living-environment standard has no number: nothing is invented', () => {
    const e = estimate({ standardId: 'infra-living-env', budget: 300000 });
    expect(e.standardId).toBe('infra-living-env');
    expect(e.range).toBeNull();
    expect(e.verdict).toBeNull();
    expect(e.notes[0]?.zh).toContain('没有数额');
  });

  test('the road design is checked against 路基宽不低于4.5米, 路面宽3.5-4.5米, 厚度18厘米', () => {
    const e = estimate({
      standardId: 'infra-village-road',
      quantity: 1,
      fields: { roadbedWidth: 4.4, pavementWidth: 3.5, thickness: 18 },
    });
    expect(e.trace.map((t) => [t.condition, t.passed])).toEqual([
      ['roadbed', false],
      ['pavementMin', true],
      ['pavementMax', true],
      ['thickness', true],
    ]);
  });

  test('a negative length is a field error, not an estimate', () => {
    expect(InfraProject.safeParse({ standardId: 'infra-village-road', quantity: -1 }).success).toBe(false);
    const r = tryEstimateProject({ standardId: 'infra-village-road', quantity: -1 }, xixiang2023);
    expect(r.ok ? [] : r.problems.map((p) => [p.path, p.message.en])).toEqual([
      ['quantity', 'must not be negative: "-1"'],
    ]);
  });
});

test('the engine’s project code names no county’s standards, fields or numbers: they are the pack’s', () => {
  const dir = join(import.meta.dirname, '../../benefits/src/infra');
  for (const f of readdirSync(dir)) {
    const src = readFileSync(join(dir, f), 'utf8');
    for (const word of ['infra-', '桥', '跨度', '道路', '厕所', '路基', "'10'", '4.5', 'lengthKm', 'spanM'])
      expect(src.includes(word), `${f} names ${word}`).toBe(false);
  }
});
