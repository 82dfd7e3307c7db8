/**
 * Screening an assembled roster into a sink: the engine's roster screener (once per person across
 * the roster), one 明细 row per declared item, the publicity list with masked numbers, and the
 * totals — all money summed with decimals from the rounded lines.
 */
import {
  type Adjustment,
  bestTrip,
  type CompiledPack,
  createRosterScreener,
  Dec,
  type LprFixing,
  type MaskOptions,
  maskMiddle,
  reasonText,
  type ScreenLine,
  type Text,
  unitText,
} from '@huinong/benefits';
import type { RefInfo, Roster, RosterIssue, RosterSubject } from './assemble.ts';
import type { PublicityChoice } from './labels.ts';
import type { DetailRow, ResultSink, Summary } from './output.ts';

export interface RunOptions {
  readonly pack: CompiledPack;
  readonly asOf: string;
  readonly mask?: MaskOptions;
  /** what the 公示名单 shows (default: no bank account, names in full) */
  readonly publicity?: PublicityChoice;
  readonly lpr?: readonly LprFixing[];
  /** called every few hundred subjects with (done, total) */
  readonly onProgress?: (done: number, total: number) => void;
  /** the first this many 明细 rows also carry their item and reason in English (default none) */
  readonly englishRows?: number;
}

/** The status of a 明细 row that is a limit's deduction. */
export const ADJUSTED = '扣减';

const STATUS: Record<ScreenLine['status'], string> = {
  eligible: '符合',
  ineligible: '不符合',
  'needs-information': '需补充信息',
};

/**
 * A 明细 row that is not a standard's line (no standard, nothing declared). Built property by
 * property, at module level: an object spread, or a closure made per subject, costs more than
 * the screen.
 */
function noteRow(
  rs: RosterSubject,
  ref: RefInfo | undefined,
  standardId: string,
  title: string,
  clause: string,
  amount: string,
  status: string,
  reason: Text,
  source: string,
  english: boolean,
): DetailRow {
  return {
    township: rs.township,
    village: rs.village,
    subjectId: rs.subject.id,
    name: rs.name,
    kind: rs.kindLabel,
    item: ref?.label ?? '',
    standardId,
    title,
    clause,
    quantity: null,
    unit: '',
    unitAmount: null,
    rate: null,
    amount,
    status,
    reason: reason.zh,
    source,
    itemEn: english ? (ref?.labelEn ?? ref?.label ?? '') : undefined,
    itemPerson: english ? ref?.person : undefined,
    unitEn: undefined,
    reasonEn: english ? reason.en : undefined,
  };
}

const NOTHING_DECLARED: Text = {
  zh: '名册中没有该户/主体可申报的产业、成员务工、就学或岗位信息',
  en: 'the roster gives this household or subject nothing to claim for: no activity, and no member working away, studying or on a post',
};

function at(sheet: string, row: number | null): string {
  return row === null ? sheet : `${sheet}!${row}`;
}

/** The row of the trip that earned a member's travel grant (五(三)2), when the roster knows it. */
function tripRef(pack: CompiledPack, rs: RosterSubject, line: ScreenLine, asOf: string): RefInfo | undefined {
  if (line.ref?.kind !== 'member' || rs.subject.kind !== 'household') return undefined;
  if (pack.byId.get(line.standardId)?.standard.award.kind !== 'tiered-travel') return undefined;
  const memberId = line.ref.id;
  const member = rs.subject.members?.find((m) => m.id === memberId);
  // one trip: it is on the member's own row
  if (!member?.workTrips || member.workTrips.length < 2) return undefined;
  const best = bestTrip(member, asOf.slice(0, 4), pack.pack.home);
  return best.trip?.id ? rs.refs.get(best.trip.id) : undefined;
}

/**
 * Digits that look like a 身份证号, a bank account or a phone number (8 digits or more, spaces and
 * hyphens allowed between them, a final X): text that should never reach a 公示名单 unmasked.
 */
const NUMBER_LIKE = /\d(?:[\d \t-]*\d)?[Xx]?/g;

