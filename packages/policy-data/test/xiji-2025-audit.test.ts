import { type LineStatus, type ScreenResult, type SubjectInput, validateSubject } from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { xiji2025, xiji2025Json } from '../src/index.ts';
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

// An audit of xiji-2025 against counties.md (西吉县 2025), rule by rule: the cases the first table
// (xiji-2025.test.ts) does not have — the other side of each threshold, combinations of caps and
// exclusions, the wrong applicants. Every expected number is computed by hand from the notice's
// rates as counties.md gives them, and the arithmetic is written next to it.
const AS_OF = '2025-12-31';

const run = screenWith(xiji2025, AS_OF);

/** the facts the courtyard economy's household stage needs (not a 示范村, no earlier cattle award) */
const COURTYARD = { demoVillage: false, cattleAwardReceived: false };

const birds = (type: string, n: string) => ({ type, birds: n });

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
  reason?: string;
}

function checkLine(c: LineCase) {
  const lines = linesOf(run(c.subject, c.asOf), c.standard);
  expect(lines).toHaveLength(1);
  expect(lines[0]?.status).toBe(c.status);
  expect(lines[0]?.amount).toBe(c.amount);
  expect(lines[0]?.reason?.condition).toBe(c.reason);
}

interface HouseholdCase {
  name: string;
  subject: SubjectInput;
  /** line key → amount, of the eligible lines */
  lines: Record<string, string>;
  adjustments: Record<string, string>;
  total: string;
}

function checkHousehold(c: HouseholdCase) {
  const r = run(c.subject);
  const eligible = Object.fromEntries(
    r.lines.filter((l) => l.status === 'eligible').map((l) => [l.key, l.amount]),
  );
  expect(eligible).toEqual(c.lines);
  expect(adjustmentsOf(r)).toEqual(c.adjustments);
  expect(r.total).toBe(c.total);
}

// ── A. 肉牛扩群补栏 ──────────────────────────────────────────────────────────────

