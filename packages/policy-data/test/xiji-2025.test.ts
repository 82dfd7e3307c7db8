import {
  AsOfOutsidePack,
  type LineStatus,
  type ScreenResult,
  type SubjectInput,
  validateSubject,
} from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { xiji2025 } from '../src/index.ts';
import {
  collective,
  cows,
  ELIMINATED,
  feeders,
  household,
  NOT_ELIMINATED,
  screenWith,
  without,
} from './cases.ts';

// 西吉县 2025 (counties.md): every number below is computed by hand from the notice's rates.
const AS_OF = '2025-12-31';

const run = screenWith(xiji2025, AS_OF);

/** The lines of one standard that are about a declared activity (not the "not declared" line). */
const linesOf = (r: ScreenResult, id: string) => r.lines.filter((l) => l.standardId === id && l.ref !== null);
const adjustmentsOf = (r: ScreenResult) =>
  Object.fromEntries(r.adjustments.map((a) => [a.limitId, a.amount]));

interface LineCase {
  name: string;
  subject: SubjectInput;
  asOf?: string;
  standard: string;
  status: LineStatus;
  amount: string;
  /** the condition that stopped the line */
  reason?: string;
}

function checkLine(c: LineCase) {
  const r = run(c.subject, c.asOf);
  const lines = linesOf(r, c.standard);
  expect(lines).toHaveLength(1);
  const line = lines[0];
  expect(line?.status).toBe(c.status);
  expect(line?.amount).toBe(c.amount);
  expect(line?.reason?.condition).toBe(c.reason);
}

describe('cattle-cows: 能繁母牛 (2,400 / 1,200 a head by group)', () => {
  test.for<LineCase>([
    // 2 head × 2,400 (未消除风险的监测户)
    {
      name: '未消除风险 2 head',
      subject: household('monitored', NOT_ELIMINATED, [cows()]),
      standard: 'cattle-cows',
      status: 'eligible',
      amount: '4800.00',
    },
    // 2 × 1,200 (风险已消除)
    {
      name: '风险已消除 2 head',
      subject: household('monitored', ELIMINATED, [cows()]),
      standard: 'cattle-cows',
      status: 'eligible',
      amount: '2400.00',
    },
    // 2 × 1,200 (脱贫户)
    {
      name: '脱贫户 2 head',
      subject: household('poverty-alleviated', undefined, [cows()]),
      standard: 'cattle-cows',
      status: 'eligible',
      amount: '2400.00',
    },
    // the rate depends on the risk status: not given, the line cannot be decided
    {
      name: '监测户 with no risk status: needs information',
      subject: household('monitored', undefined, [cows()]),
      standard: 'cattle-cows',
      status: 'needs-information',
      amount: '0.00',
      reason: 'rate',
    },
    // the threshold of head accepted: 1 × 2,400
    {
      name: 'one head accepted',
      subject: household('monitored', NOT_ELIMINATED, [cows({ head: '1' })]),
      standard: 'cattle-cows',
      status: 'eligible',
      amount: '2400.00',
    },
    {
      name: 'no head accepted',
      subject: household('monitored', NOT_ELIMINATED, [cows({ head: '0' })]),
      standard: 'cattle-cows',
      status: 'ineligible',
      amount: '0.00',
      reason: 'head',
    },
    // breed: 西门塔尔, 安格斯 or 固原黄牛
    {
      name: 'Simmental',
      subject: household('monitored', NOT_ELIMINATED, [cows({ breed: 'simmental' })]),
      standard: 'cattle-cows',
      status: 'eligible',
      amount: '4800.00',
    },
    {
      name: 'Guyuan yellow',
      subject: household('monitored', NOT_ELIMINATED, [cows({ breed: 'guyuan-yellow' })]),
      standard: 'cattle-cows',
      status: 'eligible',
      amount: '4800.00',
    },
    {
      name: 'another breed',
      subject: household('monitored', NOT_ELIMINATED, [cows({ breed: 'other' })]),
      standard: 'cattle-cows',
      status: 'ineligible',
      amount: '0.00',
      reason: 'breed',
    },
    {
      name: 'breed not given',
      subject: household('monitored', NOT_ELIMINATED, [without(cows(), 'breed')]),
      standard: 'cattle-cows',
      status: 'needs-information',
      amount: '0.00',
      reason: 'breed',
    },
    // origin: 外县区调购 only
    {
      name: 'bought within the county',
      subject: household('monitored', NOT_ELIMINATED, [cows({ origin: 'home-county' })]),
      standard: 'cattle-cows',
      status: 'ineligible',
      amount: '0.00',
      reason: 'origin',
    },
    {
      name: 'bred on the farm',
      subject: household('poverty-alleviated', undefined, [cows({ origin: 'home-bred' })]),
      standard: 'cattle-cows',
      status: 'ineligible',
      amount: '0.00',
      reason: 'origin',
    },
    // age: 6 months and above (以上 includes 6)
    {
      name: 'exactly 6 months old',
      subject: household('monitored', NOT_ELIMINATED, [cows({ ageMonths: '6' })]),
      standard: 'cattle-cows',
      status: 'eligible',
      amount: '4800.00',
    },
    {
      name: '5 months old',
      subject: household('monitored', NOT_ELIMINATED, [cows({ ageMonths: '5' })]),
      standard: 'cattle-cows',
      status: 'ineligible',
      amount: '0.00',
      reason: 'age',
    },
    // bought on or after 2025-01-01
    {
      name: 'bought 2025-01-01',
      subject: household('monitored', NOT_ELIMINATED, [cows({ boughtOn: '2025-01-01' })]),
      standard: 'cattle-cows',
      status: 'eligible',
      amount: '4800.00',
    },
    {
      name: 'bought 2024-12-31',
      subject: household('monitored', NOT_ELIMINATED, [cows({ boughtOn: '2024-12-31' })]),
      standard: 'cattle-cows',
      status: 'ineligible',
      amount: '0.00',
      reason: 'bought',
    },
    // held 6 months from registration, both days counted: 2025-03-10 … 2025-09-09 is 6 whole months
    {
      name: 'held exactly 6 months (registered 03-10, as of 09-09)',
      subject: household('monitored', NOT_ELIMINATED, [cows()]),
      asOf: '2025-09-09',
      standard: 'cattle-cows',
      status: 'eligible',
      amount: '4800.00',
    },
    {
      name: 'one day short (registered 03-10, as of 09-08)',
      subject: household('monitored', NOT_ELIMINATED, [cows()]),
      asOf: '2025-09-08',
      standard: 'cattle-cows',
      status: 'ineligible',
      amount: '0.00',
      reason: 'held',
    },
    // 2023-03-01 → 2023-08-31 is 6 months by the rule; so is 2025-01-01 → 2025-06-30
    {
      name: 'registered 01-01, as of 06-30: 6 months',
      subject: household('monitored', NOT_ELIMINATED, [
        cows({ boughtOn: '2025-01-01', registeredOn: '2025-01-01' }),
      ]),
      asOf: '2025-06-30',
      standard: 'cattle-cows',
      status: 'eligible',
      amount: '4800.00',
    },
    {
      name: 'registered 01-01, as of 06-29: 5 months',
      subject: household('monitored', NOT_ELIMINATED, [
        cows({ boughtOn: '2025-01-01', registeredOn: '2025-01-01' }),
      ]),
      asOf: '2025-06-29',
      standard: 'cattle-cows',
      status: 'ineligible',
      amount: '0.00',
      reason: 'held',
    },
    {
      name: 'registration date not given',
      subject: household('monitored', NOT_ELIMINATED, [without(cows(), 'registeredOn')]),
      standard: 'cattle-cows',
      status: 'needs-information',
      amount: '0.00',
      reason: 'held',
    },
  ])('$name', checkLine);

  test('one day short says how many days are missing', () => {
    const line = linesOf(
      run(household('monitored', NOT_ELIMINATED, [cows()]), '2025-09-08'),
      'cattle-cows',
    )[0];
    expect(line?.nearMiss).toMatchObject({ condition: 'held', shortfall: '1', unit: 'day' });
  });

  test('the line names the rate that applied', () => {
    const line = linesOf(run(household('monitored', ELIMINATED, [cows()])), 'cattle-cows')[0];
    expect(line?.basis).toMatchObject({ quantity: '2', unit: 'head', unitAmount: '1200' });
    expect(line?.trace.find((e) => e.condition === 'rate')?.value).toContain('风险已消除的监测户');
  });
});

