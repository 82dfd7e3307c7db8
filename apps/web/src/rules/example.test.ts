import { estimateProject } from '@huinong/benefits';
import { builtInPacks, lprSeries, xixiang2023 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import { exampleFor, exampleSubject, monthsBefore, runExample } from './example.ts';

const cases = builtInPacks.flatMap((pack) => pack.standards.map((standard) => ({ pack, standard })));
const id = (c: (typeof cases)[number]) => `${c.pack.id} ${c.standard.id}`;

describe('exampleSubject over every standard of every built-in pack', () => {
  test.for(cases.map((c) => [id(c), c] as const))('%s', ([, { pack, standard }]) => {
    const example = exampleFor(pack, standard);
    if (example.kind === 'screen') {
      const { line } = runExample(pack, example, lprSeries);
      expect(line.status, JSON.stringify(line.reason)).toBe('eligible');
      expect(Number(line.amount)).toBeGreaterThan(0);
      // every check the engine made passed
      expect(line.trace.every((e) => e.passed)).toBe(true);
    } else if (example.kind === 'project') {
      const estimate = estimateProject(example.project, pack);
      expect(estimate.standardId).toBe(standard.id);
      expect(estimate.range).not.toBeNull();
    } else {
      // only amounts set by review and standards with no figure have no example
      expect(['reviewed', 'cost-range']).toContain(standard.award.kind);
    }
  });

  test('every rate of a rates-by-group standard has its own eligible example', () => {
    for (const pack of builtInPacks)
      for (const s of pack.standards) {
        const a = s.award;
        if ((a.kind !== 'per-unit' && a.kind !== 'fixed') || !a.rates) continue;
        a.rates.forEach((r, rate) => {
          const example = exampleSubject(pack, s, { rate });
          if (!example) throw new Error(`${s.id}: no example`);
          const { line } = runExample(pack, example, lprSeries);
          expect(line.status).toBe('eligible');
          expect(line.basis.unitAmount).toBe(r.amount);
        });
      }
  });
});

describe('exampleSubject on 西乡 2023, by hand from the clauses', () => {
  const s = (sid: string) => {
    const standard = xixiang2023.standards.find((x) => x.id === sid);
    if (!standard) throw new Error(sid);
    return standard;
  };
  test.for([
    // 当年养猪2头及以上，收入达到2000元以上，700元/头 → 2 × 700
    ['monitored-pig', '1400.00', '2'],
    // 新发展天麻0.5亩及以上，亩均收入达到2000元以上，1000元/亩 → 0.5 × 1000
    ['monitored-tianma', '500.00', '0.5'],
    // 新建或扩建标准化养殖圈舍2000平方米以上，400元/㎡ → 2000 × 400
    ['pig-pens', '800000.00', '2000'],
    // 吸纳脱贫人口5人以上，工资总额达5万元以上，20% → 50000 × 20%
    ['link-wages', '10000.00', '50000'],
    // 每人每月600元, at least one month
    ['public-post', '600.00', '1'],
    // 技工类院校, 每生每学年3000元
    ['rain-dew', '3000.00', '1'],
    // 省外500元
    ['travel-grant', '500.00', '1'],
  ] as const)('%s → %s', ([sid, amount, quantity]) => {
    const example = exampleSubject(xixiang2023, s(sid));
    if (!example) throw new Error('no example');
    const { line } = runExample(xixiang2023, example, lprSeries);
    expect(line.amount).toBe(amount);
    expect(line.basis.quantity).toBe(quantity);
  });

  test('monitored-tianma: income is 2,000 a mu on 0.5 mu, derived from the ratio', () => {
    const example = exampleSubject(xixiang2023, s('monitored-tianma'));
    expect(example?.inputs).toEqual([
      { path: 'area', value: '0.5', why: 'threshold', condition: 'area' },
      { path: 'income', value: '1000', why: 'ratio', condition: 'incomePerMu' },
    ]);
  });

  test('a loan at the subsidised cap of 50,000, disbursed on the first day of the plan', () => {
    const example = exampleSubject(xixiang2023, s('microcredit-interest'));
    expect(example?.inputs.find((i) => i.path === 'principal')?.value).toBe('50000');
    const { line } = runExample(xixiang2023, example as never, lprSeries);
    expect(line.status).toBe('eligible');
  });

  test('amounts set by review and project standards are not screened', () => {
    expect(exampleSubject(xixiang2023, s('collective-support'))).toBeNull();
    expect(exampleFor(xixiang2023, s('collective-support')).kind).toBe('none');
    expect(exampleSubject(xixiang2023, s('infra-village-road'))).toBeNull();
    expect(exampleFor(xixiang2023, s('infra-village-road'))).toMatchObject({
      kind: 'project',
      project: { standardId: 'infra-village-road', quantity: '1' },
    });
    expect(exampleFor(xixiang2023, s('infra-living-env')).kind).toBe('none');
    // a bridge at the span its conditions read: 10 m (以内 includes it) for the small one; for the
    // large one 10 m is the small one's too, so one metre past it, 11 m
    expect(exampleFor(xixiang2023, s('infra-bridge-small'))).toMatchObject({
      project: { standardId: 'infra-bridge-small', quantity: '1', fields: { span: '10' } },
    });
    expect(exampleFor(xixiang2023, s('infra-bridge-large'))).toMatchObject({
      project: { standardId: 'infra-bridge-large', quantity: '1', fields: { span: '11' } },
    });
  });
});

describe('monthsBefore: the latest start that makes the months full', () => {
  test.for([
    ['2025-12-31', 6, '2025-07-01'],
    ['2025-09-09', 6, '2025-03-10'],
    ['2025-02-27', 1, '2025-01-28'],
  ] as const)('%s, %i months → %s', ([until, months, from]) => {
    expect(monthsBefore(until, months)).toBe(from);
  });
});
