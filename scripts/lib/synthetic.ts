/**
 * A seeded synthetic population (households, collectives, operators) for benchmarks: the same
 * seed gives the same subjects. Quantities are spread around the plan's thresholds so that every
 * outcome (eligible, ineligible, needs information) occurs.
 */
import type { SubjectInput } from '@huinong/benefits';

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticPopulation(n: number, seed = 20231231): SubjectInput[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const around = (t: number, spread = 0.5) => (t * (1 - spread + r() * spread * 2)).toFixed(2);
  const int = (t: number) => String(Math.max(0, Math.round(t * (0.5 + r()))));
  const out: SubjectInput[] = [];
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (roll < 0.8) {
      const category = pick(['poverty-alleviated', 'poverty-alleviated', 'monitored', 'ordinary'] as const);
      const acts: Record<string, unknown>[] = [];
      const types =
        category === 'monitored'
          ? [
              'tea-renovation',
              'tianma',
              'herbs',
              'gourd',
              'pepper',
              'pig',
              'sheep',
              'bees',
              'poultry',
              'shop',
            ]
          : ['tea-renovation', 'bag-fungus', 'gourd', 'orchard', 'vegetable', 'pig', 'sheep'];
      const k = 1 + Math.floor(r() * 3);
      const chosen = new Set<string>();
      while (chosen.size < k) chosen.add(pick(types));
      for (const type of chosen) {
        switch (type) {
          case 'tea-renovation':
            acts.push({ type, area: around(1.5) });
            break;
          case 'bag-fungus':
            acts.push({ type, bags: int(1200), income: around(1800) });
            break;
          case 'gourd':
            acts.push({
              type,
              area: around(1.2),
              survivalRate: (0.75 + r() * 0.25).toFixed(2),
              income: around(1200),
            });
            break;
          case 'orchard':
            acts.push({ type, area: around(2), survivalRate: (0.75 + r() * 0.25).toFixed(2) });
            break;
          case 'vegetable':
            acts.push({ type, area: around(1.2), income: around(1200) });
            break;
          case 'tianma':
            acts.push({ type, area: around(0.6), income: around(1400) });
            break;
          case 'herbs':
            acts.push({ type, area: around(1.2), income: around(1200) });
            break;
          case 'pepper':
            acts.push({
              type,
              area: around(1.5),
              plantsPerMu: int(115),
              stemDiameterCm: around(0.9, 0.2),
              survivalRate: (0.8 + r() * 0.2).toFixed(2),
            });
            break;
          case 'pig':
          case 'sheep':
            acts.push({ type, head: int(type === 'pig' ? 3 : 6), income: around(2500) });
            break;
          case 'bees':
            acts.push({ type, boxes: int(6), income: around(1400) });
            break;
          case 'poultry':
            acts.push({ type, birds: int(15), income: around(900) });
            break;
          case 'shop':
            acts.push({
              type,
              investment: around(12000),
              registered: r() < 0.9,
              operating: r() < 0.9,
              annualRevenue: around(10000),
            });
            break;
        }
      }
      const members: Record<string, unknown>[] = [{ id: `${i}-1` }];
      if (r() < 0.4)
        members.push({
          id: `${i}-2`,
          workTrips: [
            {
              from: '2023-03-01',
              place: pick([
                { province: '广东省', city: '广州市' },
                { province: '陕西省', city: '西安市' },
                { province: '陕西省', city: '汉中市', county: '汉台区' },
              ]),
            },
          ],
        });
      if (r() < 0.1)
        members.push({
          id: `${i}-3`,
          student: { schoolType: pick(['technical', 'general']), enrolled: true },
        });
      if (r() < 0.1) members.push({ id: `${i}-4`, publicPost: { months: String(1 + Math.floor(r() * 12)) } });
      out.push({
        kind: 'household',
        id: `H${i}`,
        category,
        ...(category === 'monitored'
          ? {
              monitoredType: pick(['unstable', 'marginal', 'sudden-hardship'] as const),
              zeroEmployment: r() < 0.3,
            }
          : {}),
        members,
        activities: acts,
      } as SubjectInput);
    } else if (roll < 0.9) {
      out.push({
        kind: 'collective',
        id: `C${i}`,
        activities: [
          { type: 'herbs-base', contiguousArea: around(55) },
          { type: 'kiwi', contiguousArea: around(55), trellisArea: around(20) },
          { type: 'silkworm-room', area: around(220) },
        ].slice(0, 1 + Math.floor(r() * 3)),
        ...(r() < 0.5 ? { reviewedSupport: { amount: around(100000) } } : {}),
      } as SubjectInput);
    } else {
      out.push({
        kind: 'operator',
        id: `O${i}`,
        activities: [{ type: 'cattle-pens', area: around(1100), standardized: true }],
        labor: { poorWorkers: int(5), wages: around(55000) },
        orders: { households: int(11), purchases: around(110000), contractAboveMarket: r() < 0.8 },
        land: { households: int(11), leaseFees: around(30000), ledgerAndContracts: r() < 0.8 },
      } as SubjectInput);
    }
  }
  return out;
}