describe('cattle-feeders: 育肥牛 (1,200 / 600 a head by group)', () => {
  test.for<LineCase>([
    // 3 × 1,200
    {
      name: '未消除风险 3 head',
      subject: household('monitored', NOT_ELIMINATED, [feeders()]),
      standard: 'cattle-feeders',
      status: 'eligible',
      amount: '3600.00',
    },
    // 3 × 600
    {
      name: '风险已消除 3 head',
      subject: household('monitored', ELIMINATED, [feeders()]),
      standard: 'cattle-feeders',
      status: 'eligible',
      amount: '1800.00',
    },
    {
      name: '脱贫户 3 head',
      subject: household('poverty-alleviated', undefined, [feeders()]),
      standard: 'cattle-feeders',
      status: 'eligible',
      amount: '1800.00',
    },
    {
      name: '监测户 with no risk status',
      subject: household('monitored', undefined, [feeders()]),
      standard: 'cattle-feeders',
      status: 'needs-information',
      amount: '0.00',
      reason: 'rate',
    },
    {
      name: 'bought within the county',
      subject: household('monitored', NOT_ELIMINATED, [feeders({ origin: 'home-county' })]),
      standard: 'cattle-feeders',
      status: 'ineligible',
      amount: '0.00',
      reason: 'origin',
    },
    {
      name: 'bought 2025-01-01',
      subject: household('monitored', NOT_ELIMINATED, [feeders({ boughtOn: '2025-01-01' })]),
      standard: 'cattle-feeders',
      status: 'eligible',
      amount: '3600.00',
    },
    {
      name: 'bought 2024-12-31',
      subject: household('monitored', NOT_ELIMINATED, [feeders({ boughtOn: '2024-12-31' })]),
      standard: 'cattle-feeders',
      status: 'ineligible',
      amount: '0.00',
      reason: 'bought',
    },
    {
      name: 'held exactly 6 months',
      subject: household('monitored', NOT_ELIMINATED, [feeders()]),
      asOf: '2025-09-09',
      standard: 'cattle-feeders',
      status: 'eligible',
      amount: '3600.00',
    },
    {
      name: 'held one day short',
      subject: household('monitored', NOT_ELIMINATED, [feeders()]),
      asOf: '2025-09-08',
      standard: 'cattle-feeders',
      status: 'ineligible',
      amount: '0.00',
      reason: 'held',
    },
    {
      name: 'purchase date not given',
      subject: household('poverty-alleviated', undefined, [without(feeders(), 'boughtOn')]),
      standard: 'cattle-feeders',
      status: 'needs-information',
      amount: '0.00',
      reason: 'bought',
    },
  ])('$name', checkLine);
});

