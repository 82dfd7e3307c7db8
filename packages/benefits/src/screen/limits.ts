import type { Text } from '../core/i18n.ts';
import { Dec, plain, sumMoney, toFen } from '../core/money.ts';
import type { Adjustment, ScreenLine } from '../core/result.ts';
import { type TraceEntry, traceEntry, wordsEntry } from '../core/trace.ts';
import { formatYuan } from '../format/yuan.ts';
import { datedResolver } from '../pack/dated.ts';
import type { FactDef } from '../pack/inputs.schema.ts';
import type { Limit } from '../pack/pack.schema.ts';
import { formatQuantity } from '../render/format.ts';
import type { Subject } from '../schemas/subject.schema.ts';

const maxResolvers = new WeakMap<Limit, (asOf: string) => string>();

/** A cap on the as-of date: its `max`, or the value of its dated series then. */
function maxOn(limit: Limit & { max: string }, asOf: string): string {
  let on = maxResolvers.get(limit);
  if (!on) {
    on = datedResolver(limit.max, limit.dated?.max);
    maxResolvers.set(limit, on);
  }
  return on(asOf);
}

/** Exclusions first, then caps on quantities, then caps on money: each reads what the last left. */
const ORDER: Record<Limit['kind'], number> = { exclusion: 0, 'quantity-cap': 1, 'money-cap': 2 };

/** The limits of a pack in the order the household stage applies them. */
export function orderLimits(limits: readonly Limit[]): Limit[] {
  return limits
    .map((l, i) => [l, i] as const)
    .sort((a, b) => ORDER[a[0].kind] - ORDER[b[0].kind] || a[1] - b[1])
    .map(([l]) => l);
}

function message(limit: Limit, amount: string, detail: Text): Text {
  const money = formatYuan(amount.replace('-', ''));
  return {
    zh: `${limit.label.zh}（${limit.clause}）：−${money}${detail.zh ? `（${detail.zh}）` : ''}`,
    en: `${limit.label.en} (${limit.clause}): −${money}${detail.en ? ` (${detail.en})` : ''}`,
  };
}

/**
 * The household stage: the limits of the pack applied to one subject's lines together —
 * exclusions between standards or by a fact (示范村), a cap on the quantity paid over several
 * standards (每户合计最多5头), a cap on the money over a group (每户最高奖补5000元). Each limit that
 * takes something off is an adjustment with a negative amount, its own trace entry and an
 * explanation; the affected lines carry the entry too. The lines' own amounts are unchanged.
 *
 * This is a pure function.
 */
