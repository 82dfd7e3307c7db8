import { chineseCapital, type Text } from '@huinong/benefits';
import { z } from 'zod';
import { type FrozenLine, PackRef, type RegisterCase } from './case.schema.ts';
import { Disclosure, shown } from './disclosure.ts';
import { LEVEL_LABELS } from './labels.ts';
import { Level, type LifecycleState } from './lifecycle.schema.ts';
import { milestones } from './milestones.ts';
import { casesIn, stageIndex } from './register.ts';

/**
 * The lists the procedure prints — 公示名单 per village and stage, 审批表, "一卡通"发放清册 — as
 * plain rows and columns with Chinese headers, for the roster's xlsx writer and for print. Rows
 * carry a `key` (the case, or the case and line) so that a list can be checked against the
 * register later; the columns, which are what is printed, never include it.
 */

export const ListKind = z.enum(['publicity', 'approval', 'payment']);
export type ListKind = z.infer<typeof ListKind>;

export const LIST_KIND_LABELS: Readonly<Record<ListKind, Text>> = {
  publicity: { zh: '公示名单', en: 'publicity list' },
  approval: { zh: '审批表', en: 'approval table' },
  payment: { zh: '“一卡通”发放清册', en: 'One-Card payment list' },
};

/** A printed column: its field in the rows and its header. */
export interface Column {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly type: 'text' | 'money' | 'integer';
}

/** A row of a list: flat strings and numbers, with the key that ties it to the register. */
export type ListRow = { readonly key: string; readonly [field: string]: string | number };

/** What a list is of: the pack, the place, the 公示's level, and how numbers are shown. */
export const ListOptions = z.object({
  pack: PackRef,
  township: z.string().optional(),
  village: z.string().optional(),
  /** the 公示 a publicity list is for; required for `publicity` */
  level: Level.optional(),
  disclosure: Disclosure.default({
    idNumber: { show: 'masked', head: 6, tail: 4 },
    account: { show: 'masked', head: 6, tail: 4 },
  }),
});
export type ListOptions = z.infer<typeof ListOptions>;
export type ListOptionsInput = z.input<typeof ListOptions>;

/** The line's item as printed: its title, and the member it is for ("雨露计划（王小明）"). */
export function lineItem(c: RegisterCase, line: FrozenLine): string {
  const memberId = line.ref?.kind === 'member' ? line.ref.id : line.ref?.member;
  if (memberId === undefined || c.subject.kind !== 'household') return line.title.zh;
  const name = c.subject.members.find((m) => m.id === memberId)?.name;
  return name ? `${line.title.zh}（${name}）` : line.title.zh;
}

/** The lines that pay something: eligible and not zero. */
export function paidLines(c: RegisterCase): FrozenLine[] {
  return c.screening.lines.filter((l) => l.status === 'eligible' && l.amount !== '0.00');
}

function items(c: RegisterCase): string {
  return paidLines(c)
    .map((l) => lineItem(c, l))
    .join('、');
}

/** The cases of the pack and place the options name, in the register's order. */
export function scoped(cases: readonly RegisterCase[], o: ListOptions): RegisterCase[] {
  return casesIn(cases, {
    ...(o.township !== undefined ? { township: o.township } : {}),
    ...(o.village !== undefined ? { village: o.village } : {}),
  }).filter((c) => c.pack.id === o.pack.id && c.pack.version === o.pack.version);
}

/** Cases that have reached `state`'s stage (and not been returned below it). */
function reached(cases: readonly RegisterCase[], state: LifecycleState): RegisterCase[] {
  const min = stageIndex(state);
  return cases.filter((c) => stageIndex(c.lifecycle.state) >= min);
}

// ── 公示名单 ────────────────────────────────────────────────────────────────

export const PUBLICITY_COLUMNS: readonly Column[] = [
  { key: 'seq', zh: '序号', en: 'no.', type: 'integer' },
  { key: 'name', zh: '姓名', en: 'name', type: 'text' },
  { key: 'idNumber', zh: '身份证号', en: 'ID number', type: 'text' },
  { key: 'village', zh: '村', en: 'village', type: 'text' },
  { key: 'items', zh: '补助项目', en: 'items', type: 'text' },
  { key: 'amount', zh: '金额（元）', en: 'amount (yuan)', type: 'money' },
];