describe('A: the conditions of a head of cattle, on the other side of each threshold', () => {
  test.for<LineCase>([
    // held ≥ 6 months from registration, by the pack's stated rule (both days counted, the
    // registration day included: note on the line). Registered 2025-06-01: June … November are 6
    // whole months on 2025-11-30 → 1 × 2,400 = 2,400
    {
      name: 'registered 06-01, as of 11-30: 6 whole months (June–November)',
      subject: household('monitored', NOT_ELIMINATED, [
        cows({ head: '1', boughtOn: '2025-05-20', registeredOn: '2025-06-01' }),
      ]),
      asOf: '2025-11-30',
      standard: 'cattle-cows',
      status: 'eligible',
      amount: '2400.00',
    },
    // 2025-06-01 … 2025-11-29 is 5 months (June–October) and 29 days (1–29 November): not paid
    {
      name: 'registered 06-01, as of 11-29: 5 months 29 days',
      subject: household('monitored', NOT_ELIMINATED, [
        cows({ head: '1', boughtOn: '2025-05-20', registeredOn: '2025-06-01' }),
      ]),
      asOf: '2025-11-29',
      standard: 'cattle-cows',
      status: 'ineligible',
      amount: '0.00',
      reason: 'held',
    },
    // the same for feeders: 5 months 29 days is not enough
    {
      name: 'feeders registered 06-01, as of 11-29: 5 months 29 days',
      subject: household('poverty-alleviated', undefined, [
        feeders({ boughtOn: '2025-05-20', registeredOn: '2025-06-01' }),
      ]),
      asOf: '2025-11-29',
      standard: 'cattle-feeders',
      status: 'ineligible',
      amount: '0.00',
      reason: 'held',
    },
    // registered late in the year: 2025-07-02 … 2025-12-31 is 5 months 30 days → never paid in 2025
    {
      name: 'registered 07-02: not 6 months within the plan year',
      subject: household('monitored', NOT_ELIMINATED, [
        cows({ boughtOn: '2025-07-01', registeredOn: '2025-07-02' }),
      ]),
      standard: 'cattle-cows',
      status: 'ineligible',
      amount: '0.00',
      reason: 'held',
    },
    // registered 2025-07-01: July … December, 6 whole months on 12-31 → 2 × 2,400 = 4,800
    {
      name: 'registered 07-01, as of 12-31: 6 months',
      subject: household('monitored', NOT_ELIMINATED, [
        cows({ boughtOn: '2025-07-01', registeredOn: '2025-07-01' }),
      ]),
      standard: 'cattle-cows',
      status: 'eligible',
      amount: '4800.00',
    },
    // age "6个月以上" includes 6; 5 is refused (the first table has both for 8-month cows of the
    // 未消除风险 group); here the 脱贫户's rate: 2 × 1,200 = 2,400 at 6 months
    {
      name: '脱贫户, cows exactly 6 months old',
      subject: household('poverty-alleviated', undefined, [cows({ ageMonths: '6' })]),
      standard: 'cattle-cows',
      status: 'eligible',
      amount: '2400.00',
    },
    {
      name: '风险已消除, cows 5 months old',
      subject: household('monitored', ELIMINATED, [cows({ ageMonths: '5' })]),
      standard: 'cattle-cows',
      status: 'ineligible',
      amount: '0.00',
      reason: 'age',
    },
    {
      name: 'age not given: needs information, never paid',
      subject: household('monitored', NOT_ELIMINATED, [without(cows(), 'ageMonths')]),
      standard: 'cattle-cows',
      status: 'needs-information',
      amount: '0.00',
      reason: 'age',
    },
    {
      name: 'origin not given: needs information',
      subject: household('monitored', NOT_ELIMINATED, [without(cows(), 'origin')]),
      standard: 'cattle-cows',
      status: 'needs-information',
      amount: '0.00',
      reason: 'origin',
    },
    {
      name: 'cows bought 2024-12-31 (风险已消除)',
      subject: household('monitored', ELIMINATED, [cows({ boughtOn: '2024-12-31' })]),
      standard: 'cattle-cows',
      status: 'ineligible',
      amount: '0.00',
      reason: 'bought',
    },
    // feeders: counties.md sets no breed and no age for them — any feeder from another county,
    // bought 2025-01-01, held 6 months: 3 × 600 = 1,800 (脱贫户)
    {
      name: 'feeders bought 2025-01-01 (脱贫户)',
      subject: household('poverty-alleviated', undefined, [feeders({ boughtOn: '2025-01-01' })]),
      standard: 'cattle-feeders',
      status: 'eligible',
      amount: '1800.00',
    },
    {
      name: 'feeders bred on the farm',
      subject: household('monitored', ELIMINATED, [feeders({ origin: 'home-bred' })]),
      standard: 'cattle-feeders',
      status: 'ineligible',
      amount: '0.00',
      reason: 'origin',
    },
    {
      name: 'no feeder accepted',
      subject: household('monitored', NOT_ELIMINATED, [feeders({ head: '0' })]),
      standard: 'cattle-feeders',
      status: 'ineligible',
      amount: '0.00',
      reason: 'head',
    },
  ])('$name', checkLine);

  test('5 months 29 days: the line says one day is missing', () => {
    const line = linesOf(
      run(
        household('monitored', NOT_ELIMINATED, [
          cows({ head: '1', boughtOn: '2025-05-20', registeredOn: '2025-06-01' }),
        ]),
        '2025-11-29',
      ),
      'cattle-cows',
    )[0];
    // the 6th month is full on 11-30, one day after 11-29
    expect(line?.nearMiss).toMatchObject({ condition: 'held', shortfall: '1', unit: 'day' });
  });

  test('the day count of "登记后存栏满6个月" and the age reading are stated on the lines', () => {
    for (const id of ['cattle-cows', 'cattle-feeders']) {
      const notes = xiji2025.standards
        .find((s) => s.id === id)
        ?.notes.map((n) => n.zh)
        .join();
      // the reading: the registration day counts; the other reading (民法典第二百零一条) is named
      expect(notes).toContain('首尾两天都计');
      expect(notes).toContain('第二百零一条');
      // the shared 5-head cap and its reading (which 5 are paid)
      expect(notes).toContain('cattle-head-cap');
    }
    const cowNotes = xiji2025.standards.find((s) => s.id === 'cattle-cows')?.notes.map((n) => n.zh);
    expect(cowNotes?.join()).toContain('购入时');
  });
});

describe('A: the rate by group is the household’s, not the line’s', () => {
  test.for<HouseholdCase>([
    // 风险已消除 and 脱贫户 share one rate: 1 cow × 1,200 + 1 feeder × 600 = 1,800
    {
      name: '风险已消除: 1 cow + 1 feeder',
      subject: household('monitored', ELIMINATED, [cows({ head: '1' }), feeders({ head: '1' })]),
      lines: { 'cattle-cows#breeding-cows': '1200.00', 'cattle-feeders#feeder-cattle': '600.00' },
      adjustments: {},
      total: '1800.00',
    },
    // 未消除风险: 1 × 2,400 + 1 × 1,200 = 3,600
    {
      name: '未消除风险: 1 cow + 1 feeder',
      subject: household('monitored', NOT_ELIMINATED, [cows({ head: '1' }), feeders({ head: '1' })]),
      lines: { 'cattle-cows#breeding-cows': '2400.00', 'cattle-feeders#feeder-cattle': '1200.00' },
      adjustments: {},
      total: '3600.00',
    },
  ])('$name', checkHousehold);
});

