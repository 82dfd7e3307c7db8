import { xiji2025, xixiang2023 } from '@huinong/policy-data';
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { effectiveAsOf, errorWords, lineTitles, numberedResult, screenDraft } from './engine.ts';
import { answerKey, type Draft, EMPTY_DRAFT, nextInstanceKey } from './wizard/draft.ts';
import { wizardMachineFor } from './wizard/wizard.machine.ts';

const draft = (d: Partial<Draft>): Draft => ({ ...EMPTY_DRAFT, ...d });
const monitored = (answers: Record<string, string>, activities = ['pig']) =>
  draft({ kind: 'household', category: 'monitored', monitoredType: 'unstable', activities, answers });
const line = (d: Draft, id: string) =>
  screenDraft(xixiang2023, d, '2023-06-01').result?.lines.find((l) => l.standardId === id);

describe('screenDraft: hand-computed cases from the seed', () => {
  test('监测对象 with 4 pigs and ¥3,000 income: 4 × 700 = 2,800', () => {
    const d = monitored({ 'activity.pig.head': '4', 'activity.pig.income': '3000' });
    const { result, check } = screenDraft(xixiang2023, d, '2023-06-01');
    expect(check.ok).toBe(true);
    expect(result?.total).toBe('2800.00');
    expect(line(d, 'monitored-pig')?.status).toBe('eligible');
  });

  test('1 pig is a near miss: 差 1 头', () => {
    const l = line(monitored({ 'activity.pig.head': '1', 'activity.pig.income': '3000' }), 'monitored-pig');
    expect(l?.status).toBe('ineligible');
    expect(l?.nearMiss?.message.zh).toContain('差 1 头');
  });

  test('operator employing 5 脱贫人口 with wages ¥50,000: 20% = 10,000', () => {
    const d = draft({
      kind: 'operator',
      links: ['labor'],
      answers: {
        [answerKey('link', 'labor', 'poorWorkers')]: '5',
        [answerKey('link', 'labor', 'wages')]: '50000',
      },
    });
    expect(screenDraft(xixiang2023, d, '2023-06-01').result?.total).toBe('10000.00');
  });

  test('a 脱贫户 listing sheep under "其他" hears the plan has no sheep standard for it', () => {
    const d = draft({
      kind: 'household',
      category: 'poverty-alleviated',
      activities: ['sheep'],
      otherActivities: true,
    });
    const notes = screenDraft(xixiang2023, d, '2023-06-01').result?.notes ?? [];
    expect(notes.some((n) => n.code === 'no-standard' && n.message.zh.includes('养羊'))).toBe(true);
  });

  test('a malformed answer is reported at its input and left out; the other lines still compute', () => {
    const d = monitored(
      {
        'activity.pig.head': '4头',
        'activity.pig.income': '3000',
        'activity.sheep.head': '5',
        'activity.sheep.income': '2000',
      },
      ['pig', 'sheep'],
    );
    const { check, result } = screenDraft(xixiang2023, d, '2023-06-01');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.map((e) => e.key)).toEqual(['activity.pig.head']);
    expect(result?.total).toBe('1000.00');
    expect(result?.lines.find((l) => l.standardId === 'monitored-pig')?.status).toBe('needs-information');
  });
});

describe('effectiveAsOf', () => {
  test.for([
    ['', '2023-06-01', '2023-06-01'],
    ['', '2025-11-23', '2023-12-31'],
    ['', '2022-05-01', '2023-01-01'],
    ['2023-03-15', '2025-11-23', '2023-03-15'],
  ] as const)('draft %j on %s → %s', ([asOf, now, expected]) => {
    expect(effectiveAsOf(xixiang2023, { asOf }, now)).toBe(expected);
  });
});

