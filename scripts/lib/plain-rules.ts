/**
 * The same rules written as plain functions, for the benchmark's comparison only: no machine, no
 * check objects, no precomputed steps — one function that reads the pack's numbers and decides a
 * standard directly. (Amounts and thresholds still come from the pack.)
 */
import { Dec, type PolicyPack, type Standard, type Subject, type TraceEntry, toFen } from '@huinong/benefits';

export interface PlainLine {
  standardId: string;
  status: 'eligible' | 'ineligible' | 'needs-information';
  amount: string;
  trace: TraceEntry[];
}

function get(o: unknown, path: string): unknown {
  let cur = o;
  for (const k of path.split('.')) cur = cur == null ? undefined : (cur as Record<string, unknown>)[k];
  return cur;
}

function decide(s: Standard, subject: Subject, source: unknown, asOf: string): PlainLine {
  const trace: TraceEntry[] = [];
  const e = (
    condition: string,
    value: string | null,
    threshold: string | null,
    passed: boolean,
  ): TraceEntry => ({
    clause: s.clause,
    condition,
    label: s.title,
    value,
    threshold,
    op: 'gte',
    unit: null,
    passed,
  });
  const out = (status: PlainLine['status'], amount = '0.00'): PlainLine => ({
    standardId: s.id,
    status,
    amount,
    trace,
  });
  const inForce = asOf >= s.dates.from && asOf <= s.dates.to;
  trace.push(e('inForce', asOf, s.dates.to, inForce));
  if (!inForce) return out('ineligible');
  const cats = s.subject.categories;
  const ok =
    s.subject.kinds.includes(subject.kind as never) &&
    (subject.kind !== 'household' || !cats || cats.includes(subject.category));
  trace.push(e('subject', subject.kind, null, ok));
  if (!ok) return out('ineligible');
  for (const c of s.conditions) {
    const v = get(source, c.field);
    if (c.kind === 'attest') {
      if (typeof v !== 'boolean') return out('needs-information');
      trace.push(e(c.id, String(v), null, v));
      if (!v) return out('ineligible');
      continue;
    }
    if (c.kind === 'one-of') {
      if (typeof v !== 'string') return out('needs-information');
      const pass = c.values.includes(v);
      trace.push(e(c.id, v, null, pass));
      if (!pass) return out('ineligible');
      continue;
    }
    if (typeof v !== 'string') return out('needs-information');
    let pass: boolean;
    if (c.kind === 'min-ratio') {
      const per = get(source, c.per);
      if (typeof per !== 'string' || Number(per) === 0) return out('needs-information');
      pass = new Dec(v).gte(new Dec(c.threshold).times(per));
    } else pass = c.kind === 'min' ? new Dec(v).gte(c.threshold) : new Dec(v).lte(c.threshold);
    trace.push(e(c.id, v, c.threshold, pass));
    if (!pass) return out('ineligible');
  }
  const a = s.award;
  if (a.kind === 'per-unit')
    return out('eligible', toFen(new Dec(a.amount).times((get(source, a.quantity) as string) ?? '0')));
  if (a.kind === 'fixed') return out('eligible', toFen(a.amount));
  if (a.kind === 'share')
    return out('eligible', toFen(new Dec(a.rate).times((get(source, a.base) as string) ?? '0')));
  if (a.kind === 'reviewed') {
    const v = get(source, a.field);
    return typeof v === 'string' ? out('eligible', toFen(v)) : out('needs-information');
  }
  return out('ineligible');
}

/** Screens a subject with plain functions: the lines and the total. */
export function plainScreen(
  pack: PolicyPack,
  subject: Subject,
  asOf: string,
): { lines: PlainLine[]; total: string } {
  const lines: PlainLine[] = [];
  for (const s of pack.standards) {
    if (!s.subject.kinds.includes(subject.kind as never)) continue;
    const src = s.source;
    if (src.kind === 'activity') {
      for (const a of subject.activities as { type: string }[])
        if (src.types.includes(a.type)) lines.push(decide(s, subject, a, asOf));
    } else if (src.kind === 'member') {
      if (
        subject.kind !== 'household' ||
        s.award.kind === 'loan-interest' ||
        s.award.kind === 'tiered-travel'
      )
        continue;
      for (const m of subject.members)
        if ((m as Record<string, unknown>)[src.field] !== undefined) lines.push(decide(s, subject, m, asOf));
    } else {
      const part = src.field ? (subject as Record<string, unknown>)[src.field] : subject;
      if (part !== undefined) lines.push(decide(s, subject, part, asOf));
    }
  }
  let total = new Dec(0);
  for (const l of lines) if (l.status === 'eligible') total = total.plus(l.amount);
  return { lines, total: total.toFixed(2) };
}