/** `text` with every number-like run masked; `found` says whether there was one. */
export function maskNumbers(text: string, mask: MaskOptions): { text: string; found: boolean } {
  let found = false;
  const out = text.replace(NUMBER_LIKE, (m) => {
    if (m.replace(/\D/g, '').length < 8) return m;
    found = true;
    return maskMiddle(m.replace(/[\s-]/g, ''), mask);
  });
  return { text: out, found };
}

/** A person's name for a list that masks names: 张* , 王*国, 欧阳**明. */
export function maskName(name: string): string {
  const c = Array.from(name.trim());
  if (c.length <= 1) return name.trim();
  if (c.length === 2) return `${c[0]}*`;
  return `${c[0]}${'*'.repeat(c.length - 2)}${c[c.length - 1]}`;
}

export interface RunResult {
  readonly summary: Summary;
  readonly rejected: boolean;
}

/**
 * Screens every subject in roster order and writes the results. Issues found while reading and
 * assembling are written first; the once-per-person adjustments join them as they happen.
 */
export async function runRoster(
  roster: Roster,
  sink: ResultSink,
  options: RunOptions,
  notes: readonly RosterIssue[] = [],
): Promise<RunResult> {
  const { pack, asOf } = options;
  const mask = options.mask ?? {};
  const publicity: PublicityChoice = options.publicity ?? {};
  let issueCount = 0;
  const rejectedRows = new Set<string>();
  // rows an issue stands for beyond its own (a hidden sheet's rows past those listed)
  let unlistedRejected = 0;
  const addIssue = (i: RosterIssue) => {
    issueCount++;
    if (i.rejected) {
      rejectedRows.add(`${i.sheet}\u0000${i.row ?? ''}`);
      if (i.rows !== undefined && i.rows > 1) unlistedRejected += i.rows - 1;
    }
    sink.issue(i);
  };
  for (const i of notes) addIssue(i);
  for (const i of roster.issues) addIssue(i);

  const screener = createRosterScreener({ pack, asOf, ...(options.lpr ? { lpr: options.lpr } : {}) });
  const byStandard = new Map<
    string,
    { title: string; clause: string; lines: number; amount: Dec; order: number }
  >();
  const byVillage = new Map<
    string,
    { township: string; village: string; subjects: number; lines: number; amount: Dec }
  >();
  let total = new Dec(0);
  let lines = 0;
  let adjusted = 0;
  // the limits' rows of 汇总 come after the standards', in the order of the pack
  const limitIds = pack.limits.map((l) => l.id);
  const limitOrder = (id: string) => pack.standards.length + limitIds.indexOf(id);
  const n = roster.count;
  let k = 0;
  let screened = 0;
  const englishRows = options.englishRows ?? 0;
  let detailRows = 0;

  // the work of one subject is a plain function: V8 optimises it, where the body of a long loop
  // in an async function (suspended at every await) would stay in the interpreter
  const handle = (rs: RosterSubject): void => {
    const { result, adjustments: once } = screener.screen(rs.subject);
    const villageKey = `${rs.township}\u0000${rs.village}`;
    let v = byVillage.get(villageKey);
    if (!v) {
      v = { township: rs.township, village: rs.village, subjects: 0, lines: 0, amount: new Dec(0) };
      byVillage.set(villageKey, v);
    }
    v.subjects++;
    for (const a of once) {
      const ref = rs.refs.get(a.memberId);
      const title = pack.byId.get(a.standardId)?.standard.title;
      addIssue({
        kind: 'once-per-year',
        rejected: false,
        sheet: ref?.sheet ?? rs.source.sheet,
        row: ref?.row ?? rs.source.row,
        column: null,
        header: null,
        key: null,
        subjectId: rs.subject.id,
        message: {
          zh: `${title?.zh ?? a.standardId}：${ref?.label ?? ''}${a.message.zh}`,
          en: `${title?.en ?? a.standardId}: ${a.message.en}`,
        },
      });
    }
    let written = 0;
    const perStandard = new Map<string, { title: string; amount: Dec }>();
    for (const line of result.lines) {
      // lines for what the subject did not declare say only "not declared": left out of 明细
      if (line.reason?.condition === 'declared') continue;
      const ref = line.ref && line.ref.kind !== 'subject' ? rs.refs.get(line.ref.id) : undefined;
      const eligible = line.status === 'eligible';
      // a travel grant comes from the member's best trip of the year: its row, when another row
      const from = (eligible && tripRef(pack, rs, line, asOf)) || ref;
      const english = detailRows++ < englishRows;
      sink.detail({
        township: rs.township,
        village: rs.village,
        subjectId: rs.subject.id,
        name: rs.name,
        kind: rs.kindLabel,
        item: ref?.label ?? '',
        standardId: line.standardId,
        title: line.title.zh,
        clause: line.clause,
        quantity: eligible ? line.basis.quantity : null,
        unit: eligible ? unitText(line.basis.unit).zh : '',
        unitAmount: eligible ? line.basis.unitAmount : null,
        rate: eligible ? line.basis.rate : null,
        amount: line.amount,
        status: STATUS[line.status],
        reason: reasonText(line, 'zh'),
        source: from ? at(from.sheet, from.row) : at(rs.source.sheet, rs.source.row),
        itemEn: english ? (ref?.labelEn ?? ref?.label ?? '') : undefined,
        itemPerson: english ? ref?.person : undefined,
        unitEn: english && eligible ? unitText(line.basis.unit).en : undefined,
        reasonEn: english ? reasonText(line, 'en') : undefined,
      });
      written++;
      if (line.status !== 'eligible') continue;
      lines++;
      v.lines++;
      const amount = new Dec(line.amount);
      total = total.plus(amount);
      v.amount = v.amount.plus(amount);
      let s = byStandard.get(line.standardId);
      if (!s) {
        s = {
          title: line.title.zh,
          clause: line.clause,
          lines: 0,
          amount: new Dec(0),
          order: pack.byId.get(line.standardId)?.order ?? 0,
        };
        byStandard.set(line.standardId, s);
      }
      s.lines++;
      s.amount = s.amount.plus(amount);
      const p = perStandard.get(line.standardId);
      if (p) p.amount = p.amount.plus(amount);
      else perStandard.set(line.standardId, { title: line.title.zh, amount });
    }
    // the household stage: each exclusion or cap is its own row, with its clause and a negative
    // amount, so that every total is the sum of its rows
    for (const a of result.adjustments) {
      sink.detail(
        noteRow(
          rs,
          undefined,
          a.limitId,
          a.label.zh,
          a.clause,
          a.amount,
          ADJUSTED,
          a.message,
          at(rs.source.sheet, rs.source.row),
          detailRows++ < englishRows,
        ),
      );
      written++;
      const amount = new Dec(a.amount);
      total = total.plus(amount);
      v.amount = v.amount.plus(amount);
      adjusted++;
      let s = byStandard.get(a.key);
      if (!s) {
        s = {
          title: a.label.zh,
          clause: a.clause,
          lines: 0,
          amount: new Dec(0),
          order: limitOrder(a.limitId),
        };
        byStandard.set(a.key, s);
      }
      s.lines++;
      s.amount = s.amount.plus(amount);
    }
    for (const note of result.notes) {
      if (note.code !== 'no-standard' && note.code !== 'category-excluded') continue;
      const ref = note.ref && note.ref.kind !== 'subject' ? rs.refs.get(note.ref.id) : undefined;
      sink.detail(
        noteRow(
          rs,
          ref,
          '',
          '',
          '',
          '0.00',
          '无对应标准',
          note.message,
          ref ? at(ref.sheet, ref.row) : at(rs.source.sheet, rs.source.row),
          detailRows++ < englishRows,
        ),
      );
      written++;
    }
    if (written === 0)
      sink.detail(
        noteRow(
          rs,
          undefined,
          '',
          '',
          '',
          '0.00',
          '无申报项目',
          NOTHING_DECLARED,
          at(rs.source.sheet, rs.source.row),
          detailRows++ < englishRows,
        ),
      );
    publish(rs, perStandard, result.adjustments);
  };

  /**
   * 公示名单: a row per standard awarded, then a row per limit's deduction, so that a subject's
   * rows add up to its total; a subject left with nothing is not listed.
   */
  const publish = (
    rs: RosterSubject,
    perStandard: ReadonlyMap<string, { title: string; amount: Dec }>,
    adjustments: readonly Adjustment[],
  ) => {
    const rows: [string, string, string][] = [];
    let net = new Dec(0);
    for (const [standardId, p] of perStandard) {
      if (p.amount.lte(0)) continue;
      rows.push([standardId, p.title, p.amount.toFixed(2)]);
      net = net.plus(p.amount);
    }
    for (const a of adjustments) {
      rows.push([a.limitId, a.label.zh, a.amount]);
      net = net.plus(a.amount);
    }
    if (net.lte(0)) return;
    const idNumber = rs.idNumber ? maskMiddle(rs.idNumber, mask) : '';
    const bankAccount =
      rs.bankAccount && publicity.account === 'masked' ? maskMiddle(rs.bankAccount, mask) : '';
    // a 身份证号 or an account typed into another column is masked there too, and reported
    const township = maskNumbers(rs.township, mask);
    const village = maskNumbers(rs.village, mask);
    const named = maskNumbers(rs.name, mask);
    const leaked = [
      township.found ? '镇（街道）' : null,
      village.found ? '村' : null,
      named.found ? '户主/名称' : null,
    ].filter((x): x is string => x !== null);
    if (leaked.length)
      addIssue({
        kind: 'privacy',
        rejected: false,
        sheet: rs.source.sheet,
        row: rs.source.row,
        column: null,
        header: leaked.join('、'),
        key: null,
        subjectId: rs.subject.id,
        message: {
          zh: `「${leaked.join('、')}」中有像身份证号、银行账号或电话号码的数字，公示名单中已遮盖；请把号码填在它自己的列`,
          en: `${leaked.join(', ')} holds digits shaped like an ID number, a bank account or a phone number: masked on the 公示名单; put the number in its own column`,
        },
      });
    const name =
      publicity.name === 'masked' && rs.subject.kind === 'household' ? maskName(named.text) : named.text;
    for (const [standardId, title, amount] of rows)
      sink.publicity({
        township: township.text,
        village: village.text,
        name,
        idNumber,
        bankAccount,
        standardId,
        title,
        amount,
      });
  };

  for (const rs of roster.subjects(addIssue)) {
    screened++;
    handle(rs);
    if ((++k & 511) === 0) {
      options.onProgress?.(k, n);
      await sink.drain();
    }
  }
  options.onProgress?.(n, n);

  const summary: Summary = {
    packId: pack.pack.id,
    asOf,
    byStandard: [...byStandard.entries()]
      .sort((a, b) => a[1].order - b[1].order)
      .map(([key, s]) => ({
        standardId: key.startsWith('limit:') ? key.slice(6) : key,
        title: s.title,
        clause: s.clause,
        lines: s.lines,
        amount: s.amount.toFixed(2),
      })),
    byVillage: [...byVillage.values()].map((x) => ({
      township: x.township,
      village: x.village,
      subjects: x.subjects,
      lines: x.lines,
      amount: x.amount.toFixed(2),
    })),
    total: { subjects: screened, lines, adjustments: adjusted, amount: total.toFixed(2) },
    rowsRead: roster.rows,
    rejectedRows: rejectedRows.size + unlistedRejected,
    issues: issueCount,
    mask: { head: mask.head ?? 6, tail: mask.tail ?? 4 },
    publicity: { account: publicity.account ?? 'hidden', name: publicity.name ?? 'full' },
  };
  await sink.finish(summary);
  return { summary, rejected: rejectedRows.size + unlistedRejected > 0 };
}