describe('screenDraft: household members (五(一)1–2, 五(三))', () => {
  const household = (d: Partial<Draft>) =>
    draft({
      kind: 'household',
      category: 'poverty-alleviated',
      members: [{ id: 'm1', sections: [] }],
      memberSeq: 1,
      ...d,
    });
  const member = (sections: string[]) => [{ id: 'm1', sections }];

  test('a 脱贫户 student at a technical school: 雨露计划 ¥3,000 a year', () => {
    const d = household({
      members: member(['student']),
      answers: { 'member.m1.student.schoolType': 'technical', 'member.m1.student.enrolled': 'yes' },
    });
    expect(line(d, 'rain-dew')?.amount).toBe('3000.00');
  });

  test('a general high school student is not covered', () => {
    const d = household({
      members: member(['student']),
      answers: { 'member.m1.student.schoolType': 'general', 'member.m1.student.enrolled': 'yes' },
    });
    expect(line(d, 'rain-dew')?.status).toBe('ineligible');
  });

  test.for([
    [{ province: '广东省', city: '深圳市', county: '南山区', code: '440305' }, '500.00'],
    [{ province: '陕西省', city: '西安市' }, '300.00'],
    [{ province: '陕西省', city: '汉中市', county: '汉台区', code: '610702' }, '200.00'],
  ] as const)('work in %j: travel grant %s', ([place, amount]) => {
    const d = household({
      members: member(['workTrips']),
      answers: {
        'member.m1.workTrips.place': JSON.stringify(place),
        'member.m1.workTrips.from': '2023-03-01',
      },
    });
    expect(line(d, 'travel-grant')?.amount).toBe(amount);
  });

  test('a public-welfare post held 12 months: 12 × 600 = ¥7,200', () => {
    const d = household({
      members: member(['publicPost']),
      answers: { 'member.m1.publicPost.months': '12' },
    });
    expect(line(d, 'public-post')?.amount).toBe('7200.00');
  });

  test('a "零就业" 边缘易致贫户 may hold a post; other 监测对象 are not asked', () => {
    const marginal = household({
      category: 'monitored',
      monitoredType: 'marginal',
      members: member(['publicPost']),
      answers: { 'member.m1.publicPost.months': '6', 'household.zeroEmployment': 'yes' },
    });
    expect(line(marginal, 'public-post')?.amount).toBe('3600.00');
    const unstable = { ...marginal, monitoredType: 'unstable' as const };
    expect(line(unstable, 'public-post')).toBeUndefined();
  });

  test('a microcredit loan for production is screened by the loan machine with the LPR series', () => {
    const d = household({
      members: member(['loans']),
      answers: {
        'member.m1.loans.principal': '50000',
        'member.m1.loans.disbursedOn': '2023-01-10',
        'member.m1.loans.termMonths': '12',
        'member.m1.loans.purpose': 'production',
      },
    });
    const l = screenDraft(xixiang2023, d, '2023-12-31').result?.lines.find(
      (x) => x.standardId === 'microcredit-interest',
    );
    expect(l?.status).toBe('eligible');
    expect(Number(l?.amount)).toBeGreaterThan(0);
  });

  test('a loan without its date is reported at the date; the other lines still compute', () => {
    const d = household({
      members: [
        { id: 'm1', sections: ['loans'] },
        { id: 'm2', sections: ['publicPost'] },
      ],
      answers: {
        'member.m1.loans.principal': '50000',
        'member.m1.loans.termMonths': '12',
        'member.m1.loans.purpose': 'production',
        'member.m2.publicPost.months': '2',
      },
    });
    const { check, result } = screenDraft(xixiang2023, d, '2023-06-01');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.map((e) => e.key)).toContain('member.m1.loans.disbursedOn');
    expect(result?.total).toBe('1200.00');
  });
});

describe('screenDraft follows the pack: 西吉县 2025 (rates by the household’s facts, the household stage)', () => {
  const cows = (answers: Record<string, string>, extra: Partial<Draft> = {}) =>
    draft({
      kind: 'household',
      category: 'monitored',
      monitoredType: 'unstable',
      activities: ['breeding-cows'],
      asOf: '2025-09-30',
      answers: {
        'activity.breeding-cows.head': '3',
        'activity.breeding-cows.boughtOn': '2025-02-01',
        'activity.breeding-cows.origin': 'other-county',
        'activity.breeding-cows.breed': 'simmental',
        'activity.breeding-cows.ageMonths': '8',
        'activity.breeding-cows.registeredOn': '2025-02-10',
        ...answers,
      },
      ...extra,
    });

  test.for([
    ['not-eliminated', '7200.00'],
    ['eliminated', '3600.00'],
  ] as const)('3 cows, risk %s → %s', ([risk, total]) => {
    const { result, check } = screenDraft(xiji2025, cows({ 'fact.riskStatus': risk }));
    expect(check.ok).toBe(true);
    expect(result?.total).toBe(total);
  });

  test('without the risk status the line needs information, never a silent no', () => {
    const l = screenDraft(xiji2025, cows({})).result?.lines.find((x) => x.standardId === 'cattle-cows');
    expect(l?.status).toBe('needs-information');
  });

  test('7 cows: at most 5 head a household, taken off as its own adjustment line', () => {
    const r = screenDraft(
      xiji2025,
      cows({ 'fact.riskStatus': 'not-eliminated', 'activity.breeding-cows.head': '7' }),
    ).result;
    expect(r?.adjustments.map((a) => [a.limitId, a.amount])).toEqual([['cattle-head-cap', '-4800.00']]);
    expect(r?.total).toBe('12000.00');
  });

  test('an as-of date outside 2025 is not screened: the plan’s period is said', () => {
    const s = screenDraft(xiji2025, cows({ 'fact.riskStatus': 'not-eliminated' }, { asOf: '2026-01-15' }));
    expect(s.result).toBeNull();
    expect(s.asOfProblem?.zh).toContain('2025-01-01 至 2025-12-31');
  });

  test('the as-of date defaults within the pack: 2025-12-31 for a screen made in 2026', () => {
    expect(effectiveAsOf(xiji2025, { asOf: '' }, '2026-03-01')).toBe('2025-12-31');
  });
});