describe('the herd-expansion subjects', () => {
  test('一般农户: no cattle line, and notes that say why', () => {
    const r = run(household('ordinary', undefined, [cows(), feeders()]));
    expect(r.lines.filter((l) => l.standardId.startsWith('cattle-'))).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(['category-excluded', 'no-standard', 'no-standard']);
    expect(r.notes[1]?.message.zh).toContain('cattle-cows');
    expect(r.total).toBe('0.00');
  });

  test('a collective cannot declare breeding cows (the activity is for households)', () => {
    const v = validateSubject(collective([cows()]), xiji2025);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0]?.path).toBe('activities.0.type');
  });

  test('cattle bought in two batches are two lines', () => {
    const r = run(household('monitored', NOT_ELIMINATED, [cows({ id: 'a' }), cows({ id: 'b', head: '1' })]));
    // 2 × 2,400 and 1 × 2,400
    expect(linesOf(r, 'cattle-cows').map((l) => [l.key, l.amount])).toEqual([
      ['cattle-cows#a', '4800.00'],
      ['cattle-cows#b', '2400.00'],
    ]);
    expect(r.total).toBe('7200.00');
  });

  test('a second wheat row is refused (wheat is not repeatable)', () => {
    const v = validateSubject(
      household('monitored', NOT_ELIMINATED, [
        { type: 'wheat', area: '1' },
        { type: 'wheat', area: '2' },
      ]),
      xiji2025,
    );
    expect(v.ok).toBe(false);
  });
});

interface HouseholdCase {
  name: string;
  subject: SubjectInput;
  asOf?: string;
  /** line key → amount of the eligible lines */
  lines: Record<string, string>;
  adjustments: Record<string, string>;
  total: string;
}

function checkHousehold(c: HouseholdCase) {
  const r = run(c.subject, c.asOf);
  const eligible = Object.fromEntries(
    r.lines.filter((l) => l.status === 'eligible').map((l) => [l.key, l.amount]),
  );
  expect(eligible).toEqual(c.lines);
  expect(adjustmentsOf(r)).toEqual(c.adjustments);
  expect(r.total).toBe(c.total);
}