describe('A: at most 5 head per household over cows and feeders (pack reading: highest unit award first)', () => {
  test.for<HouseholdCase>([
    // 5 cows exactly: 5 × 2,400 = 12,000, nothing off
    {
      name: '5 cows, no feeder: exactly the cap',
      subject: household('monitored', NOT_ELIMINATED, [cows({ head: '5' })]),
      lines: { 'cattle-cows#breeding-cows': '12000.00' },
      adjustments: {},
      total: '12000.00',
    },
    // 5 cows + 1 feeder: 12,000 + 1,200 = 13,200; 6 head, 1 over. Paid under the reading: the 5
    // cows (2,400 each); the feeder (1,200) is not: −1,200 → 12,000
    {
      name: '5 cows + 1 feeder: the feeder is not paid',
      subject: household('monitored', NOT_ELIMINATED, [cows({ head: '5' }), feeders({ head: '1' })]),
      lines: { 'cattle-cows#breeding-cows': '12000.00', 'cattle-feeders#feeder-cattle': '1200.00' },
      adjustments: { 'cattle-head-cap': '-1200.00' },
      total: '12000.00',
    },
    // 6 cows + 2 feeders: 6 × 2,400 + 2 × 1,200 = 14,400 + 2,400 = 16,800; 8 head, 3 over. Paid: 5
    // cows; not paid: 1 cow (2,400) and both feeders (2 × 1,200 = 2,400): −4,800 → 12,000 = 5 × 2,400
    {
      name: '6 cows + 2 feeders: one cow and both feeders are not paid',
      subject: household('monitored', NOT_ELIMINATED, [cows({ head: '6' }), feeders({ head: '2' })]),
      lines: { 'cattle-cows#breeding-cows': '14400.00', 'cattle-feeders#feeder-cattle': '2400.00' },
      adjustments: { 'cattle-head-cap': '-4800.00' },
      total: '12000.00',
    },
    // 风险已消除, batches: cows a 2 + b 2 (4 × 1,200 = 4,800), feeders c 1 + d 2 (3 × 600 = 1,800):
    // 6,600, 7 head, 2 over. Paid: the 4 cows, then feeder batch c (1); batch d's 2 feeders are
    // not: −2 × 600 = −1,200 → 5,400
    {
      name: '风险已消除, two batches of each: the last feeder batch is not paid',
      subject: household('monitored', ELIMINATED, [
        cows({ id: 'a' }),
        cows({ id: 'b' }),
        feeders({ id: 'c', head: '1' }),
        feeders({ id: 'd', head: '2' }),
      ]),
      lines: {
        'cattle-cows#a': '2400.00',
        'cattle-cows#b': '2400.00',
        'cattle-feeders#c': '600.00',
        'cattle-feeders#d': '1200.00',
      },
      adjustments: { 'cattle-head-cap': '-1200.00' },
      total: '5400.00',
    },
    // 6 feeders only, 脱贫户: 6 × 600 = 3,600; 1 over: −600 → 3,000 = 5 × 600
    {
      name: '脱贫户, 6 feeders',
      subject: household('poverty-alleviated', undefined, [feeders({ head: '6' })]),
      lines: { 'cattle-feeders#feeder-cattle': '3600.00' },
      adjustments: { 'cattle-head-cap': '-600.00' },
      total: '3000.00',
    },
    // 5 feeders exactly, 未消除风险: 5 × 1,200 = 6,000, nothing off
    {
      name: '未消除风险, 5 feeders: exactly the cap',
      subject: household('monitored', NOT_ELIMINATED, [feeders({ head: '5' })]),
      lines: { 'cattle-feeders#feeder-cattle': '6000.00' },
      adjustments: {},
      total: '6000.00',
    },
    // a batch that is not accepted (bred on the farm) is not counted: 4 cows (4 × 2,400 = 9,600) + 3
    // home-bred feeders (ineligible) → 4 head, no cap
    {
      name: 'home-bred feeders do not count towards the 5',
      subject: household('monitored', NOT_ELIMINATED, [
        cows({ head: '4' }),
        feeders({ origin: 'home-bred' }),
      ]),
      lines: { 'cattle-cows#breeding-cows': '9600.00' },
      adjustments: {},
      total: '9600.00',
    },
  ])('$name', checkHousehold);

  test('the cut over both kinds names both lines and says its reading', () => {
    const r = run(household('monitored', NOT_ELIMINATED, [cows({ head: '6' }), feeders({ head: '2' })]));
    const cap = r.adjustments.find((a) => a.limitId === 'cattle-head-cap');
    expect(cap?.lines).toEqual(['cattle-cows#breeding-cows', 'cattle-feeders#feeder-cattle']);
    // 8 head in all, 3 not paid: 1 cow and 2 feeders
    expect(cap?.message.zh).toContain('共 8 头');
    expect(cap?.message.zh).toContain('能繁母牛 1 头');
    expect(cap?.message.zh).toContain('育肥牛 2 头');
    expect(cap?.notes.map((n) => n.zh).join()).toContain('通知未说明');
  });
});