describe('西吉县 2025: cattle bought in two batches, entered in the wizard', () => {
  /** The draft as the wizard makes it: the first batch under the type, a second one added. */
  function twoBatches(second: Record<string, string>): { draft: Draft; key: string } {
    const actor = createActor(wizardMachineFor(xiji2025), {
      input: {
        draft: draft({
          kind: 'household',
          category: 'monitored',
          monitoredType: 'unstable',
          activities: ['breeding-cows'],
          asOf: '2025-09-30',
          answers: { 'fact.riskStatus': 'not-eliminated' },
        }),
      },
    });
    actor.start();
    const key = nextInstanceKey(actor.getSnapshot().context, 'breeding-cows');
    actor.send({ type: 'instance.added', itemType: 'breeding-cows' });
    const batch = (k: string, answers: Record<string, string>) => {
      for (const [field, value] of Object.entries(answers))
        actor.send({ type: 'answer.changed', key: answerKey('activity', k, field), value });
    };
    const cow = { origin: 'other-county', breed: 'simmental', ageMonths: '8' };
    batch('breeding-cows', { ...cow, head: '3', boughtOn: '2025-02-01', registeredOn: '2025-02-10' });
    batch(key, { ...cow, head: '4', boughtOn: '2025-03-15', registeredOn: '2025-03-20', ...second });
    const d = actor.getSnapshot().context;
    actor.stop();
    return { draft: d, key };
  }

  test('two lines, one a batch, and the shared 5-head cap off the later batch', () => {
    const { draft: d, key } = twoBatches({});
    const { check, result } = screenDraft(xiji2025, d);
    expect(check.ok).toBe(true);
    // 未消除风险的监测户: 2,400 a head. Batch 1: 3 × 2,400 = 7,200; batch 2: 4 × 2,400 = 9,600.
    // 每户合计最多5头: 7 head, 2 over; at one rate the batches count in their order, so the later
    // loses 2 × 2,400 = −4,800, and 7,200 + 9,600 − 4,800 = 12,000.
    const cows = result?.lines.filter((l) => l.standardId === 'cattle-cows' && l.ref !== null);
    expect(cows?.map((l) => [l.ref?.id, l.status, l.amount])).toEqual([
      ['breeding-cows', 'eligible', '7200.00'],
      [key, 'eligible', '9600.00'],
    ]);
    expect(result?.adjustments.map((a) => [a.limitId, a.amount, a.lines])).toEqual([
      ['cattle-head-cap', '-4800.00', [`cattle-cows#${key}`]],
    ]);
    expect(result?.total).toBe('12000.00');
  });

  test('on the page each line is numbered like its batch; the engine’s result is left as it is', () => {
    const { draft: d } = twoBatches({});
    const { result, check } = screenDraft(xiji2025, d);
    if (!result) throw new Error('no result');
    const titles = (r: typeof result) =>
      r.lines.filter((l) => l.standardId === 'cattle-cows' && l.ref !== null).map((l) => l.title);
    expect(titles(numberedResult(result, check.input))).toEqual([
      { zh: '肉牛扩群补栏·能繁母牛（第1批）', en: 'Herd expansion: breeding cows (batch 1)' },
      { zh: '肉牛扩群补栏·能繁母牛（第2批）', en: 'Herd expansion: breeding cows (batch 2)' },
    ]);
    expect(titles(result).map((t) => t.zh)).toEqual(['肉牛扩群补栏·能繁母牛', '肉牛扩群补栏·能繁母牛']);
    expect(numberedResult(result, check.input).total).toBe(result.total);
  });

  test('an error in the second batch is reported at its field, in words naming the batch; the first still pays', () => {
    const { draft: d, key } = twoBatches({ boughtOn: '2025-02-30' });
    const { check, result } = screenDraft(xiji2025, d);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.map((e) => e.key)).toEqual([answerKey('activity', key, 'boughtOn')]);
    expect(errorWords(xiji2025, d, check.errors[0] as (typeof check.errors)[number]).zh).toBe(
      '能繁母牛（扩群补栏）（第2批） · 购买日期',
    );
    // the date left out, batch 2 cannot be decided; batch 1: 3 × 2,400, under the cap
    expect(result?.total).toBe('7200.00');
  });

  test('a number above the plan’s plausible limit is flagged at the batch it was typed in', () => {
    const { draft: d, key } = twoBatches({ head: '25' });
    expect(screenDraft(xiji2025, d).warnings.map((w) => w.key)).toEqual([answerKey('activity', key, 'head')]);
  });
});