describe('cattle-head-cap: 每户合计最多5头 over cows and feeders (highest unit award first)', () => {
  test.for<HouseholdCase>([
    // 4 × 2,400 + 3 × 1,200 = 13,200; 7 head, 2 over: the feeders (1,200) go: −2 × 1,200 = −2,400 → 10,800
    {
      name: '未消除风险 4 cows + 3 feeders',
      subject: household('monitored', NOT_ELIMINATED, [cows({ head: '4' }), feeders()]),
      lines: { 'cattle-cows#breeding-cows': '9600.00', 'cattle-feeders#feeder-cattle': '3600.00' },
      adjustments: { 'cattle-head-cap': '-2400.00' },
      total: '10800.00',
    },
    // 4 × 1,200 + 3 × 600 = 6,600; −2 × 600 = −1,200 → 5,400
    {
      name: '风险已消除 4 cows + 3 feeders',
      subject: household('monitored', ELIMINATED, [cows({ head: '4' }), feeders()]),
      lines: { 'cattle-cows#breeding-cows': '4800.00', 'cattle-feeders#feeder-cattle': '1800.00' },
      adjustments: { 'cattle-head-cap': '-1200.00' },
      total: '5400.00',
    },
    {
      name: '脱贫户 4 cows + 3 feeders',
      subject: household('poverty-alleviated', undefined, [cows({ head: '4' }), feeders()]),
      lines: { 'cattle-cows#breeding-cows': '4800.00', 'cattle-feeders#feeder-cattle': '1800.00' },
      adjustments: { 'cattle-head-cap': '-1200.00' },
      total: '5400.00',
    },
    // exactly 5: 3 × 2,400 + 2 × 1,200 = 9,600, nothing off
    {
      name: 'exactly 5 head (3 cows + 2 feeders)',
      subject: household('monitored', NOT_ELIMINATED, [cows({ head: '3' }), feeders({ head: '2' })]),
      lines: { 'cattle-cows#breeding-cows': '7200.00', 'cattle-feeders#feeder-cattle': '2400.00' },
      adjustments: {},
      total: '9600.00',
    },
    // feeders listed first in the input: still the cow is paid first. 1 × 2,400 + 5 × 1,200 = 8,400;
    // 6 head, 1 over, off the feeders: −1,200 → 7,200
    {
      name: '5 feeders + 1 cow: the cow counts first',
      subject: household('monitored', NOT_ELIMINATED, [feeders({ head: '5' }), cows({ head: '1' })]),
      lines: { 'cattle-cows#breeding-cows': '2400.00', 'cattle-feeders#feeder-cattle': '6000.00' },
      adjustments: { 'cattle-head-cap': '-1200.00' },
      total: '7200.00',
    },
    // two batches of cows: 4 + 2 = 6 × 2,400 = 14,400; 1 over, off the later batch: −2,400 → 12,000
    {
      name: 'two batches of cows, 6 head',
      subject: household('monitored', NOT_ELIMINATED, [
        cows({ id: 'a', head: '4' }),
        cows({ id: 'b', head: '2' }),
      ]),
      lines: { 'cattle-cows#a': '9600.00', 'cattle-cows#b': '4800.00' },
      adjustments: { 'cattle-head-cap': '-2400.00' },
      total: '12000.00',
    },
    // a batch bought in 2024 is not paid and does not count: 4 × 2,400 = 9,600, 4 head
    {
      name: 'an ineligible batch does not count towards the 5',
      subject: household('monitored', NOT_ELIMINATED, [
        cows({ head: '4' }),
        feeders({ boughtOn: '2024-12-31' }),
      ]),
      lines: { 'cattle-cows#breeding-cows': '9600.00' },
      adjustments: {},
      total: '9600.00',
    },
  ])('$name', checkHousehold);

  test('the cap names the line it cut and states its reading', () => {
    const r = run(household('monitored', NOT_ELIMINATED, [cows({ head: '4' }), feeders()]));
    const a = r.adjustments[0];
    expect(a?.lines).toEqual(['cattle-feeders#feeder-cattle']);
    expect(a?.message.zh).toContain('育肥牛 2 头');
    expect(a?.notes[0]?.zh).toContain('highest-first');
    expect(xiji2025.limits.find((l) => l.id === 'cattle-head-cap')).toMatchObject({ order: 'highest-first' });
  });
});

const poultry = (type: string, birds: string) => ({ type, birds });
const MONITORED = { demoVillage: false, cattleAwardReceived: false };