// ── B. 监测对象发展庭院经济 ───────────────────────────────────────────────────────

describe('B: each item on the other side of its threshold', () => {
  test.for<LineCase>([
    // 每平方米不少于40棒: 10 m² × 39 = 390 logs is 39 a m² → refused
    {
      name: '微菌园 10 m², 390 logs (39 a m²)',
      subject: household('monitored', COURTYARD, [{ type: 'micro-fungus', area: '10', logs: '390' }]),
      standard: 'courtyard-fungus',
      status: 'ineligible',
      amount: '0.00',
      reason: 'logsPerM2',
    },
    // 10.5 m² × 40 = 420 logs exactly → 1,000 a household
    {
      name: '微菌园 10.5 m², 420 logs (exactly 40 a m²)',
      subject: household('monitored', COURTYARD, [{ type: 'micro-fungus', area: '10.5', logs: '420' }]),
      standard: 'courtyard-fungus',
      status: 'eligible',
      amount: '1000.00',
    },
    // 419 ÷ 10.5 = 39.90… a m² → refused
    {
      name: '微菌园 10.5 m², 419 logs',
      subject: household('monitored', COURTYARD, [{ type: 'micro-fungus', area: '10.5', logs: '419' }]),
      standard: 'courtyard-fungus',
      status: 'ineligible',
      amount: '0.00',
      reason: 'logsPerM2',
    },
    // a larger garden is still 1,000 a household (not per m²): 100 m², 5,000 logs (50 a m²)
    {
      name: '微菌园 100 m²: still 1,000 a household',
      subject: household('monitored', COURTYARD, [{ type: 'micro-fungus', area: '100', logs: '5000' }]),
      standard: 'courtyard-fungus',
      status: 'eligible',
      amount: '1000.00',
    },
    {
      name: '微菌园, logs not given',
      subject: household('monitored', COURTYARD, [{ type: 'micro-fungus', area: '10' }]),
      standard: 'courtyard-fungus',
      status: 'needs-information',
      amount: '0.00',
      reason: 'logsPerM2',
    },
    // 微菜园 / 微果园: 500 a household however large above 20 m² / 20 trees
    {
      name: '微菜园 200 m²: 500 a household',
      subject: household('monitored', COURTYARD, [{ type: 'micro-vegetable', area: '200' }]),
      standard: 'courtyard-vegetables',
      status: 'eligible',
      amount: '500.00',
    },
    {
      name: '微果园 200 trees: 500 a household',
      subject: household('monitored', COURTYARD, [{ type: 'micro-orchard', trees: '200' }]),
      standard: 'courtyard-orchard',
      status: 'eligible',
      amount: '500.00',
    },
    // bees: one box of 4 frames (the least) for a 风险已消除 household — B's rates do not depend on
    // the risk status: 1 × 400
    {
      name: 'bees, 1 box of 4 frames: 400',
      subject: household('monitored', { ...COURTYARD, ...ELIMINATED }, [
        { type: 'honeybees', boxes: '1', framesPerBox: '4', newThisYear: true },
      ]),
      standard: 'courtyard-bees',
      status: 'eligible',
      amount: '400.00',
    },
    {
      name: 'bees, frames not given',
      subject: household('monitored', COURTYARD, [{ type: 'honeybees', boxes: '2', newThisYear: true }]),
      standard: 'courtyard-bees',
      status: 'needs-information',
      amount: '0.00',
      reason: 'frames',
    },
    {
      name: 'sheep 0',
      subject: household('monitored', COURTYARD, [{ type: 'sheep-stock', head: '0' }]),
      standard: 'courtyard-sheep',
      status: 'ineligible',
      amount: '0.00',
      reason: 'head',
    },
    // the rates: 1 pigeon × 15, 1 head of cattle × 1,000, 1 sheep × 200
    {
      name: 'one pigeon',
      subject: household('monitored', COURTYARD, [birds('pigeons', '1')]),
      standard: 'courtyard-pigeons',
      status: 'eligible',
      amount: '15.00',
    },
    {
      name: 'one head of beef cattle kept',
      subject: household('monitored', COURTYARD, [{ type: 'cattle-stock', head: '1' }]),
      standard: 'courtyard-cattle',
      status: 'eligible',
      amount: '1000.00',
    },
    {
      name: 'one sheep kept',
      subject: household('monitored', COURTYARD, [{ type: 'sheep-stock', head: '1' }]),
      standard: 'courtyard-sheep',
      status: 'eligible',
      amount: '200.00',
    },
  ])('$name', checkLine);
});

