import {
  Dec,
  formatQuantity,
  formatWan,
  type PolicyPack,
  type ScreenLine,
  type Subject,
  type TraceEntry,
} from '@huinong/benefits';
import { inLang, type Lang } from '../i18n/i18n.tsx';

type Standard = PolicyPack['standards'][number];
interface PackIndex {
  readonly conditionText: ReadonlyMap<string, string>;
  readonly standardById: ReadonlyMap<string, Standard>;
}
const indexes = new WeakMap<PolicyPack, PackIndex>();

/** The pack's standards by id and its conditions' words, made once per pack. */
function indexOf(pack: PolicyPack): PackIndex {
  let i = indexes.get(pack);
  if (!i) {
    const conditionText = new Map<string, string>();
    for (const s of pack.standards)
      for (const c of s.conditions) conditionText.set(`${s.id}/${c.id}`, c.text);
    i = { conditionText, standardById: new Map(pack.standards.map((s) => [s.id, s])) };
    indexes.set(pack, i);
  }
  return i;
}

function readPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * Every minimum of a line's standard held against what was declared, also those after the first
 * failed check (where the machine stops): an operator sees all its thresholds as progress.
 */
export function thresholdsOf(pack: PolicyPack, line: ScreenLine, subject: Subject | null): TraceEntry[] {
  const standard = indexOf(pack).standardById.get(line.standardId);
  if (!standard || !subject) return [];
  const src = standard.source;
  const source =
    src.kind === 'subject'
      ? src.field
        ? readPath(subject, src.field)
        : subject
      : src.kind === 'activity'
        ? (subject.activities as readonly { type: string; id?: string }[]).find(
            (a) => (a.id ?? a.type) === line.ref?.id,
          )
        : undefined;
  const out: TraceEntry[] = [];
  for (const c of standard.conditions) {
    if (c.kind !== 'min') continue;
    const found = line.trace.find((e) => e.condition === c.id);
    if (found) {
      out.push(found);
      continue;
    }
    const v = readPath(source, c.field);
    const value = typeof v === 'string' && v !== '' ? v : null;
    out.push({
      clause: standard.clause,
      condition: c.id,
      label: c.label,
      value,
      threshold: c.threshold,
      op: 'gte',
      unit: c.unit,
      passed: value !== null && new Dec(value).gte(c.threshold),
    });
  }
  return out;
}

/** The clause's own words for one check ("收入达到2000元以上"), quoted beside it. */
export function conditionWords(pack: PolicyPack, line: ScreenLine, entry: TraceEntry): string | null {
  return indexOf(pack).conditionText.get(`${line.standardId}/${entry.condition}`) ?? null;
}

/** Whether a line is only there to say the standard was not asked about (not declared). */
export function notDeclared(line: ScreenLine): boolean {
  return line.reason?.condition === 'declared';
}

/**
 * A check without a value whose field was answered but refused (a comma decimal, a letter): the
 * line must not say "未填写" of a filled field. Its field is the condition's (or, for the work
 * period, the trip's dates) on the line's item or member.
 */
export function invalidCheck(
  pack: PolicyPack,
  line: ScreenLine,
  entry: TraceEntry,
  errors: readonly { readonly key: string | null }[],
): boolean {
  const standard = indexOf(pack).standardById.get(line.standardId);
  const condition = standard?.conditions.find((c) => c.id === entry.condition);
  const fields =
    entry.condition === 'workPeriod'
      ? ['from', 'to']
      : condition
        ? [condition.field.split('.').at(-1) ?? condition.field]
        : [];
  const owner = line.ref?.kind === 'loan' ? line.ref.member : line.ref?.id;
  return errors.some((e) => {
    if (!e.key) return false;
    const parts = e.key.split('.');
    const field = parts.at(-1) ?? '';
    if (!fields.includes(field)) return false;
    // activity.pig.head, member.m1.workTrips.from, link.land.households
    return owner === undefined || parts[1] === owner || parts[0] === 'link';
  });
}

export interface Progress {
  readonly label: string;
  /** "已吸纳脱贫人口务工 6 人，需 5 人以上 ✓", "工资总额 15 万元，需 10 万元以上 ✓" */
  readonly text: string;
  readonly value: number;
  readonly max: number;
  readonly passed: boolean;
}

/**
 * A threshold as progress, in a sentence: "当年吸纳脱贫人口务工 6 人，需 5 人以上 ✓". Money of ten thousand yuan and more is
 * shown in 万元, as the plan writes it. Numbers here only size a bar; amounts stay strings.
 */
export function progressOf(entry: TraceEntry, lang: Lang): Progress | null {
  if (entry.op !== 'gte' || entry.threshold === null || !/^\d+(\.\d+)?$/.test(entry.threshold)) return null;
  const value = entry.value ?? '0';
  if (!/^\d+(\.\d+)?$/.test(value)) return null;
  const wan = entry.unit === 'yuan' && Number(entry.threshold) >= 10000;
  const unitWord = wan
    ? lang === 'zh'
      ? '万元'
      : '×10,000 yuan'
    : formatQuantity('', entry.unit, lang).trim();
  const show = (s: string) => (wan ? formatWan(s) : s);
  const u = unitWord ? ` ${unitWord}` : '';
  const mark = entry.passed ? '✓' : '✗';
  // the pack's English labels keep its terms of art (脱贫人口): put into English like every text shown
  const label = inLang(entry.label[lang], lang);
  const text =
    lang === 'zh'
      ? `${label} ${show(value)}${u}，需 ${show(entry.threshold)}${u}以上 ${mark}`
      : `${label}: ${show(value)}${u}, needs ${show(entry.threshold)}${u} or more ${mark}`;
  return {
    label,
    text,
    value: Math.min(Number(value), Number(entry.threshold)),
    max: Number(entry.threshold),
    passed: entry.passed,
  };
}

/** Whom a member's line is about: the member's name, or "成员 2" when none was given. */
export function whoOf(line: ScreenLine, subject: Subject | null, lang: Lang): string | null {
  if (!line.ref || (line.ref.kind !== 'member' && line.ref.kind !== 'loan') || subject?.kind !== 'household')
    return null;
  const id = line.ref.kind === 'loan' ? line.ref.member : line.ref.id;
  const index = subject.members.findIndex((m) => m.id === id);
  const member = subject.members[index];
  if (!member) return null;
  return member.name ?? (lang === 'zh' ? `成员 ${index + 1}` : `member ${index + 1}`);
}