describe('courtyard economy: each item (监测对象 only)', () => {
  test.for<LineCase>([
    // 10 × 30
    {
      name: 'chickens 10',
      subject: household('monitored', MONITORED, [poultry('chickens', '10')]),
      standard: 'courtyard-chickens',
      status: 'eligible',
      amount: '300.00',
    },
    {
      name: 'ducks 10',
      subject: household('monitored', MONITORED, [poultry('ducks', '10')]),
      standard: 'courtyard-ducks',
      status: 'eligible',
      amount: '300.00',
    },
    {
      name: 'geese 10',
      subject: household('monitored', MONITORED, [poultry('geese', '10')]),
      standard: 'courtyard-geese',
      status: 'eligible',
      amount: '300.00',
    },
    // 1 × 30: the least that is "kept"
    {
      name: 'one chicken',
      subject: household('monitored', MONITORED, [poultry('chickens', '1')]),
      standard: 'courtyard-chickens',
      status: 'eligible',
      amount: '30.00',
    },
    {
      name: 'no chickens',
      subject: household('monitored', MONITORED, [poultry('chickens', '0')]),
      standard: 'courtyard-chickens',
      status: 'ineligible',
      amount: '0.00',
      reason: 'birds',
    },
    {
      name: 'chickens, number not given',
      subject: household('monitored', MONITORED, [{ type: 'chickens' }]),
      standard: 'courtyard-chickens',
      status: 'needs-information',
      amount: '0.00',
      reason: 'birds',
    },
    // the risk status does not matter here: 10 × 30
    {
      name: 'a monitored household with no risk status still qualifies',
      subject: household('monitored', { demoVillage: false, cattleAwardReceived: false }, [
        poultry('chickens', '10'),
      ]),
      standard: 'courtyard-chickens',
      status: 'eligible',
      amount: '300.00',
    },
    // 20 × 15
    {
      name: 'pigeons 20',
      subject: household('monitored', MONITORED, [poultry('pigeons', '20')]),
      standard: 'courtyard-pigeons',
      status: 'eligible',
      amount: '300.00',
    },
    // 5 × 400, each box 4 frames (at the threshold)
    {
      name: 'bees 5 boxes of 4 frames, new',
      subject: household('monitored', MONITORED, [
        { type: 'honeybees', boxes: '5', framesPerBox: '4', newThisYear: true },
      ]),
      standard: 'courtyard-bees',
      status: 'eligible',
      amount: '2000.00',
    },
    {
      name: 'bees with a box of 3 frames',
      subject: household('monitored', MONITORED, [
        { type: 'honeybees', boxes: '5', framesPerBox: '3', newThisYear: true },
      ]),
      standard: 'courtyard-bees',
      status: 'ineligible',
      amount: '0.00',
      reason: 'frames',
    },
    {
      name: 'bees kept before this year',
      subject: household('monitored', MONITORED, [
        { type: 'honeybees', boxes: '5', framesPerBox: '6', newThisYear: false },
      ]),
      standard: 'courtyard-bees',
      status: 'ineligible',
      amount: '0.00',
      reason: 'new',
    },
    {
      name: 'bees, new this year not answered',
      subject: household('monitored', MONITORED, [{ type: 'honeybees', boxes: '5', framesPerBox: '6' }]),
      standard: 'courtyard-bees',
      status: 'needs-information',
      amount: '0.00',
      reason: 'new',
    },
    // 2 × 1,000
    {
      name: 'beef cattle kept 2',
      subject: household('monitored', MONITORED, [{ type: 'cattle-stock', head: '2' }]),
      standard: 'courtyard-cattle',
      status: 'eligible',
      amount: '2000.00',
    },
    // 5 × 200
    {
      name: 'sheep kept 5',
      subject: household('monitored', MONITORED, [{ type: 'sheep-stock', head: '5' }]),
      standard: 'courtyard-sheep',
      status: 'eligible',
      amount: '1000.00',
    },
    // 微菜园 at least 20 m²: 500 a household
    {
      name: '微菜园 20 m²',
      subject: household('monitored', MONITORED, [{ type: 'micro-vegetable', area: '20' }]),
      standard: 'courtyard-vegetables',
      status: 'eligible',
      amount: '500.00',
    },
    {
      name: '微菜园 19.99 m²',
      subject: household('monitored', MONITORED, [{ type: 'micro-vegetable', area: '19.99' }]),
      standard: 'courtyard-vegetables',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
    },
    // 微菌园 10 m² with 400 logs = exactly 40 a m²: 1,000
    {
      name: '微菌园 10 m², 400 logs',
      subject: household('monitored', MONITORED, [{ type: 'micro-fungus', area: '10', logs: '400' }]),
      standard: 'courtyard-fungus',
      status: 'eligible',
      amount: '1000.00',
    },
    // 399 ÷ 10 = 39.9 logs a m²
    {
      name: '微菌园 10 m², 399 logs',
      subject: household('monitored', MONITORED, [{ type: 'micro-fungus', area: '10', logs: '399' }]),
      standard: 'courtyard-fungus',
      status: 'ineligible',
      amount: '0.00',
      reason: 'logsPerM2',
    },
    {
      name: '微菌园 9.99 m²',
      subject: household('monitored', MONITORED, [{ type: 'micro-fungus', area: '9.99', logs: '800' }]),
      standard: 'courtyard-fungus',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
    },
    {
      name: '微药园 20 m²',
      subject: household('monitored', MONITORED, [{ type: 'micro-herb', area: '20' }]),
      standard: 'courtyard-herbs',
      status: 'eligible',
      amount: '500.00',
    },
    {
      name: '微药园 19.99 m²',
      subject: household('monitored', MONITORED, [{ type: 'micro-herb', area: '19.99' }]),
      standard: 'courtyard-herbs',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
    },
    {
      name: '微果园 20 trees',
      subject: household('monitored', MONITORED, [{ type: 'micro-orchard', trees: '20' }]),
      standard: 'courtyard-orchard',
      status: 'eligible',
      amount: '500.00',
    },
    {
      name: '微果园 19 trees',
      subject: household('monitored', MONITORED, [{ type: 'micro-orchard', trees: '19' }]),
      standard: 'courtyard-orchard',
      status: 'ineligible',
      amount: '0.00',
      reason: 'trees',
    },
  ])('$name', checkLine);

  test('a 脱贫户 keeping chickens: the plan has no courtyard standard for it, and says so', () => {
    const r = run(household('poverty-alleviated', undefined, [poultry('chickens', '10')]));
    expect(r.lines.filter((l) => l.standardId.startsWith('courtyard-'))).toEqual([]);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]?.code).toBe('no-standard');
    expect(r.notes[0]?.message.zh).toContain('courtyard-chickens');
  });

  test('微菌园 shows the "不重复享受补贴政策" ambiguity on its line', () => {
    const line = linesOf(
      run(household('monitored', MONITORED, [{ type: 'micro-fungus', area: '10', logs: '400' }])),
      'courtyard-fungus',
    )[0];
    expect(line?.notes.map((n) => n.zh).join()).toContain('不重复享受补贴政策');
  });
});

