import { describe, expect, test } from 'vitest';
import {
  bestTrip,
  PolicyPack,
  type PolicyPackInput,
  packSchemas,
  type ScreenResult,
  type SubjectInput,
  screen,
} from '../../src/index.ts';

// What an award is counted on, and who a group is, must be known before a line is decided: a
// value not given is "needs information", never ¥0.00 paid as eligible or a silent "not you".
// A small pack written for these tests; its numbers are ours, easy to check by hand.

const t = (zh: string, en: string) => ({ zh, en });
const DATES = { from: '2023-01-01', to: '2023-12-31' };

const input: PolicyPackInput = {
  id: 'missing',
  name: t('测试方案', 'test plan'),
  document: { title: 't', file: 't.txt', published: '2023-01' },
  dates: DATES,
  home: { province: '陕西省', city: '汉中市', county: '西乡县', code: '610724' },
  inputs: {
    activities: [
      {
        type: 'rice-fish',
        subjects: ['operator'],
        label: t('稻渔综合种养', 'rice–fish'),
        fields: [{ key: 'area', type: 'quantity', unit: 'mu', label: t('种养面积', 'area') }],
      },
      {
        type: 'pens',
        subjects: ['operator'],
        label: t('圈舍', 'pens'),
        fields: [{ key: 'area', type: 'quantity', unit: 'm2', label: t('圈舍面积', 'pen area') }],
      },
    ],
  },
  standards: [
    {
      // no condition reads the area: the award's own field must be given
      id: 'per-area',
      clause: 'T1',
      text: '按照每亩4000元补助',
      title: t('稻渔', 'rice–fish'),
      subject: { kinds: ['operator'], label: t('新型经营主体', 'operators') },
      source: { kind: 'activity', types: ['rice-fish'] },
      award: { kind: 'per-unit', quantity: 'area', unit: 'mu', amount: '4000' },
      dates: DATES,
    },
    {
      // a condition reads the area: it already asks for it, and no second check is added
      id: 'pens-min',
      clause: 'T2',
      text: '圈舍1000㎡以上，按每平方米150元补助',
      title: t('圈舍', 'pens'),
      subject: { kinds: ['operator'], label: t('新型经营主体', 'operators') },
      source: { kind: 'activity', types: ['pens'] },
      conditions: [
        {
          kind: 'min',
          id: 'area',
          field: 'area',
          threshold: '1000',
          unit: 'm2',
          label: t('面积', 'area'),
          text: '圈舍1000㎡以上',
        },
      ],
      award: { kind: 'per-unit', quantity: 'area', unit: 'm2', amount: '150' },
      dates: DATES,
    },
    {
      id: 'lease-share',
      clause: 'T3',
      text: '按当年流转土地费用的10%给予奖补',
      title: t('土地流转', 'land lease'),
      subject: { kinds: ['operator'], label: t('新型经营主体', 'operators') },
      source: { kind: 'subject', field: 'land' },
      award: { kind: 'share', base: 'leaseFees', rate: '0.1' },
      dates: DATES,
    },
    {
      id: 'fee',
      clause: 'T4',
      text: '其占用费给予补贴',
      title: t('占用费', 'fee'),
      subject: { kinds: ['household'], categories: ['poverty-alleviated'], label: t('脱贫户', 'poor') },
      source: { kind: 'member', field: 'mutualFundLoans', each: true },
      award: { kind: 'fee-reimbursement', field: 'feePaid' },
      dates: DATES,
    },
    {
      id: 'post',
      clause: 'T5',
      text: '脱贫劳动力，特别是“零就业”边缘易致贫户，每人每月600元',
      title: t('公益性岗位', 'public post'),
      subject: {
        kinds: ['household'],
        categories: ['poverty-alleviated'],
        alsoGroups: [
          {
            category: 'monitored',
            monitoredTypes: ['marginal'],
            zeroEmployment: true,
            label: t('“零就业”边缘易致贫户', 'zero-employment marginal'),
          },
        ],
        label: t('脱贫劳动力', 'poor workers'),
      },
      source: { kind: 'member', field: 'publicPost' },
      award: { kind: 'per-unit', quantity: 'publicPost.months', unit: 'month', amount: '600' },
      dates: DATES,
    },
    {
      id: 'travel',
      clause: 'T6',
      text: '省外500元、市外省内300元、县外市内200元',
      title: t('交通补助', 'travel'),
      subject: { kinds: ['household'], categories: ['poverty-alleviated'], label: t('脱贫户', 'poor') },
      source: { kind: 'member', field: 'workTrips' },
      award: {
        kind: 'tiered-travel',
        tiers: { outsideProvince: '500', outsideCity: '300', outsideCounty: '200' },
        perPersonPerYear: 1,
        minMonths: 0,
      },
      dates: DATES,
    },
  ],
};
const pack = PolicyPack.parse(input);