export function applyLimits(
  limits: readonly Limit[],
  subject: Subject,
  lines: ScreenLine[],
  facts: readonly FactDef[] = [],
  asOf = '',
): Adjustment[] {
  if (limits.length === 0) return [];
  // what each eligible line still pays, in fen-exact decimals
  const net = new Map<ScreenLine, InstanceType<typeof Dec>>();
  for (const l of lines) if (l.status === 'eligible') net.set(l, new Dec(l.amount));
  if (net.size === 0) return [];
  const adjustments: Adjustment[] = [];
  const touched = new Map<ScreenLine, TraceEntry[]>();
  const touch = (l: ScreenLine, e: TraceEntry) => touched.set(l, [...(touched.get(l) ?? []), e]);
  // lines held back until a fact the stage needs is given
  const pending = new Map<ScreenLine, TraceEntry>();

  let held = false;
  const hold = () => {
    held = true;
    for (const [l] of pending) {
      if ((net.get(l) as Dec | undefined)?.gt(0)) net.delete(l);
      else pending.delete(l);
    }
  };
  for (const limit of limits) {
    if (!held && limit.kind !== 'exclusion') hold();
    const ids = new Set(limit.standards);
    const mine = [...net.keys()].filter((l) => ids.has(l.standardId) && (net.get(l) as Dec).gt(0));
    if (mine.length === 0) continue;
    let off = new Dec(0);
    let entry: TraceEntry;
    let detail: Text = { zh: '', en: '' };
    if (limit.kind === 'exclusion') {
      const byAward = limit.ifAwarded
        ? [...net.keys()].find((l) => limit.ifAwarded?.includes(l.standardId) && (net.get(l) as Dec).gt(0))
        : undefined;
      const answer = limit.ifFact ? subject.facts?.[limit.ifFact.key] : null;
      const fact = limit.ifFact !== undefined && answer === limit.ifFact.equals;
      // a line of `ifAwarded` not decided yet (needs information): whether it is awarded, and so
      // whether these lines are excluded, is not known
      const undecided =
        byAward || fact
          ? undefined
          : lines.find((l) => l.status === 'needs-information' && limit.ifAwarded?.includes(l.standardId));
      if (!byAward && !fact && (undecided || (answer === undefined && limit.ifFact))) {
        // an exclusion by a fact nobody answered (示范村?) or by an award not yet decided leaves
        // the lines unpaid until it is known: needs information, never paid by default
        const key = limit.ifFact?.key;
        const label = undecided
          ? {
              zh: `${undecided.title.zh}（${undecided.standardId}）的测算结果`,
              en: `the result of ${undecided.title.en} (${undecided.standardId})`,
            }
          : (facts.find((f) => f.key === key)?.label ?? limit.label);
        const held = wordsEntry(limit.clause, limit.id, label, 'in', null, limit.label, false);
        // decided once every exclusion has run: another (示范村 = 是) may still exclude them
        for (const l of mine) if (!pending.has(l)) pending.set(l, held);
        continue;
      }
      if (!byAward && !fact) continue;
      const why = byAward ? `${byAward.title.zh}（${byAward.standardId}）` : limit.label.zh;
      detail = byAward
        ? { zh: `已享受${byAward.title.zh}`, en: `awarded ${byAward.title.en}` }
        : { zh: '', en: '' };
      entry = traceEntry(limit.clause, limit.id, limit.label, 'info', why, null, null, false);
      for (const l of mine) {
        off = off.plus(net.get(l) as Dec);
        net.set(l, new Dec(0));
        touch(l, entry);
      }
    } else if (limit.kind === 'quantity-cap') {
      const counted = mine.filter((l) => l.basis.quantity !== null && l.basis.unitAmount !== null);
      const total = counted.reduce((s, l) => s.plus(l.basis.quantity as string), new Dec(0));
      const max = new Dec(maxOn(limit, asOf));
      entry = traceEntry(
        limit.clause,
        limit.id,
        limit.label,
        'lte',
        plain(total),
        plain(max),
        limit.unit,
        total.lte(max),
      );
      if (total.lte(max)) continue;
      // which units are paid is the pack's reading (`order`): the rest come off the last lines
      const rank = (l: ScreenLine) => limit.standards.indexOf(l.standardId);
      const paidFirst = [...counted].sort((a, b) =>
        limit.order === 'highest-first'
          ? new Dec(b.basis.unitAmount as string).comparedTo(a.basis.unitAmount as string) ||
            rank(a) - rank(b)
          : rank(a) - rank(b),
      );
      let room = max;
      const cut: string[] = [];
      for (const l of paidFirst) {
        const q = new Dec(l.basis.quantity as string);
        const kept = Dec.min(q, room);
        room = room.minus(kept);
        const over = q.minus(kept);
        if (over.isZero()) continue;
        const less = Dec.min(new Dec(toFen(over.times(l.basis.unitAmount as string))), net.get(l) as Dec);
        off = off.plus(less);
        net.set(l, (net.get(l) as Dec).minus(less));
        touch(l, entry);
        cut.push(`${l.title.zh} ${formatQuantity(plain(over), limit.unit, 'zh')} × ¥${l.basis.unitAmount}`);
      }
      detail = {
        zh: `共 ${formatQuantity(plain(total), limit.unit, 'zh')}，不计 ${cut.join('、')}`,
        en: `${formatQuantity(plain(total), limit.unit, 'en')} in all; ${formatQuantity(plain(total.minus(max)), limit.unit, 'en')} not paid`,
      };
    } else {
      const sum = new Dec(sumMoney(mine.map((l) => toFen(net.get(l) as Dec))));
      const max = new Dec(maxOn(limit, asOf));
      entry = traceEntry(
        limit.clause,
        limit.id,
        limit.label,
        'lte',
        plain(sum),
        plain(max),
        'yuan',
        sum.lte(max),
      );
      if (sum.lte(max)) continue;
      off = sum.minus(max);
      for (const l of mine) touch(l, entry);
      detail = {
        zh: `相关各项合计 ${formatYuan(toFen(sum))}`,
        en: `the lines it covers add up to ${formatYuan(toFen(sum))}`,
      };
    }
    if (off.isZero()) continue;
    const amount = `-${toFen(off)}`;
    adjustments.push({
      key: `limit:${limit.id}`,
      limitId: limit.id,
      kind: limit.kind,
      clause: limit.clause,
      clauseText: limit.text,
      label: limit.label,
      amount,
      lines: mine.filter((l) => touched.has(l)).map((l) => l.key),
      entry,
      message: message(limit, amount, detail),
      notes: limit.notes,
    });
  }
  if (!held) hold();
  // the affected lines carry the household stage's entries after their own checks
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as ScreenLine;
    const extra = touched.get(l) ?? [];
    const held = pending.get(l);
    if (held)
      lines[i] = {
        ...l,
        status: 'needs-information',
        amount: '0.00',
        trace: [...l.trace, ...extra, held],
        reason: held,
        nearMiss: null,
      };
    else if (extra.length) lines[i] = { ...l, trace: [...l.trace, ...extra] };
  }
  return adjustments;
}