describe('courtyard economy: caps and exclusions', () => {
  test.for<HouseholdCase>([
    // 50 × 30 = 1,500: at the cap, nothing off
    {
      name: '50 chickens',
      subject: household('monitored', MONITORED, [poultry('chickens', '50')]),
      lines: { 'courtyard-chickens#chickens': '1500.00' },
      adjustments: {},
      total: '1500.00',
    },
    // 51 × 30 = 1,530; 1 over: −30 → 1,500
    {
      name: '51 chickens',
      subject: household('monitored', MONITORED, [poultry('chickens', '51')]),
      lines: { 'courtyard-chickens#chickens': '1530.00' },
      adjustments: { 'courtyard-poultry-cap': '-30.00' },
      total: '1500.00',
    },
    // together: 20 + 20 + 20 = 60 birds × 30 = 1,800; 10 over, off the geese: −300 → 1,500
    {
      name: '20 chickens + 20 ducks + 20 geese (read together)',
      subject: household('monitored', MONITORED, [
        poultry('chickens', '20'),
        poultry('ducks', '20'),
        poultry('geese', '20'),
      ]),
      lines: {
        'courtyard-chickens#chickens': '600.00',
        'courtyard-ducks#ducks': '600.00',
        'courtyard-geese#geese': '600.00',
      },
      adjustments: { 'courtyard-poultry-cap': '-300.00' },
      total: '1500.00',
    },
    // 50 × 15 = 750 at the cap; 51 × 15 = 765 − 15
    {
      name: '50 pigeons',
      subject: household('monitored', MONITORED, [poultry('pigeons', '50')]),
      lines: { 'courtyard-pigeons#pigeons': '750.00' },
      adjustments: {},
      total: '750.00',
    },
    {
      name: '51 pigeons',
      subject: household('monitored', MONITORED, [poultry('pigeons', '51')]),
      lines: { 'courtyard-pigeons#pigeons': '765.00' },
      adjustments: { 'courtyard-pigeon-cap': '-15.00' },
      total: '750.00',
    },
    // 6 × 400 = 2,400; 1 over: −400 → 2,000
    {
      name: '6 boxes of bees',
      subject: household('monitored', MONITORED, [
        { type: 'honeybees', boxes: '6', framesPerBox: '4', newThisYear: true },
      ]),
      lines: { 'courtyard-bees#honeybees': '2400.00' },
      adjustments: { 'courtyard-bee-cap': '-400.00' },
      total: '2000.00',
    },
    // 3 × 1,000 at the cap; 4 × 1,000 − 1,000
    {
      name: '3 beef cattle',
      subject: household('monitored', MONITORED, [{ type: 'cattle-stock', head: '3' }]),
      lines: { 'courtyard-cattle#cattle-stock': '3000.00' },
      adjustments: {},
      total: '3000.00',
    },
    {
      name: '4 beef cattle',
      subject: household('monitored', MONITORED, [{ type: 'cattle-stock', head: '4' }]),
      lines: { 'courtyard-cattle#cattle-stock': '4000.00' },
      adjustments: { 'courtyard-cattle-cap': '-1000.00' },
      total: '3000.00',
    },
    // 10 × 200 at the cap; 11 × 200 = 2,200 − 200
    {
      name: '10 sheep',
      subject: household('monitored', MONITORED, [{ type: 'sheep-stock', head: '10' }]),
      lines: { 'courtyard-sheep#sheep-stock': '2000.00' },
      adjustments: {},
      total: '2000.00',
    },
    {
      name: '11 sheep',
      subject: household('monitored', MONITORED, [{ type: 'sheep-stock', head: '11' }]),
      lines: { 'courtyard-sheep#sheep-stock': '2200.00' },
      adjustments: { 'courtyard-sheep-cap': '-200.00' },
      total: '2000.00',
    },
    // 3,000 + 2,000 = 5,000: exactly the household cap
    {
      name: 'exactly 5,000',
      subject: household('monitored', MONITORED, [
        { type: 'cattle-stock', head: '3' },
        { type: 'sheep-stock', head: '10' },
      ]),
      lines: { 'courtyard-cattle#cattle-stock': '3000.00', 'courtyard-sheep#sheep-stock': '2000.00' },
      adjustments: {},
      total: '5000.00',
    },
    // 3,000 + 2,000 + 500 = 5,500: −500 → 5,000
    {
      name: '5,500 over the household cap',
      subject: household('monitored', MONITORED, [
        { type: 'cattle-stock', head: '3' },
        { type: 'sheep-stock', head: '10' },
        { type: 'micro-vegetable', area: '30' },
      ]),
      lines: {
        'courtyard-cattle#cattle-stock': '3000.00',
        'courtyard-sheep#sheep-stock': '2000.00',
        'courtyard-vegetables#micro-vegetable': '500.00',
      },
      adjustments: { 'courtyard-household-cap': '-500.00' },
      total: '5000.00',
    },
    // the item caps first: 4,000 − 1,000 = 3,000 for cattle; 3,000 + 2,000 + 2,000 = 7,000 → −2,000
    // total 8,000 − 1,000 − 2,000 = 5,000
    {
      name: 'an item cap, then the household cap',
      subject: household('monitored', MONITORED, [
        { type: 'cattle-stock', head: '4' },
        { type: 'sheep-stock', head: '10' },
        { type: 'honeybees', boxes: '5', framesPerBox: '5', newThisYear: true },
      ]),
      lines: {
        'courtyard-cattle#cattle-stock': '4000.00',
        'courtyard-sheep#sheep-stock': '2000.00',
        'courtyard-bees#honeybees': '2000.00',
      },
      adjustments: { 'courtyard-cattle-cap': '-1000.00', 'courtyard-household-cap': '-2000.00' },
      total: '5000.00',
    },
    // every item at its cap: 1,500 + 750 + 2,000 + 3,000 + 2,000 + 500 + 1,000 + 500 + 500 = 11,750
    // → −6,750 → 5,000
    {
      name: 'every item at its cap',
      subject: household('monitored', MONITORED, [
        poultry('chickens', '50'),
        poultry('pigeons', '50'),
        { type: 'honeybees', boxes: '5', framesPerBox: '4', newThisYear: true },
        { type: 'cattle-stock', head: '3' },
        { type: 'sheep-stock', head: '10' },
        { type: 'micro-vegetable', area: '20' },
        { type: 'micro-fungus', area: '10', logs: '400' },
        { type: 'micro-herb', area: '20' },
        { type: 'micro-orchard', trees: '20' },
      ]),
      lines: {
        'courtyard-chickens#chickens': '1500.00',
        'courtyard-pigeons#pigeons': '750.00',
        'courtyard-bees#honeybees': '2000.00',
        'courtyard-cattle#cattle-stock': '3000.00',
        'courtyard-sheep#sheep-stock': '2000.00',
        'courtyard-vegetables#micro-vegetable': '500.00',
        'courtyard-fungus#micro-fungus': '1000.00',
        'courtyard-herbs#micro-herb': '500.00',
        'courtyard-orchard#micro-orchard': '500.00',
      },
      adjustments: { 'courtyard-household-cap': '-6750.00' },
      total: '5000.00',
    },
    // A awarded in the same screen: 1 × 2,400 cow; the 10 chickens (300) are excluded → 2,400
    {
      name: 'after the herd-expansion award (same screen)',
      subject: household('monitored', { ...NOT_ELIMINATED, ...MONITORED }, [
        cows({ head: '1' }),
        poultry('chickens', '10'),
      ]),
      lines: { 'cattle-cows#breeding-cows': '2400.00', 'courtyard-chickens#chickens': '300.00' },
      adjustments: { 'courtyard-after-cattle': '-300.00' },
      total: '2400.00',
    },
    // A awarded before (a fact): 300 − 300 = 0
    {
      name: 'after the herd-expansion award (received before)',
      subject: household('monitored', { cattleAwardReceived: true, demoVillage: false }, [
        poultry('chickens', '10'),
      ]),
      lines: { 'courtyard-chickens#chickens': '300.00' },
      adjustments: { 'courtyard-after-cattle': '-300.00' },
      total: '0.00',
    },
    // a cow bought in 2024 is not awarded, so nothing is excluded: 300
    {
      name: 'an A line that is not awarded excludes nothing',
      subject: household('monitored', { ...NOT_ELIMINATED, ...MONITORED }, [
        cows({ head: '1', boughtOn: '2024-12-31' }),
        poultry('chickens', '10'),
      ]),
      lines: { 'courtyard-chickens#chickens': '300.00' },
      adjustments: {},
      total: '300.00',
    },
    // 示范村: 300 − 300 = 0
    {
      name: 'a 示范村 household',
      subject: household('monitored', { demoVillage: true }, [poultry('chickens', '10')]),
      lines: { 'courtyard-chickens#chickens': '300.00' },
      adjustments: { 'courtyard-demo-village': '-300.00' },
      total: '0.00',
    },
    // 示范村 first: 4,000 + 2,000 = 6,000 all excluded; no cap has anything left to take
    {
      name: 'a 示范村 household over the caps: the exclusion takes all, the caps nothing',
      subject: household('monitored', { demoVillage: true }, [
        { type: 'cattle-stock', head: '4' },
        { type: 'sheep-stock', head: '10' },
      ]),
      lines: { 'courtyard-cattle#cattle-stock': '4000.00', 'courtyard-sheep#sheep-stock': '2000.00' },
      adjustments: { 'courtyard-demo-village': '-6000.00' },
      total: '0.00',
    },
  ])('$name', checkHousehold);
});

