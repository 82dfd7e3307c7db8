import {
  Dec,
  minusPlain,
  type PolicyPack,
  type ScreenLine,
  type ScreenResult,
  type Subject,
  screen,
} from '@huinong/benefits';
import { lprSeries } from '@huinong/policy-data';

type Standard = PolicyPack['standards'][number];

/** Where, in the subject, the field a condition reads sits: `activities.0.head`, `land.households`. */
function pathOf(
  subject: Subject,
  standard: Standard,
  line: ScreenLine,
  field: string,
): (string | number)[] | null {
  const src = standard.source;
  if (src.kind === 'activity') {
    const i = subject.activities.findIndex((a) => ((a as { id?: string }).id ?? a.type) === line.ref?.id);
    return i < 0 ? null : ['activities', i, ...field.split('.')];
  }
  if (src.kind === 'subject') return [...(src.field ? src.field.split('.') : []), ...field.split('.')];
  return null;
}

function withValue(subject: Subject, path: readonly (string | number)[], value: string): Subject {
  const copy = structuredClone(subject) as unknown as Record<string | number, unknown>;
  let cur = copy;
  for (const k of path.slice(0, -1)) {
    const next = cur[k];
    if (!next || typeof next !== 'object') return subject;
    cur = next as Record<string | number, unknown>;
  }
  cur[path.at(-1) as string | number] = value;
  return copy as unknown as Subject;
}

/**
 * What a near miss would be worth: the subject screened again by the engine with the shortfall
 * added to the field the failed minimum reads ("差 1 户" → the same subject with one household
 * more), and the difference of the totals (so caps and exclusions count). Null when the shortfall
 * is not a quantity of a declared field, or when meeting it alone would not pay (another check
 * still fails). This is a pure function.
 */
export function nearMissWorth(
  pack: PolicyPack,
  subject: Subject,
  result: ScreenResult,
  line: ScreenLine,
): string | null {
  const miss = line.nearMiss;
  if (!miss?.shortfall) return null;
  const standard = pack.standards.find((s) => s.id === line.standardId);
  const condition = standard?.conditions.find((c) => c.id === miss.condition);
  if (!standard || !condition || condition.kind !== 'min') return null;
  const path = pathOf(subject, standard, line, condition.field);
  if (!path) return null;
  let cur: unknown = subject;
  for (const k of path) cur = (cur as Record<string | number, unknown> | undefined)?.[k];
  const before = typeof cur === 'string' && cur !== '' ? cur : '0';
  const after = new Dec(before).plus(miss.shortfall).toFixed();
  const again = screen(withValue(subject, path, after), { pack, asOf: result.asOf, lpr: lprSeries });
  const gain = minusPlain(again.total, result.total);
  return new Dec(gain).gt(0) ? gain : null;
}