describe('B: the 50-bird reading (chickens, ducks and geese together), the per-item and the 5,000 caps', () => {
  test.for<HouseholdCase>([
    // 25 ducks + 25 geese = 50 birds × 30 = 1,500: exactly the shared cap, nothing off
    {
      name: '25 ducks + 25 geese: exactly 50 together',
      subject: household('monitored', COURTYARD, [birds('ducks', '25'), birds('geese', '25')]),
      lines: { 'courtyard-ducks#ducks': '750.00', 'courtyard-geese#geese': '750.00' },
      adjustments: {},
      total: '1500.00',
    },
    // 30 chickens + 21 ducks = 51 birds: 900 + 630 = 1,530; 1 over, off the ducks (listed after the
    // chickens): −30 → 1,500. Read each kind alone it would be 1,530 — the pack reads them together
    {
      name: '30 chickens + 21 ducks: 51 together, one bird off',
      subject: household('monitored', COURTYARD, [birds('chickens', '30'), birds('ducks', '21')]),
      lines: { 'courtyard-chickens#chickens': '900.00', 'courtyard-ducks#ducks': '630.00' },
      adjustments: { 'courtyard-poultry-cap': '-30.00' },
      total: '1500.00',
    },
    // 50 chickens + 1 goose = 51: the goose is not paid: 1,500 + 30 − 30 = 1,500
    {
      name: '50 chickens + 1 goose',
      subject: household('monitored', COURTYARD, [birds('chickens', '50'), birds('geese', '1')]),
      lines: { 'courtyard-chickens#chickens': '1500.00', 'courtyard-geese#geese': '30.00' },
      adjustments: { 'courtyard-poultry-cap': '-30.00' },
      total: '1500.00',
    },
    // pigeons have their own 50: 50 chickens (1,500) + 50 pigeons (50 × 15 = 750) = 2,250, nothing off
    {
      name: '50 chickens + 50 pigeons: two separate caps',
      subject: household('monitored', COURTYARD, [birds('chickens', '50'), birds('pigeons', '50')]),
      lines: { 'courtyard-chickens#chickens': '1500.00', 'courtyard-pigeons#pigeons': '750.00' },
      adjustments: {},
      total: '2250.00',
    },
    // the 5,000 cap reached exactly after an item cap: 51 chickens 1,530 (→ −30 = 1,500) + 3 cattle
    // 3,000 + 微菜园 500 = 5,000 left: the household cap takes nothing (it reads what the item cap
    // left, not the 5,030 declared)
    {
      name: '5,000 exactly after the poultry cap: the household cap takes nothing',
      subject: household('monitored', COURTYARD, [
        birds('chickens', '51'),
        { type: 'cattle-stock', head: '3' },
        { type: 'micro-vegetable', area: '20' },
      ]),
      lines: {
        'courtyard-chickens#chickens': '1530.00',
        'courtyard-cattle#cattle-stock': '3000.00',
        'courtyard-vegetables#micro-vegetable': '500.00',
      },
      adjustments: { 'courtyard-poultry-cap': '-30.00' },
      total: '5000.00',
    },
    // B's rates are whole yuan and the smallest is 15 (a pigeon), so 5,000 cannot be passed by a
    // fen: the least excess is one pigeon. 3 cattle 3,000 + 10 sheep 2,000 + 1 pigeon 15 = 5,015 →
    // −15 → 5,000
    {
      name: '5,015: over the household cap by one pigeon',
      subject: household('monitored', COURTYARD, [
        { type: 'cattle-stock', head: '3' },
        { type: 'sheep-stock', head: '10' },
        birds('pigeons', '1'),
      ]),
      lines: {
        'courtyard-cattle#cattle-stock': '3000.00',
        'courtyard-sheep#sheep-stock': '2000.00',
        'courtyard-pigeons#pigeons': '15.00',
      },
      adjustments: { 'courtyard-household-cap': '-15.00' },
      total: '5000.00',
    },
    // 3 cattle 3,000 + 9 sheep 1,800 + 13 pigeons × 15 = 195 → 4,995: under the cap, paid whole
    {
      name: '4,995: just under the household cap',
      subject: household('monitored', COURTYARD, [
        { type: 'cattle-stock', head: '3' },
        { type: 'sheep-stock', head: '9' },
        birds('pigeons', '13'),
      ]),
      lines: {
        'courtyard-cattle#cattle-stock': '3000.00',
        'courtyard-sheep#sheep-stock': '1800.00',
        'courtyard-pigeons#pigeons': '195.00',
      },
      adjustments: {},
      total: '4995.00',
    },
    // four item caps, then the household cap: 60 chickens 1,800 (→ −10 × 30 = −300), 12 sheep
    // 2,400 (→ −2 × 200 = −400), 4 cattle 4,000 (→ −1,000), 7 boxes 2,800 (→ −2 × 400 = −800);
    // left 1,500 + 2,000 + 3,000 + 2,000 = 8,500 → −3,500. Total 11,000 − 300 − 400 − 1,000 − 800
    // − 3,500 = 5,000
    {
      name: 'four item caps and the household cap together',
      subject: household('monitored', COURTYARD, [
        birds('chickens', '60'),
        { type: 'sheep-stock', head: '12' },
        { type: 'cattle-stock', head: '4' },
        { type: 'honeybees', boxes: '7', framesPerBox: '8', newThisYear: true },
      ]),
      lines: {
        'courtyard-chickens#chickens': '1800.00',
        'courtyard-sheep#sheep-stock': '2400.00',
        'courtyard-cattle#cattle-stock': '4000.00',
        'courtyard-bees#honeybees': '2800.00',
      },
      adjustments: {
        'courtyard-poultry-cap': '-300.00',
        'courtyard-sheep-cap': '-400.00',
        'courtyard-cattle-cap': '-1000.00',
        'courtyard-bee-cap': '-800.00',
        'courtyard-household-cap': '-3500.00',
      },
      total: '5000.00',
    },
    // the four per-household gardens: 500 + 1,000 + 500 + 500 = 2,500, under every cap
    {
      name: 'the four gardens together',
      subject: household('monitored', COURTYARD, [
        { type: 'micro-vegetable', area: '20' },
        { type: 'micro-fungus', area: '10', logs: '400' },
        { type: 'micro-herb', area: '20' },
        { type: 'micro-orchard', trees: '20' },
      ]),
      lines: {
        'courtyard-vegetables#micro-vegetable': '500.00',
        'courtyard-fungus#micro-fungus': '1000.00',
        'courtyard-herbs#micro-herb': '500.00',
        'courtyard-orchard#micro-orchard': '500.00',
      },
      adjustments: {},
      total: '2500.00',
    },
  ])('$name', checkHousehold);

  test('the 50-bird reading is stated on each of the three lines', () => {
    const r = run(
      household('monitored', COURTYARD, [birds('chickens', '1'), birds('ducks', '1'), birds('geese', '1')]),
    );
    for (const id of ['courtyard-chickens', 'courtyard-ducks', 'courtyard-geese'])
      expect(
        linesOf(r, id)[0]
          ?.notes.map((n) => n.zh)
          .join(),
      ).toContain('三者合计');
  });
});