describe('wheat: 250 / 300 a mu by group; collectives 100 a mu from 150 mu', () => {
  const wheat = (area: string) => ({ type: 'wheat', area });
  const base = (o: Record<string, unknown> = {}) => ({
    type: 'wheat-base',
    area: '150',
    inOwnVillage: true,
    ...o,
  });
  test.for<LineCase>([
    // 10 × 300
    {
      name: '未消除风险 10 mu',
      subject: household('monitored', NOT_ELIMINATED, [wheat('10')]),
      standard: 'wheat-household',
      status: 'eligible',
      amount: '3000.00',
    },
    // 10 × 250
    {
      name: '风险已消除 10 mu',
      subject: household('monitored', ELIMINATED, [wheat('10')]),
      standard: 'wheat-household',
      status: 'eligible',
      amount: '2500.00',
    },
    {
      name: '脱贫户 10 mu',
      subject: household('poverty-alleviated', undefined, [wheat('10')]),
      standard: 'wheat-household',
      status: 'eligible',
      amount: '2500.00',
    },
    // 1.33 × 250 = 332.50; 2.5 × 300 = 750; 0.01 × 300 = 3.00
    {
      name: '风险已消除 1.33 mu',
      subject: household('monitored', ELIMINATED, [wheat('1.33')]),
      standard: 'wheat-household',
      status: 'eligible',
      amount: '332.50',
    },
    {
      name: '未消除风险 2.5 mu',
      subject: household('monitored', NOT_ELIMINATED, [wheat('2.5')]),
      standard: 'wheat-household',
      status: 'eligible',
      amount: '750.00',
    },
    {
      name: '0.01 mu (grows some wheat)',
      subject: household('monitored', NOT_ELIMINATED, [wheat('0.01')]),
      standard: 'wheat-household',
      status: 'eligible',
      amount: '3.00',
    },
    {
      name: '0 mu',
      subject: household('monitored', NOT_ELIMINATED, [wheat('0')]),
      standard: 'wheat-household',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
    },
    {
      name: '监测户 with no risk status',
      subject: household('monitored', undefined, [wheat('10')]),
      standard: 'wheat-household',
      status: 'needs-information',
      amount: '0.00',
      reason: 'rate',
    },
    // 150 × 100 at the threshold; 200.5 × 100 = 20,050
    {
      name: 'collective base 150 mu in its village',
      subject: collective([base()]),
      standard: 'wheat-collective',
      status: 'eligible',
      amount: '15000.00',
    },
    {
      name: 'collective base 200.5 mu',
      subject: collective([base({ area: '200.5' })]),
      standard: 'wheat-collective',
      status: 'eligible',
      amount: '20050.00',
    },
    {
      name: 'collective base 149.99 mu',
      subject: collective([base({ area: '149.99' })]),
      standard: 'wheat-collective',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
    },
    {
      name: 'collective base outside its village',
      subject: collective([base({ inOwnVillage: false })]),
      standard: 'wheat-collective',
      status: 'ineligible',
      amount: '0.00',
      reason: 'ownVillage',
    },
    {
      name: 'collective base, village not answered',
      subject: collective([without(base(), 'inOwnVillage')]),
      standard: 'wheat-collective',
      status: 'needs-information',
      amount: '0.00',
      reason: 'ownVillage',
    },
    // the cut-off clause: only an amount set by review
    {
      name: 'linking award with a reviewed amount',
      subject: collective([base({ linkingAmount: '8000' })]),
      standard: 'wheat-collective-linking',
      status: 'eligible',
      amount: '8000.00',
    },
    {
      name: 'linking award with no reviewed amount',
      subject: collective([base()]),
      standard: 'wheat-collective-linking',
      status: 'needs-information',
      amount: '0.00',
      reason: 'reviewed',
    },
  ])('$name', checkLine);

  test('the cut-off clause is recorded as reviewed, with its note', () => {
    const line = linesOf(run(collective([base({ linkingAmount: '8000' })])), 'wheat-collective-linking')[0];
    expect(line?.basis.source).toBe('review');
    expect(line?.notes.map((n) => n.zh).join()).toContain('具有完善联农带…');
  });

  test('一般农户 growing wheat: no line, a note', () => {
    const r = run(household('ordinary', undefined, [wheat('10')]));
    expect(r.lines).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(['category-excluded', 'no-standard']);
  });

  test('a household cannot declare a wheat base (collectives only)', () => {
    expect(validateSubject(household('monitored', NOT_ELIMINATED, [base()]), xiji2025).ok).toBe(false);
  });
});