/**
 * The rows of a 公示名单 for one level: the cases of the place that passed that level's review
 * (and have not been returned since), the 身份证号 always masked. This is a pure function.
 */
export function publicityRows(cases: readonly RegisterCase[], options: ListOptionsInput): ListRow[] {
  const o = ListOptions.parse(options);
  if (o.level === undefined)
    throw new RangeError('a publicity list needs its level (village, township, county)');
  return reached(scoped(cases, o), `${o.level}-publicity.pending`).map((c, i) => ({
    key: c.id,
    seq: i + 1,
    name: c.applicant.name,
    idNumber: shown(c.applicant.idNumber, o.disclosure.idNumber, true),
    village: c.village,
    items: items(c),
    amount: c.screening.total,
  }));
}

// ── 审批表 ──────────────────────────────────────────────────────────────────

export const APPROVAL_COLUMNS: readonly Column[] = [
  { key: 'seq', zh: '序号', en: 'no.', type: 'integer' },
  { key: 'name', zh: '姓名', en: 'name', type: 'text' },
  { key: 'idNumber', zh: '身份证号', en: 'ID number', type: 'text' },
  { key: 'township', zh: '镇(街道)', en: 'township', type: 'text' },
  { key: 'village', zh: '村', en: 'village', type: 'text' },
  { key: 'items', zh: '补助项目', en: 'items', type: 'text' },
  { key: 'amount', zh: '金额（元）', en: 'amount (yuan)', type: 'money' },
  { key: 'amountCapital', zh: '金额（大写）', en: 'amount in words', type: 'text' },
  { key: 'villageReview', zh: '村级评议', en: 'village review', type: 'text' },
  { key: 'villagePublicity', zh: '村级公示', en: 'village publicity', type: 'text' },
  { key: 'townshipReview', zh: '镇审核验收', en: 'township review', type: 'text' },
  { key: 'townshipPublicity', zh: '镇公示', en: 'township publicity', type: 'text' },
  { key: 'countyApproval', zh: '县级审批', en: 'county approval', type: 'text' },
];

/** 人民币大写 of a total; a negative one (never expected) is written 负…. */
export function capitalOf(amount: string): string {
  return amount.startsWith('-') ? `负${chineseCapital(amount.slice(1))}` : chineseCapital(amount);
}

function signed(entry: { readonly date: string; readonly name: string } | null): string {
  return entry ? `${entry.date} ${entry.name}` : '';
}

function posted(posted: string | null, closed: { readonly date: string } | null): string {
  if (posted === null) return '';
  return closed ? `${posted}至${closed.date}` : `${posted}起`;
}

/**
 * The rows of an 审批表: the cases of the place that reached 县级审批, with the amount in figures
 * and 大写 and who passed each review and when. This is a pure function.
 */
export function approvalRows(cases: readonly RegisterCase[], options: ListOptionsInput): ListRow[] {
  const o = ListOptions.parse(options);
  return reached(scoped(cases, o), 'county-approval').map((c, i) => {
    const m = milestones(c);
    return {
      key: c.id,
      seq: i + 1,
      name: c.applicant.name,
      idNumber: shown(c.applicant.idNumber, o.disclosure.idNumber),
      township: c.township,
      village: c.village,
      items: items(c),
      amount: c.screening.total,
      amountCapital: capitalOf(c.screening.total),
      villageReview: signed(m.village.reviewed),
      villagePublicity: posted(m.village.posted, m.village.closed),
      townshipReview: signed(m.township.reviewed),
      townshipPublicity: posted(m.township.posted, m.township.closed),
      countyApproval: signed(m.county.reviewed),
    };
  });
}

/** The title of a list ("村级公示名单"). This is a pure function. */
export function listTitle(kind: ListKind, level?: Level): Text {
  const label = LIST_KIND_LABELS[kind];
  if (kind !== 'publicity' || level === undefined) return label;
  const l = LEVEL_LABELS[level];
  return { zh: `${l.zh}${label.zh}`, en: `${l.en} ${label.en}` };
}