describe('B: excluded by A, and in a 示范村', () => {
  test.for<HouseholdCase>([
    // A by feeders alone (风险已消除: 1 × 600) excludes B, even a larger B: 微菜园 500 + 微菌园
    // 1,000 = 1,500 all off → 600
    {
      name: 'a feeder awarded excludes a larger B',
      subject: household('monitored', { ...ELIMINATED, ...COURTYARD }, [
        feeders({ head: '1' }),
        { type: 'micro-vegetable', area: '20' },
        { type: 'micro-fungus', area: '10', logs: '400' },
      ]),
      lines: {
        'cattle-feeders#feeder-cattle': '600.00',
        'courtyard-vegetables#micro-vegetable': '500.00',
        'courtyard-fungus#micro-fungus': '1000.00',
      },
      adjustments: { 'courtyard-after-cattle': '-1500.00' },
      total: '600.00',
    },
    // A (1 cow, 2,400) and a B above the caps: the exclusion takes all of B (4 cattle 4,000 + 10
    // sheep 2,000 = 6,000) before any cap, so no cap has anything left: 2,400
    {
      name: 'A and a B over its caps: the exclusion takes all, the caps nothing',
      subject: household('monitored', { ...NOT_ELIMINATED, ...COURTYARD }, [
        cows({ head: '1' }),
        { type: 'cattle-stock', head: '4' },
        { type: 'sheep-stock', head: '10' },
      ]),
      lines: {
        'cattle-cows#breeding-cows': '2400.00',
        'courtyard-cattle#cattle-stock': '4000.00',
        'courtyard-sheep#sheep-stock': '2000.00',
      },
      adjustments: { 'courtyard-after-cattle': '-6000.00' },
      total: '2400.00',
    },
    // A cut by its own cap is still awarded: 6 cows 14,400 − 2,400 = 12,000; 10 chickens 300 off →
    // 12,000
    {
      name: 'A over its 5-head cap still excludes B',
      subject: household('monitored', { ...NOT_ELIMINATED, ...COURTYARD }, [
        cows({ head: '6' }),
        birds('chickens', '10'),
      ]),
      lines: { 'cattle-cows#breeding-cows': '14400.00', 'courtyard-chickens#chickens': '300.00' },
      adjustments: { 'courtyard-after-cattle': '-300.00', 'cattle-head-cap': '-2400.00' },
      total: '12000.00',
    },
    // a cow registered 2025-07-02 is not held 6 months by 12-31 (5 months 30 days): A is refused, not
    // pending, so B is paid: 10 chickens × 30 = 300
    {
      name: 'an A line refused on its own conditions excludes nothing',
      subject: household('monitored', { ...NOT_ELIMINATED, ...COURTYARD }, [
        cows({ head: '1', boughtOn: '2025-06-01', registeredOn: '2025-07-02' }),
        birds('chickens', '10'),
      ]),
      lines: { 'courtyard-chickens#chickens': '300.00' },
      adjustments: {},
      total: '300.00',
    },
    // 示范村 with the wheat: only B goes. 10 chickens 300 off; wheat 2 mu × 300 = 600 stays
    {
      name: 'a 示范村 household keeps its wheat award',
      subject: household('monitored', { ...NOT_ELIMINATED, demoVillage: true, cattleAwardReceived: false }, [
        birds('chickens', '10'),
        { type: 'wheat', area: '2' },
      ]),
      lines: { 'courtyard-chickens#chickens': '300.00', 'wheat-household#wheat': '600.00' },
      adjustments: { 'courtyard-demo-village': '-300.00' },
      total: '600.00',
    },
  ])('$name', checkHousehold);

  test('an A line that cannot be decided yet holds B: it would be excluded if A were paid', () => {
    // the cow's registration date is missing: whether A is awarded is not known, so whether B is
    // excluded is not known either — B is not paid by default (the rule of the household stage)
    const r = run(
      household('monitored', { ...NOT_ELIMINATED, ...COURTYARD }, [
        without(cows({ head: '1' }), 'registeredOn'),
        birds('chickens', '10'),
      ]),
    );
    expect(linesOf(r, 'cattle-cows')[0]?.status).toBe('needs-information');
    const b = linesOf(r, 'courtyard-chickens')[0];
    expect(b?.status).toBe('needs-information');
    expect(b?.reason?.condition).toBe('courtyard-after-cattle');
    expect(r.total).toBe('0.00');
  });
});

