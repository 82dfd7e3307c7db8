import type { Text } from '../core/i18n.ts';
import { Dec, plain, toFen } from '../core/money.ts';
import type { TraceEntry } from '../core/trace.ts';
import type { PolicyPack, Standard } from '../pack/pack.schema.ts';
import type { InfraProject } from './infra.schema.ts';

export type Verdict = 'below' | 'within' | 'above';

/** A project's cost range under the plan's standard, and the budget judged against it. */
export interface ProjectEstimate {
  readonly standardId: string;
  readonly clause: string;
  readonly clauseText: string;
  readonly title: Text;
  readonly quantity: string | null;
  readonly unit: 'km' | 'm2' | 'seat' | null;
  /** the standard per unit (min = max for an average or a fixed amount) */
  readonly perUnit: { readonly min: string; readonly max: string; readonly average: boolean } | null;
  /** the project's cost range: per unit × quantity, rounded to the fen */
  readonly range: { readonly min: string; readonly max: string } | null;
  readonly budget: string | null;
  /** below / within / above the range; null when the plan gives no number or no budget is given */
  readonly verdict: Verdict | null;
  readonly trace: readonly TraceEntry[];
  readonly notes: readonly Text[];
}

const BRIDGE_BOUNDARY = '10';

function find(pack: PolicyPack, id: string): Standard {
  const s = pack.standards.find((x) => x.id === id);
  if (!s) throw new Error(`policy pack ${pack.id} has no standard ${id}`);
  return s;
}

function spec(
  s: Standard,
  condition: string,
  label: Text,
  value: string | undefined,
  op: 'gte' | 'lte' | 'eq',
  threshold: string,
  unit: string,
): TraceEntry | null {
  if (value === undefined) return null;
  const v = new Dec(value);
  const t = new Dec(threshold);
  const passed = op === 'gte' ? v.gte(t) : op === 'lte' ? v.lte(t) : v.eq(t);
  return { clause: s.clause, condition, label, value: plain(v), threshold, op, unit, passed };
}

/**
 * Estimates a 五(二) project's cost range from the pack and judges its budget: below, within or
 * above. A bridge of exactly 10 m falls under both "跨度10米以内" and "10米以上" (以内 and 以上 both
 * include 10); the small-span standard is applied and the result says why. This is a pure function.
 */
export function estimateProject(project: InfraProject, pack: PolicyPack): ProjectEstimate {
  const notes: Text[] = [];
  const trace: TraceEntry[] = [];
  let s: Standard;
  let quantity: string | null = null;
  switch (project.type) {
    case 'village-road': {
      s = find(pack, 'infra-village-road');
      quantity = project.lengthKm;
      // 路基宽不低于4.5-5.5米, 硬化路面宽3.5-4.5米, 路面厚度18厘米: shown as checks of the design
      for (const e of [
        spec(
          s,
          'roadbed',
          { zh: '路基宽（米）', en: 'roadbed width (m)' },
          project.roadbedWidthM,
          'gte',
          '4.5',
          'm',
        ),
        spec(
          s,
          'pavementMin',
          { zh: '硬化路面宽（米）', en: 'pavement width (m)' },
          project.pavementWidthM,
          'gte',
          '3.5',
          'm',
        ),
        spec(
          s,
          'pavementMax',
          { zh: '硬化路面宽（米）', en: 'pavement width (m)' },
          project.pavementWidthM,
          'lte',
          '4.5',
          'm',
        ),
        spec(
          s,
          'thickness',
          { zh: '路面厚度（厘米）', en: 'pavement thickness (cm)' },
          project.thicknessCm,
          'eq',
          '18',
          'cm',
        ),
      ])
        if (e) trace.push(e);
      break;
    }
    case 'road-upgrade':
      s = find(pack, 'infra-road-upgrade');
      quantity = project.lengthKm;
      break;
    case 'bridge': {
      const span = new Dec(project.spanM);
      const small = span.lte(BRIDGE_BOUNDARY);
      s = find(pack, small ? 'infra-bridge-small' : 'infra-bridge-large');
      quantity = project.deckAreaM2;
      trace.push({
        clause: s.clause,
        condition: 'span',
        label: { zh: '跨度', en: 'span' },
        value: plain(span),
        threshold: small ? `≤ ${BRIDGE_BOUNDARY}` : `> ${BRIDGE_BOUNDARY}`,
        op: small ? 'lte' : 'gte',
        unit: 'm',
        passed: true,
      });
      if (span.eq(BRIDGE_BOUNDARY))
        notes.push({
          zh: '跨度恰为10米：“跨度10米以内”与“10米以上”按字面都包含10米（以内、以上均含本数）。本工具按小跨径平板桥标准（4500–5000元/㎡）计算，并提示两条标准重叠。',
          en: 'The span is exactly 10 m: "within 10 m" and "10 m and above" both include 10 m literally. HuiNong applies the small-span standard (4,500–5,000 per m²) and flags the overlap.',
        });
      break;
    }
    case 'living-env':
      s = find(pack, 'infra-living-env');
      notes.push(...s.notes);
      return {
        standardId: s.id,
        clause: s.clause,
        clauseText: s.text,
        title: s.title,
        quantity: null,
        unit: null,
        perUnit: null,
        range: null,
        budget: project.budget ?? project.reviewedAmount ?? null,
        verdict: null,
        trace,
        notes,
      };
    case 'toilet':
      s = find(pack, 'infra-toilet');
      quantity = project.count;
      break;
  }
  if (s.award.kind !== 'cost-range') throw new Error(`${s.id} is not a cost standard`);
  const { min, max, per, average } = s.award;
  const q = new Dec(quantity);
  const range = { min: toFen(q.times(min)), max: toFen(q.times(max)) };
  if (average)
    notes.push({
      zh: '方案给出的是“平均投资”，不是上下限：预算与平均值比较。',
      en: 'The plan gives an average cost, not a range: the budget is compared with the average.',
    });
  const budget = project.budget ?? null;
  let verdict: Verdict | null = null;
  if (budget !== null) {
    const b = new Dec(budget);
    verdict = b.lt(range.min) ? 'below' : b.gt(range.max) ? 'above' : 'within';
  }
  return {
    standardId: s.id,
    clause: s.clause,
    clauseText: s.text,
    title: s.title,
    quantity: plain(q),
    unit: per,
    perUnit: { min, max, average },
    range,
    budget: budget === null ? null : toFen(budget),
    verdict,
    trace,
    notes,
  };
}
