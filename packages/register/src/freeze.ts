import { Text } from '@huinong/benefits';
import { z } from 'zod';
import { canonicalJson, sha256Hex } from './canonical.ts';
import { ENGINE_VERSION, type RegisterCase } from './case.schema.ts';
import {
  approvalRows,
  ListKind,
  ListOptions,
  type ListOptionsInput,
  type ListRow,
  listTitle,
  publicityRows,
} from './list.ts';
import { paymentRows } from './payment-list.ts';
import { publicityPeriod } from './publicity.ts';

/**
 * Frozen lists: a 公示名单, 审批表 or 发放清册 as it was printed or exported, carrying the pack id
 * and version, the engine version, its date and the SHA-256 of its canonical rows, so that it can
 * be checked against the register later ("does what was posted still match?").
 */

const isoDate = z.iso.date({ error: '日期 date: 不是有效日期 not a real date (YYYY-MM-DD)' });

export const ListRowSchema = z.object({ key: z.string().min(1) }).catchall(z.union([z.string(), z.number()]));

export const ListMeta = ListOptions.extend({
  engineVersion: z.string().min(1),
  /** the day the list was made (for a 公示名单, the day it was posted) */
  date: isoDate,
  title: Text,
  /** a 公示名单's period, from its date and days (see `publicityPeriod`) */
  period: z
    .object({
      posted: isoDate,
      days: z.number().int().min(1),
      from: isoDate,
      to: isoDate,
      earliestClose: isoDate,
    })
    .optional(),
});
export type ListMeta = z.infer<typeof ListMeta>;

export const FrozenList = z.object({
  kind: ListKind,
  meta: ListMeta,
  rows: z.array(ListRowSchema),
  algorithm: z.literal('SHA-256'),
  /** SHA-256 of `canonicalJson(rows)`, 64 lowercase hex digits */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FrozenList = z.infer<typeof FrozenList>;

/** What `freezeList` is told about a list besides its rows. */
export type FreezeMeta = ListOptionsInput & {
  readonly date: string;
  /** the engine version; `ENGINE_VERSION` by default */
  readonly engineVersion?: string;
  /** a 公示名单's days: its period is then written on it */
  readonly days?: number;
  readonly title?: Text;
};

/** SHA-256 of the canonical JSON of the rows. This is a pure function. */
export function hashRows(rows: readonly ListRow[]): string {
  return sha256Hex(canonicalJson(rows));
}

/**
 * A list frozen with its meta and the hash of its rows. The rows are kept as given (their order is
 * part of the hash). Throws a ZodError when the meta is invalid. This is a pure function.
 */
export function freezeList(kind: ListKind, rows: readonly ListRow[], meta: FreezeMeta): FrozenList {
  const { days, ...rest } = meta;
  const parsed = ListMeta.parse({
    ...rest,
    engineVersion: meta.engineVersion ?? ENGINE_VERSION,
    title: meta.title ?? listTitle(kind, meta.level),
    ...(days !== undefined ? { period: publicityPeriod(meta.date, days) } : {}),
  });
  const copy = rows.map((r) => ({ ...r }));
  return { kind, meta: parsed, rows: copy, algorithm: 'SHA-256', hash: hashRows(copy) };
}

/** The rows of a list of `kind` as the register gives them now. This is a pure function. */
export function listRows(
  kind: ListKind,
  cases: readonly RegisterCase[],
  options: ListOptionsInput,
): ListRow[] {
  if (kind === 'publicity') return publicityRows(cases, options);
  if (kind === 'approval') return approvalRows(cases, options);
  return paymentRows(cases, options);
}

/** A list of `kind` built from the register and frozen. This is a pure function. */
export function freezeFromRegister(
  kind: ListKind,
  cases: readonly RegisterCase[],
  meta: FreezeMeta,
): FrozenList {
  return freezeList(kind, listRows(kind, cases, meta), meta);
}

export interface FieldChange {
  readonly field: string;
  readonly was: string | number;
  readonly now: string | number;
}

export interface RowChange {
  readonly key: string;
  readonly name: string;
  readonly fields: readonly FieldChange[];
}

export interface RowRef {
  readonly key: string;
  readonly name: string;
}

export interface ListCheck {
  /** the list's rows still hash to its hash: it was not altered after freezing */
  readonly intact: boolean;
  /** the register gives the same rows now: same hash */
  readonly matches: boolean;
  /** rows whose fields differ (the position `seq` left out) */
  readonly changed: readonly RowChange[];
  /** rows of the list the register no longer gives (deleted, returned, re-screened under another pack) */
  readonly removed: readonly RowRef[];
  /** rows the register gives now that the list does not have */
  readonly added: readonly RowRef[];
  readonly message: Text;
}

const nameOf = (r: ListRow): string => String(r.name ?? '');

/**
 * Checks a list printed or exported earlier against the register: whether the list is intact (its
 * rows still give its hash), whether the register still gives the same rows, and if not which rows
 * changed (field by field), which are gone and which are new. This is a pure function.
 */
export function verifyList(list: FrozenList, cases: readonly RegisterCase[]): ListCheck {
  const intact = hashRows(list.rows) === list.hash;
  const now = listRows(list.kind, cases, list.meta);
  const matches = hashRows(now) === list.hash;
  const before = new Map(list.rows.map((r) => [r.key, r]));
  const after = new Map(now.map((r) => [r.key, r]));
  const changed: RowChange[] = [];
  const removed: RowRef[] = [];
  for (const [key, was] of before) {
    const is = after.get(key);
    if (!is) {
      removed.push({ key, name: nameOf(was) });
      continue;
    }
    const fields = [...new Set([...Object.keys(was), ...Object.keys(is)])]
      .filter((f) => f !== 'seq' && was[f] !== is[f])
      .map((f) => ({ field: f, was: was[f] ?? '', now: is[f] ?? '' }));
    if (fields.length > 0) changed.push({ key, name: nameOf(is), fields });
  }
  const added = now.filter((r) => !before.has(r.key)).map((r) => ({ key: r.key, name: nameOf(r) }));
  return {
    intact,
    matches,
    changed,
    removed,
    added,
    message: checkMessage(intact, matches, changed, removed, added),
  };
}

function checkMessage(
  intact: boolean,
  matches: boolean,
  changed: readonly RowChange[],
  removed: readonly RowRef[],
  added: readonly RowRef[],
): Text {
  if (!intact)
    return {
      zh: '名单内容与其校验值不符：名单在生成后被改动过',
      en: 'the list does not match its own hash: it was altered after it was made',
    };
  if (matches) return { zh: '名单与台账一致', en: 'the list matches the register' };
  const zh: string[] = [];
  const en: string[] = [];
  if (changed.length) {
    zh.push(`${changed.length}行有变动（${changed.map((c) => c.name).join('、')}）`);
    en.push(`${changed.length} row(s) changed (${changed.map((c) => c.name).join(', ')})`);
  }
  if (removed.length) {
    zh.push(`${removed.length}行已不在台账中（${removed.map((c) => c.name).join('、')}）`);
    en.push(`${removed.length} row(s) no longer in the register (${removed.map((c) => c.name).join(', ')})`);
  }
  if (added.length) {
    zh.push(`台账新增${added.length}行（${added.map((c) => c.name).join('、')}）`);
    en.push(`${added.length} new row(s) in the register (${added.map((c) => c.name).join(', ')})`);
  }
  if (!zh.length) {
    zh.push('行的顺序有变动');
    en.push('the order of the rows changed');
  }
  return {
    zh: `名单与台账不一致：${zh.join('；')}`,
    en: `the list no longer matches the register: ${en.join('; ')}`,
  };
}