describe('B and A: the wrong applicants', () => {
  test('一般农户 with courtyard items: no line, a note for each', () => {
    const r = run(
      household('ordinary', undefined, [birds('chickens', '10'), { type: 'sheep-stock', head: '5' }]),
    );
    expect(r.lines).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(['category-excluded', 'no-standard', 'no-standard']);
    expect(r.total).toBe('0.00');
  });

  test('a 脱贫户 with a courtyard garden and cows: the cows are paid, the garden has no standard', () => {
    // 2 cows × 1,200 = 2,400; the 微菜园 is for 监测对象 only
    const r = run(
      household('poverty-alleviated', undefined, [cows(), { type: 'micro-vegetable', area: '20' }]),
    );
    expect(r.lines.filter((l) => l.standardId.startsWith('courtyard-'))).toEqual([]);
    expect(r.notes.map((n) => n.message.zh).join()).toContain('courtyard-vegetables');
    expect(r.total).toBe('2400.00');
  });

  test('a new-type operator: no standard of this plan, and a note that says so', () => {
    const r = run({
      kind: 'operator',
      id: 'o1',
      name: '测试合作社',
      operatorType: 'cooperative',
      activities: [],
    } as SubjectInput);
    expect(r.lines).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(['category-excluded']);
    expect(r.total).toBe('0.00');
  });

  test.for([
    ['wheat', { type: 'wheat', area: '200' }],
    ['feeder cattle', feeders()],
    ['a courtyard garden', { type: 'micro-herb', area: '20' }],
  ] as const)('a collective cannot declare %s (household standards)', ([, activity]) => {
    const v = validateSubject(collective([activity]), xiji2025);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0]?.path).toBe('activities.0.type');
  });
});