describe('the plan period 2025-01-01 – 2025-12-31', () => {
  const subject = household('monitored', NOT_ELIMINATED, [{ type: 'wheat', area: '1' }]);
  test.for(['2024-12-31', '2026-01-01'])('as of %s is refused', (asOf) => {
    expect(() => run(subject, asOf)).toThrow(AsOfOutsidePack);
  });
  // 1 × 300
  test.for(['2025-01-01', '2025-12-31'])('as of %s is screened', (asOf) => {
    expect(run(subject, asOf).total).toBe('300.00');
  });
});

describe('input checks', () => {
  test('an unknown risk status is refused, naming the fact in Chinese and English', () => {
    const v = validateSubject(household('monitored', { riskStatus: 'maybe' }, []), xiji2025);
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.errors[0]?.field).toEqual({ zh: '基本情况 › 风险消除情况', en: 'facts › Risk status' });
  });

  test('an unknown field of an activity is refused', () => {
    const v = validateSubject(household('monitored', NOT_ELIMINATED, [cows({ colour: 'red' })]), xiji2025);
    expect(v.ok).toBe(false);
  });
});

describe('what the household stage cannot decide is not paid', () => {
  test.for([
    ['示范村 not answered', { cattleAwardReceived: false }, 'demoVillage'],
    ['the earlier cattle award not answered', { demoVillage: false }, 'cattleAwardReceived'],
  ] as const)('%s: the courtyard line needs information', ([, facts, missing]) => {
    const r = run(household('monitored', facts, [poultry('chickens', '10')]));
    const line = r.lines.find((l) => l.standardId === 'courtyard-chickens');
    expect(line?.status).toBe('needs-information');
    expect(line?.trace.at(-1)?.value).toBeNull();
    // the reason names the fact that is missing, by the pack's own label
    expect(line?.reason?.label).toEqual(xiji2025.inputs.facts.find((f) => f.key === missing)?.label);
    expect(r.total).toBe('0.00');
  });
});
