/**
 * A seeded population for any pack, built from what the pack declares: each subject declares
 * one to three of the pack's activities, with every field filled around the thresholds the pack's
 * conditions set (so that every outcome occurs), and the pack's facts. For the per-pack figures
 * of `pnpm bench`; the 西乡 figures keep their own population (synthetic.ts).
 */
import type { Condition, InputField, PolicyPack, SubjectInput } from '@huinong/benefits';
import { rng } from './synthetic.ts';

export function packPopulation(pack: PolicyPack, n: number, seed = 20251231): SubjectInput[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  // the thresholds each field is held against, by activity type
  const near = new Map<string, number[]>();
  for (const s of pack.standards) {
    if (s.source.kind !== 'activity') continue;
    for (const c of s.conditions as Condition[]) {
      if (!('threshold' in c)) continue;
      for (const t of s.source.types) {
        const key = `${t}.${c.field}`;
        near.set(key, [...(near.get(key) ?? []), Number(c.threshold)]);
      }
    }
  }
  const { from, to } = pack.dates;
  const day = (d: string) => new Date(`${d}T00:00:00Z`).getTime();
  const dateIn = () =>
    new Date(day(from) - 60 * 86400e3 + r() * (day(to) - day(from) + 60 * 86400e3))
      .toISOString()
      .slice(0, 10);
  const value = (type: string, f: InputField): unknown => {
    const around = near.get(`${type}.${f.key}`);
    const base = around ? pick(around) : 10;
    switch (f.type) {
      case 'quantity':
      case 'money':
        return (Math.max(base, 1) * (0.5 + r())).toFixed(2);
      case 'count':
        return String(Math.max(0, Math.round(Math.max(base, 2) * (0.5 + r()))));
      case 'rate':
        return (0.7 + r() * 0.3).toFixed(2);
      case 'yesno':
        return r() < 0.8;
      case 'date':
        return dateIn();
      case 'choice':
        return pick(f.choices ?? [{ value: '' }]).value;
      case 'text':
        return '样本';
    }
  };
  const kinds = (['household', 'collective', 'operator'] as const).filter((k) =>
    pack.inputs.activities.some((a) => a.subjects.includes(k)),
  );
  const out: SubjectInput[] = [];
  for (let i = 0; i < n; i++) {
    const kind = r() < 0.85 && kinds.includes('household') ? 'household' : pick(kinds);
    const mine = pack.inputs.activities.filter((a) => a.subjects.includes(kind));
    const activities: Record<string, unknown>[] = [];
    const used = new Set<string>();
    const count = 1 + Math.floor(r() * 3);
    for (let j = 0; j < count && mine.length; j++) {
      const a = pick(mine);
      if (used.has(a.type) && !a.repeatable) continue;
      used.add(a.type);
      const act: Record<string, unknown> = { type: a.type };
      for (const f of a.fields) if (r() < 0.95) act[f.key] = value(a.type, f);
      activities.push(act);
    }
    const category = pick([
      'poverty-alleviated',
      'poverty-alleviated',
      'monitored',
      'monitored',
      'ordinary',
    ] as const);
    const facts: Record<string, unknown> = {};
    for (const f of pack.inputs.facts) {
      if (!f.subjects.includes(kind)) continue;
      if (kind === 'household' && f.categories && !f.categories.includes(category)) continue;
      facts[f.key] = value('', f);
    }
    const base = { id: `${kind[0]}${i}`, activities, ...(Object.keys(facts).length ? { facts } : {}) };
    out.push((kind === 'household' ? { kind, category, ...base } : { kind, ...base }) as SubjectInput);
  }
  return out;
}