describe('西乡县 2023: a collective with two kiwifruit bases (a repeatable project)', () => {
  test('each base is screened on its own and its lines are numbered 第1个, 第2个', () => {
    const d = draft({
      kind: 'collective',
      projects: ['kiwi'],
      instances: { kiwi: ['kiwi', 'kiwi~1'] },
      instanceSeq: 1,
      answers: {
        [answerKey('project', 'kiwi', 'contiguousArea')]: '60',
        [answerKey('project', 'kiwi', 'trellisArea')]: '20',
        [answerKey('project', 'kiwi~1', 'contiguousArea')]: '55',
      },
    });
    const { check, result } = screenDraft(xixiang2023, d, '2023-06-01');
    expect(check.ok).toBe(true);
    if (!result) throw new Error('no result');
    // 集中连片50亩以上: seedlings 500 a mu, trellis 1,000 a mu of trellis.
    // Base 1: 60 × 500 = 30,000 and 20 × 1,000 = 20,000; base 2: 55 × 500 = 27,500, no trellis given.
    const eligible = numberedResult(result, check.input)
      .lines.filter((l) => l.status === 'eligible')
      .map((l) => [l.title.zh, l.amount]);
    expect(eligible).toEqual([
      ['猕猴桃种苗（第1个）', '30000.00'],
      ['猕猴桃种苗（第2个）', '27500.00'],
      ['猕猴桃棚架建设（第1个）', '20000.00'],
    ]);
    expect(result.total).toBe('77500.00');
  });
});

describe('a line titled by its batch, wherever it is printed (results, the register’s forms)', () => {
  const cows = { zh: '肉牛扩群补栏·能繁母牛', en: 'Herd expansion: breeding cows' };
  const wheat = { zh: '小麦种植', en: 'Wheat' };
  const subject = {
    kind: 'household',
    activities: [
      { type: 'breeding-cows', id: 'a1' },
      { type: 'wheat', id: 'a2' },
      { type: 'breeding-cows', id: 'a3' },
    ],
  };
  test('two batches of one type are numbered in the order given; a type declared once is not', () => {
    const title = lineTitles(subject);
    expect(title?.({ title: cows, ref: { kind: 'activity', id: 'a3' } })).toEqual({
      zh: '肉牛扩群补栏·能繁母牛（第2批）',
      en: 'Herd expansion: breeding cows (batch 2)',
    });
    expect(title?.({ title: cows, ref: { kind: 'activity', id: 'a1' } })?.zh).toBe(
      '肉牛扩群补栏·能繁母牛（第1批）',
    );
    expect(title?.({ title: wheat, ref: { kind: 'activity', id: 'a2' } })).toBe(wheat);
    expect(title?.({ title: wheat, ref: { kind: 'member', id: 'a1' } })).toBe(wheat);
  });
  test('nothing declared twice: no numbering at all', () => {
    expect(lineTitles({ kind: 'household', activities: [{ type: 'wheat', id: 'a2' }] })).toBeNull();
  });
});
