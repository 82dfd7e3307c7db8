import { formatYuan, sumMoney, type Text } from '@huinong/benefits';
import type { RegisterCase } from './case.schema.ts';
import { shown } from './disclosure.ts';
import type { LifecycleState } from './lifecycle.schema.ts';
import {
  type Column,
  capitalOf,
  LIST_KIND_LABELS,
  ListOptions,
  type ListOptionsInput,
  type ListRow,
  lineItem,
  paidLines,
  scoped,
} from './list.ts';

/**
 * The "一卡通"发放清册: what the county pays into each 一卡通 account, one row per paid line and
 * one per household-stage adjustment (a negative amount), with the total in figures and 大写 —
 * plain rows and Chinese headers, for the roster's xlsx writer and for print.
 */

export const PAYMENT_COLUMNS: readonly Column[] = [
  { key: 'seq', zh: '序号', en: 'no.', type: 'integer' },
  { key: 'name', zh: '姓名', en: 'name', type: 'text' },
  { key: 'idNumber', zh: '身份证号', en: 'ID number', type: 'text' },
  { key: 'account', zh: '“一卡通”账号', en: 'One-Card account', type: 'text' },
  { key: 'item', zh: '补助项目', en: 'item', type: 'text' },
  { key: 'amount', zh: '金额（元）', en: 'amount (yuan)', type: 'money' },
  { key: 'village', zh: '村', en: 'village', type: 'text' },
];

/** The states whose cases are on a 发放清册: the county 公示 is over (and maybe paid). */
export const PAYABLE_STATES: readonly LifecycleState[] = ['county-publicity.closed', 'paid'];

/** A row of the 发放清册. */
export interface PaymentRow extends ListRow {
  /** `${caseId}#${lineKey}` or `${caseId}#${adjustmentKey}` */
  readonly key: string;
  /** the case the row pays; not printed */
  readonly caseId: string;
  readonly seq: number;
  readonly name: string;
  readonly idNumber: string;
  readonly account: string;
  readonly item: string;
  /** a two-decimal string, negative for an adjustment */
  readonly amount: string;
  readonly village: string;
  readonly kind: 'line' | 'adjustment';
}

/**
 * The rows of the 发放清册: for each case of the place whose county 公示 has closed, its paid lines
 * (eligible, not zero) and then its adjustments; the 身份证号 and account shown as the county's
 * `disclosure` says. In the register's order. This is a pure function.
 */
export function paymentRows(cases: readonly RegisterCase[], options: ListOptionsInput): PaymentRow[] {
  const o = ListOptions.parse(options);
  const rows: PaymentRow[] = [];
  for (const c of scoped(cases, o)) {
    if (!PAYABLE_STATES.includes(c.lifecycle.state)) continue;
    const person = {
      name: c.applicant.name,
      idNumber: shown(c.applicant.idNumber, o.disclosure.idNumber),
      account: shown(c.account, o.disclosure.account),
      village: c.village,
    };
    for (const l of paidLines(c))
      rows.push({
        key: `${c.id}#${l.key}`,
        caseId: c.id,
        seq: rows.length + 1,
        ...person,
        item: lineItem(c, l),
        amount: l.amount,
        kind: 'line',
      });
    for (const a of c.screening.adjustments)
      rows.push({
        key: `${c.id}#${a.key}`,
        caseId: c.id,
        seq: rows.length + 1,
        ...person,
        item: a.label.zh,
        amount: a.amount,
        kind: 'adjustment',
      });
  }
  return rows;
}

export interface PaymentList {
  readonly title: Text;
  readonly columns: readonly Column[];
  readonly rows: readonly PaymentRow[];
  /** households (cases) on the list */
  readonly households: number;
  /** the sum of the rows, a two-decimal string */
  readonly total: string;
  /** "¥12,345.00" */
  readonly totalFigures: string;
  /** 人民币大写: "壹万贰仟叁佰肆拾伍元整" */
  readonly totalCapital: string;
  /** the closing line as printed under the table */
  readonly totalLine: Text;
}

/** The 发放清册 with its totals. This is a pure function. */
export function paymentList(cases: readonly RegisterCase[], options: ListOptionsInput): PaymentList {
  const rows = paymentRows(cases, options);
  const total = sumMoney(rows.map((r) => r.amount));
  const households = new Set(rows.map((r) => r.caseId)).size;
  const figures = formatYuan(total);
  const capital = capitalOf(total);
  return {
    title: LIST_KIND_LABELS.payment,
    columns: PAYMENT_COLUMNS,
    rows,
    households,
    total,
    totalFigures: figures,
    totalCapital: capital,
    totalLine: {
      zh: `合计：${households}户，金额${figures}（人民币大写：${capital}）`,
      en: `Total: ${households} households, ${figures}`,
    },
  };
}