function run(subject: SubjectInput): ScreenResult {
  return screen(packSchemas(pack).subject.parse(subject), { pack, asOf: '2023-12-31' });
}
const line = (r: ScreenResult, id: string) => r.lines.find((l) => l.standardId === id);
const op = (extra: Record<string, unknown>) => ({ kind: 'operator', id: 'o', ...extra }) as SubjectInput;

describe('the field an award is counted on', () => {
  test.for([
    // 2.5 mu × 4000 = 10,000; no area: asked for
    [
      'per unit, given',
      op({ activities: [{ type: 'rice-fish', area: 2.5 }] }),
      'per-area',
      'eligible',
      '10000.00',
    ],
    [
      'per unit, not given',
      op({ activities: [{ type: 'rice-fish' }] }),
      'per-area',
      'needs-information',
      '0.00',
    ],
    // 0 mu is given: 0 × 4000 = 0.00, eligible (the plan sets no minimum)
    ['per unit, 0', op({ activities: [{ type: 'rice-fish', area: 0 }] }), 'per-area', 'eligible', '0.00'],
    // 12,345.67 × 10% = 1,234.567 → 1,234.57
    ['share, given', op({ land: { leaseFees: '12345.67' } }), 'lease-share', 'eligible', '1234.57'],
    ['share, not given', op({ land: { households: 12 } }), 'lease-share', 'needs-information', '0.00'],
  ] as const)('%s', ([, subject, id, status, amount]) => {
    const l = line(run(subject), id);
    expect([l?.status, l?.amount]).toEqual([status, amount]);
    if (status === 'needs-information') {
      expect(l?.reason?.condition).toBe('awardQuantity');
      expect(l?.reason?.value).toBeNull();
    }
  });

  test('the check names the field in the pack’s words', () => {
    const l = line(run(op({ activities: [{ type: 'rice-fish' }] })), 'per-area');
    expect(l?.reason?.label.zh).toBe('计算奖补的种养面积');
  });

  test('a fee not given is asked for; 88.5 is paid as 88.50', () => {
    const h = (fee: Record<string, unknown>) =>
      ({
        kind: 'household',
        id: 'h',
        category: 'poverty-alleviated',
        members: [{ id: 'm', mutualFundLoans: [{ id: 'F', ...fee }] }],
      }) as SubjectInput;
    expect(line(run(h({})), 'fee')?.status).toBe('needs-information');
    expect(line(run(h({ feePaid: 88.5 })), 'fee')?.amount).toBe('88.50');
  });

  test('a standard whose condition reads the field gets no second check', () => {
    const l = line(run(op({ activities: [{ type: 'pens' }] })), 'pens-min');
    expect(l?.reason?.condition).toBe('area');
    const ok = line(run(op({ activities: [{ type: 'pens', area: 1000 }] })), 'pens-min');
    expect(ok?.trace.map((e) => e.condition)).toEqual(['inForce', 'subject', 'area']);
  });
});

