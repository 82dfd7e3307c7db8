import { packSchemas, plausibilityWarnings, type Subject } from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { xixiang2023 } from '../src/index.ts';

const parse = (activities: unknown[]) =>
  packSchemas(xixiang2023).subject.parse({
    kind: 'household',
    id: 'h',
    category: 'monitored',
    activities,
  }) as Subject;

describe('plausibility limits of the pack flag a value for review, never refuse it', () => {
  test.for([
    // 200 head is the pack's review limit for a household: 200 passes, 201 is flagged
    [[{ type: 'pig', head: 200, income: 50000 }], []],
    [[{ type: 'pig', head: 201, income: 50000 }], ['activities.0.head']],
    [[{ type: 'pig', head: '3,000', income: 50000 }], ['activities.0.head']],
    [
      [
        { type: 'tea-renovation', area: 100.5 },
        { type: 'poultry', birds: 2001, income: 900 },
      ],
      ['activities.0.area', 'activities.1.birds'],
    ],
  ] as const)('%j → %j', ([activities, paths]) => {
    const w = plausibilityWarnings(parse([...activities]), xixiang2023);
    expect(w.map((x) => x.path)).toEqual(paths);
    for (const x of w) expect(x.message.zh && x.message.en).toBeTruthy();
  });

  test('the message names the field, the value and the limit in both languages', () => {
    const [w] = plausibilityWarnings(parse([{ type: 'pig', head: 3000 }]), xixiang2023);
    expect(w?.message.zh).toBe('头数 3000 头 超过常见上限 200 头，请核实后再发放');
    expect(w?.message.en).toContain('3000 head is above the usual limit of 200 head');
  });
});
