import type { SubjectInput } from '@huinong/benefits';
import fc from 'fast-check';

/** Decimal quantities with up to two places, as strings (what a form or a sheet sends). */
export const qty = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => (n / 100).toFixed(2));
export const whole = (max: number) => fc.integer({ min: 0, max }).map(String);
export const rate = fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toFixed(2));

const householdActivity = fc.oneof(
  fc.record({ type: fc.constant('tea-renovation'), area: qty(10) }),
  fc.record({ type: fc.constant('bag-fungus'), bags: whole(5000), income: qty(5000) }),
  fc.record({ type: fc.constant('gourd'), area: qty(5), survivalRate: rate, income: qty(5000) }),
  fc.record({ type: fc.constant('orchard'), area: qty(5), survivalRate: rate }),
  fc.record({ type: fc.constant('vegetable'), area: qty(5), income: qty(5000) }),
  fc.record({ type: fc.constant('tianma'), area: qty(3), income: qty(10000) }),
  fc.record({ type: fc.constant('herbs'), area: qty(5), income: qty(5000) }),
  fc.record({
    type: fc.constant('pepper'),
    area: qty(5),
    plantsPerMu: whole(200),
    stemDiameterCm: qty(2),
    survivalRate: rate,
  }),
  fc.record({ type: fc.constant('pig'), head: whole(20), income: qty(20000) }),
  fc.record({ type: fc.constant('sheep'), head: whole(20), income: qty(20000) }),
  fc.record({ type: fc.constant('bees'), boxes: whole(20), income: qty(5000) }),
  fc.record({ type: fc.constant('poultry'), birds: whole(100), income: qty(5000) }),
  fc.record({
    type: fc.constantFrom('processing', 'shop', 'farmstay'),
    investment: qty(50000),
    registered: fc.boolean(),
    operating: fc.boolean(),
    annualRevenue: qty(30000),
  }),
);

const place = fc.constantFrom(
  { province: '广东省', city: '深圳市' },
  { province: '陕西省', city: '西安市' },
  { province: '陕西省', city: '汉中市', county: '南郑区' },
  { province: '陕西省', city: '汉中市', county: '西乡县' },
);

const member = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      student: fc.record({
        schoolType: fc.constantFrom('technical', 'general', 'higher-vocational'),
        enrolled: fc.boolean(),
      }),
      workTrips: fc.array(fc.record({ from: fc.constantFrom('2023-02-01', '2023-08-15'), place }), {
        maxLength: 2,
      }),
      publicPost: fc.record({ months: whole(12) }),
    },
    { requiredKeys: ['id'] },
  );

/** A household with at most one activity of each type (as the schema requires). */
export const householdArb: fc.Arbitrary<SubjectInput> = fc
  .record({
    category: fc.constantFrom('poverty-alleviated', 'monitored', 'ordinary'),
    monitoredType: fc.constantFrom('unstable', 'marginal', 'sudden-hardship'),
    zeroEmployment: fc.boolean(),
    activities: fc.uniqueArray(householdActivity, { maxLength: 6, selector: (a) => a.type }),
    members: fc.tuple(member('m1'), member('m2')).map((ms) => ms),
  })
  .map(
    (h) =>
      ({
        kind: 'household',
        id: 'h',
        category: h.category,
        ...(h.category === 'monitored' ? { monitoredType: h.monitoredType } : {}),
        zeroEmployment: h.zeroEmployment,
        activities: h.activities,
        members: h.members,
      }) as SubjectInput,
  );

const project = fc.oneof(
  fc.record({ type: fc.constant('herbs-base'), contiguousArea: qty(100) }),
  fc.record({ type: fc.constant('tianma-base'), contiguousArea: qty(60) }),
  fc.record({ type: fc.constant('fungus-greenhouse'), area: qty(3000) }),
  fc.record({ type: fc.constant('black-fungus'), bags: whole(20000) }),
  fc.record({ type: fc.constant('silkworm-room'), area: qty(400) }),
  fc.record({ type: fc.constant('kiwi'), contiguousArea: qty(100), trellisArea: qty(100) }),
  fc.record({ type: fc.constant('pig-pens'), area: qty(4000), standardized: fc.boolean() }),
  fc.record({ type: fc.constant('cattle-pens'), area: qty(2000), standardized: fc.boolean() }),
  fc.record({ type: fc.constant('poultry-farm'), stock: whole(20000) }),
  fc.record({ type: fc.constant('coldwater-fish'), area: qty(2000) }),
  fc.record({ type: fc.constant('bulk-fish'), area: qty(20) }),
  fc.record({ type: fc.constant('rice-fish'), area: qty(20) }),
);

export const collectiveArb: fc.Arbitrary<SubjectInput> = fc
  .record({ activities: fc.array(project, { maxLength: 5 }), reviewed: fc.option(qty(500000)) })
  .map(
    (c) =>
      ({
        kind: 'collective',
        id: 'c',
        activities: c.activities,
        ...(c.reviewed === null ? {} : { reviewedSupport: { amount: c.reviewed } }),
      }) as SubjectInput,
  );

export const operatorArb: fc.Arbitrary<SubjectInput> = fc
  .record({
    activities: fc.array(project, { maxLength: 5 }),
    labor: fc.record({ poorWorkers: whole(20), wages: qty(300000) }),
    orders: fc.record({ households: whole(30), purchases: qty(500000), contractAboveMarket: fc.boolean() }),
    land: fc.record({ households: whole(30), leaseFees: qty(200000), ledgerAndContracts: fc.boolean() }),
  })
  .map((o) => ({ kind: 'operator', id: 'o', ...o }) as SubjectInput);

export const subjectArb = fc.oneof(householdArb, collectiveArb, operatorArb);