describe('a group a household may be of: what it names and the household lacks is asked', () => {
  const h = (extra: Record<string, unknown>) =>
    ({
      kind: 'household',
      id: 'h',
      category: 'monitored',
      members: [{ id: 'm', publicPost: { months: 6 } }],
      ...extra,
    }) as SubjectInput;
  test.for([
    // 6 × 600 = 3,600
    ['零就业 边缘易致贫户', { monitoredType: 'marginal', zeroEmployment: true }, 'eligible', '3600.00', null],
    [
      '边缘易致贫户 with work',
      { monitoredType: 'marginal', zeroEmployment: false },
      'ineligible',
      '0.00',
      null,
    ],
    [
      '边缘易致贫户, 零就业 not given',
      { monitoredType: 'marginal' },
      'needs-information',
      '0.00',
      '是否零就业户',
    ],
    ['type not given, 零就业', { zeroEmployment: true }, 'needs-information', '0.00', '监测对象类型'],
    // a known mismatch decides, whatever else is missing
    ['脱贫不稳定户, 零就业 not given', { monitoredType: 'unstable' }, 'ineligible', '0.00', null],
    ['type not given, with work', { zeroEmployment: false }, 'ineligible', '0.00', null],
  ] as const)('%s', ([, extra, status, amount, lacking]) => {
    const l = line(run(h(extra)), 'post');
    expect([l?.status, l?.amount]).toEqual([status, amount]);
    if (lacking) expect(l?.reason?.label.zh).toBe(lacking);
  });

  test('the subject check is not confused by a 零就业 given for one household and not another', () => {
    // the check memoises by who the household is: 零就业 yes, no and not given are three answers
    const a = line(run(h({ monitoredType: 'marginal', zeroEmployment: false })), 'post');
    const b = line(run(h({ monitoredType: 'marginal' })), 'post');
    const c = line(run(h({ monitoredType: 'marginal', zeroEmployment: true })), 'post');
    expect([a?.status, b?.status, c?.status]).toEqual(['ineligible', 'needs-information', 'eligible']);
  });
});

describe('travel: a trip whose place is incomplete', () => {
  const HOME = input.home;
  const member = (places: Record<string, unknown>[]) => ({
    id: 'w',
    workTrips: places.map((place, i) => ({ from: `2023-0${i + 1}-01`, place })),
  });
  test.for([
    // 陕西 without a city might be 市外省内 (300): more than 洋县 (200), not more than 西安 (300)
    [[{ province: '陕西省' }, { province: '陕西省', city: '汉中市', county: '洋县' }], true],
    [[{ province: '陕西省' }, { province: '陕西省', city: '西安市' }], false],
    [[{ province: '陕西省' }, { province: '广东省' }], false],
    // 汉中 without a county might be 县外市内 (200): more than 西乡 itself, not more than 洋县
    [
      [
        { province: '陕西省', city: '汉中市' },
        { province: '陕西省', city: '汉中市', county: '西乡县' },
      ],
      true,
    ],
    [
      [
        { province: '陕西省', city: '汉中市' },
        { province: '陕西省', city: '汉中市', county: '洋县' },
      ],
      false,
    ],
  ] as const)('%o: might earn more → %s', ([places, higher]) => {
    const best = bestTrip(member(places as never) as never, '2023', HOME);
    expect(best.undecided).toBe(true);
    expect(best.undecidedHigher).toBe(higher);
  });

  test('the grant waits for the place when it might be higher; otherwise it is paid', () => {
    const h = (places: Record<string, unknown>[]) =>
      ({
        kind: 'household',
        id: 'h',
        category: 'poverty-alleviated',
        members: [member(places)],
      }) as SubjectInput;
    const waits = line(
      run(h([{ province: '陕西省' }, { province: '陕西省', city: '汉中市', county: '洋县' }])),
      'travel',
    );
    expect([waits?.status, waits?.reason?.condition]).toEqual(['needs-information', 'workPlace']);
    const paid = line(run(h([{ province: '陕西省' }, { province: '陕西省', city: '西安市' }])), 'travel');
    expect([paid?.status, paid?.amount]).toEqual(['eligible', '300.00']);
  });
});