// ── C. 小麦种植 ─────────────────────────────────────────────────────────────────

describe('C: wheat', () => {
  const wheat = (area: string) => ({ type: 'wheat', area });
  const base = (o: Record<string, unknown> = {}) => ({
    type: 'wheat-base',
    area: '150',
    inOwnVillage: true,
    ...o,
  });
  test.for<LineCase>([
    // rounded once to the fen, half-up: 1.2345 × 250 = 308.625 → 308.63
    {
      name: '脱贫户 1.2345 mu: 308.625 rounds up to 308.63',
      subject: household('poverty-alleviated', undefined, [wheat('1.2345')]),
      standard: 'wheat-household',
      status: 'eligible',
      amount: '308.63',
    },
    // 0.3333 × 300 = 99.99
    {
      name: '未消除风险 0.3333 mu: 99.99',
      subject: household('monitored', NOT_ELIMINATED, [wheat('0.3333')]),
      standard: 'wheat-household',
      status: 'eligible',
      amount: '99.99',
    },
    // 2.0001 × 250 = 500.025 → 500.03
    {
      name: '风险已消除 2.0001 mu: 500.025 → 500.03',
      subject: household('monitored', ELIMINATED, [wheat('2.0001')]),
      standard: 'wheat-household',
      status: 'eligible',
      amount: '500.03',
    },
    // 150.01 × 100 = 15,001
    {
      name: 'collective base 150.01 mu',
      subject: collective([base({ area: '150.01' })]),
      standard: 'wheat-collective',
      status: 'eligible',
      amount: '15001.00',
    },
    // a base of 149.99 mu is refused even in its own village (first table); here one of 100 mu
    {
      name: 'collective base 100 mu',
      subject: collective([base({ area: '100' })]),
      standard: 'wheat-collective',
      status: 'ineligible',
      amount: '0.00',
      reason: 'area',
    },
    {
      name: 'collective base, area not given',
      subject: collective([without(base(), 'area')]),
      standard: 'wheat-collective',
      status: 'needs-information',
      amount: '0.00',
      reason: 'area',
    },
    // the cut-off clause: its terms are unknown, so it checks nothing and records only what the
    // review set — even for a base under 150 mu (the pack says so in the line's note)
    {
      name: 'the linking award for a 149.99-mu base: only the reviewed amount',
      subject: collective([base({ area: '149.99', linkingAmount: '1234.5' })]),
      standard: 'wheat-collective-linking',
      status: 'eligible',
      amount: '1234.50',
    },
  ])('$name', checkLine);

  test('a collective with a 150-mu base and a reviewed linking award: 15,000 + 8,000 = 23,000', () => {
    const r = run(collective([base({ linkingAmount: '8000' })]));
    expect(r.total).toBe('23000.00');
  });

  test('a household with cows and wheat: the limits of A and B do not touch the wheat', () => {
    // 未消除风险: 6 cows 14,400 − 1 × 2,400 (5-head cap) = 12,000; wheat 3 mu × 300 = 900 → 12,900
    const r = run(household('monitored', NOT_ELIMINATED, [cows({ head: '6' }), wheat('3')]));
    expect(adjustmentsOf(r)).toEqual({ 'cattle-head-cap': '-2400.00' });
    expect(r.total).toBe('12900.00');
  });
});

// ── the pack's texts ───────────────────────────────────────────────────────────

describe('the texts of the pack', () => {
  test('every English text is English: Chinese only for quoted words of the plan, terms of art and names', () => {
    // what an English text may keep in Chinese: words of the plan in quotation marks, the
    // household categories (terms of art the web puts into English), the document numbers and
    // clause names of the sources, and the county's name
    const allowed = [
      /"[^"]*"/g,
      /“[^”]*”/g,
      /脱贫户|监测对象|西吉县/g,
      /西党办发〔2025〕17号|西党发〔2025〕3号/g,
    ];
    const found: string[] = [];
    const walk = (o: unknown, path: string) => {
      if (Array.isArray(o)) for (const [i, x] of o.entries()) walk(x, `${path}.${i}`);
      else if (o && typeof o === 'object')
        for (const [k, v] of Object.entries(o)) {
          if (k === 'en' && typeof v === 'string') {
            const rest = allowed.reduce((s, re) => s.replace(re, ''), v);
            if (/\p{Script=Han}/u.test(rest)) found.push(`${path}: ${v}`);
          } else walk(v, `${path}.${k}`);
        }
    };
    walk(xiji2025Json, 'xiji-2025');
    expect(found).toEqual([]);
  });
});
