import { type InputField, type PolicyPack, type SubjectKind, unitText } from '@huinong/benefits';
import type { Bilingual } from '../i18n/i18n.tsx';

/**
 * The wizard's questions: the activities and facts the policy pack declares (`inputs`), with
 * their labels, questions, help and units; and the engine's own shapes (members, loans, an
 * operator's linking sections, a reviewed amount), the same for every pack. Which of them are
 * asked is decided from the pack (see relevance.ts): only a question that can change the result
 * for this applicant is shown.
 */

/**
 * How a field is entered: a number with a unit, a percentage stored as a 0–1 rate, yes/no, text,
 * a choice from a list, a date, or a place of work (province › city › county).
 */
export type FieldKind = 'number' | 'count' | 'percent' | 'yesno' | 'text' | 'select' | 'date' | 'place';

export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  readonly label: Bilingual;
  /** the unit shown beside the input (亩, ㎡, 头, 只, 箱, 袋, 元, %…) */
  readonly unit?: Bilingual;
  readonly hint?: Bilingual;
  /** the choices of a `select` */
  readonly options?: readonly { readonly value: string; readonly label: Bilingual }[];
  /** may be left empty without the line needing it */
  readonly optional?: boolean;
}

export interface ItemSpec {
  /**
   * the activity / project type, or the operator section (labor, orders, land); for one instance
   * of a repeatable activity, that instance's key (see `instanceOf`): its answers are kept under it
   */
  readonly type: string;
  readonly label: Bilingual;
  readonly hint?: Bilingual;
  readonly fields: readonly FieldSpec[];
  /** the pack lets a subject declare this activity more than once (two batches of cattle) */
  readonly repeatable?: boolean;
  /** the activity / project type of an instance whose `type` is its own key (`TYPE~1`) */
  readonly instanceOf?: string;
}

const u = {
  yuan: { zh: '元', en: 'yuan' },
  percent: { zh: '%', en: '%' },
  person: { zh: '人', en: 'people' },
  household: { zh: '户', en: 'households' },
  month: { zh: '个月', en: 'months' },
  times: { zh: '次', en: 'times' },
} as const satisfies Record<string, Bilingual>;

const KIND_OF: Record<InputField['type'], FieldKind> = {
  quantity: 'number',
  money: 'number',
  count: 'count',
  rate: 'percent',
  yesno: 'yesno',
  text: 'text',
  date: 'date',
  choice: 'select',
};

/**
 * One field the pack declares, as the wizard asks it: its question (or label), its help, and its
 * unit — money in 元, a rate entered as a percentage, a choice as a list. This is a pure function.
 */
export function fieldSpec(f: InputField): FieldSpec {
  const kind = KIND_OF[f.type];
  const unit =
    f.type === 'rate'
      ? u.percent
      : f.type === 'money'
        ? unitText(f.unit ?? 'yuan')
        : (kind === 'number' || kind === 'count') && f.unit
          ? unitText(f.unit)
          : undefined;
  return {
    name: f.key,
    kind,
    label: f.question ?? f.label,
    ...(unit ? { unit } : {}),
    ...(f.help ? { hint: f.help } : {}),
    ...(f.choices ? { options: f.choices.map((c) => ({ value: c.value, label: c.label })) } : {}),
  };
}

const catalogues = new WeakMap<PolicyPack, Record<SubjectKind, readonly ItemSpec[]>>();

/**
 * What the pack lets each kind of applicant declare (its `inputs.activities`), in the pack's
 * order: the crops, animals and facilities are the pack's words, never the app's.
 */
export function activityItems(pack: PolicyPack, kind: SubjectKind): readonly ItemSpec[] {
  let c = catalogues.get(pack);
  if (!c) {
    const of = (k: SubjectKind) =>
      pack.inputs.activities
        .filter((a) => a.subjects.includes(k))
        .map((a) => ({
          type: a.type,
          label: a.question ?? a.label,
          ...(a.help ? { hint: a.help } : {}),
          ...(a.repeatable ? { repeatable: true } : {}),
          fields: a.fields.map(fieldSpec),
        }));
    c = { household: of('household'), collective: of('collective'), operator: of('operator') };
    catalogues.set(pack, c);
  }
  return c[kind];
}

/** The household's own name for an activity the plan does not list. */
export const OTHER_ACTIVITY: ItemSpec = {
  type: 'other',
  label: { zh: '其他（自填）', en: 'Other (describe)' },
  fields: [{ name: 'name', kind: 'text', label: { zh: '活动名称', en: 'Activity' } }],
};

/** 五(一)4(5): how a new-type operator links farmers (联农带农). */
export const LINKS: readonly ItemSpec[] = [
  {
    type: 'labor',
    label: { zh: '劳务用工', en: 'Employing poverty-alleviated workers' },
    fields: [
      {
        name: 'poorWorkers',
        kind: 'count',
        label: { zh: '当年吸纳脱贫人口务工', en: 'Poverty-alleviated workers employed' },
        unit: u.person,
      },
      {
        name: 'wages',
        kind: 'number',
        label: {
          zh: '年度支付脱贫户、监测对象工资总额',
          en: 'Wages paid to poverty-alleviated and monitored workers',
        },
        unit: u.yuan,
      },
    ],
  },
  {
    type: 'orders',
    label: { zh: '订单收购', en: 'Order contracts' },
    fields: [
      {
        name: 'contractAboveMarket',
        kind: 'yesno',
        label: { zh: '采取订单协议，高于市场价收购', en: 'Order contracts, bought above market price' },
      },
      {
        name: 'households',
        kind: 'count',
        label: { zh: '带动脱贫户、监测对象', en: 'Households linked' },
        unit: u.household,
      },
      {
        name: 'purchases',
        kind: 'number',
        label: { zh: '年收购农副产品总额', en: 'Purchases this year' },
        unit: u.yuan,
      },
    ],
  },
  {
    type: 'land',
    label: { zh: '土地流转', en: 'Land leases' },
    fields: [
      {
        name: 'households',
        kind: 'count',
        label: { zh: '流转脱贫户、监测对象土地', en: 'Households leasing land' },
        unit: u.household,
      },
      {
        name: 'ledgerAndContracts',
        kind: 'yesno',
        label: { zh: '建立健全土地流转台账和协议', en: 'Lease ledger and contracts in place' },
      },
      {
        name: 'leaseFees',
        kind: 'number',
        label: { zh: '当年流转土地费用', en: 'Lease fees paid this year' },
        unit: u.yuan,
      },
    ],
  },
];

/** 五(一)3: the collective's support, set by the county's review. */
export const REVIEWED_SUPPORT: ItemSpec = {
  type: 'reviewedSupport',
  label: { zh: '村集体经济合作社产业扶持（县级评审）', en: 'Collective support (county review)' },
  fields: [
    {
      name: 'amount',
      kind: 'number',
      label: { zh: '评审确定的扶持额度', en: 'Amount set by the review' },
      unit: u.yuan,
      hint: { zh: '未评审可留空', en: 'Leave empty until reviewed' },
    },
    { name: 'reference', kind: 'text', label: { zh: '评审文号', en: 'Review reference' } },
  ],
};

export function findItem(list: readonly ItemSpec[], type: string): ItemSpec | undefined {
  return list.find((i) => i.type === type);
}

const purpose: FieldSpec = {
  name: 'purpose',
  kind: 'select',
  label: { zh: '用途', en: 'Use' },
  options: [
    { value: 'production', label: { zh: '发展生产', en: 'Production' } },
    { value: 'other', label: { zh: '其他用途', en: 'Other use' } },
  ],
};

/** How months of work are counted (the engine's `fullMonths`), said where the dates are asked. */
export const WORK_MONTHS_RULE: Bilingual = {
  zh: '务工月数按整月计，首尾两天都算：2023-03-01 至 2023-08-31 为 6 个月；不满一个月的不计。',
  en: 'Months of work are whole months, both days counted: 2023-03-01 to 2023-08-31 is 6 months; a month begun but not finished does not count.',
};

/**
 * 五(一)1–2 and 五(三): what a member of the household has — a student in vocational school, work
 * outside the county, a public-welfare post, a microcredit loan, a mutual-fund borrowing. The
 * section names are the member fields of the schema.
 */
export const MEMBER_SECTIONS: readonly ItemSpec[] = [
  {
    type: 'student',
    label: { zh: '在校学生（雨露计划）', en: 'Student (雨露计划)' },
    fields: [
      {
        name: 'schoolType',
        kind: 'select',
        label: { zh: '就读学校类型', en: 'Type of school' },
        options: [
          { value: 'technical', label: { zh: '技工类院校', en: 'Technical school' } },
          { value: 'secondary-vocational', label: { zh: '中等职业学校', en: 'Secondary vocational school' } },
          { value: 'higher-vocational', label: { zh: '高等职业学校', en: 'Higher vocational college' } },
          { value: 'general', label: { zh: '普通高中', en: 'General high school' } },
          { value: 'university', label: { zh: '普通本科', en: 'University' } },
          { value: 'other', label: { zh: '其他', en: 'Other' } },
        ],
      },
      { name: 'enrolled', kind: 'yesno', label: { zh: '目前在校就读', en: 'Enrolled now' } },
    ],
  },
  {
    type: 'workTrips',
    label: { zh: '跨县务工（交通补助）', en: 'Work outside the county (travel grant)' },
    fields: [
      { name: 'place', kind: 'place', label: { zh: '务工地点', en: 'Place of work' } },
      { name: 'from', kind: 'date', label: { zh: '外出务工开始日期', en: 'Started work on' } },
      {
        name: 'to',
        kind: 'date',
        label: { zh: '结束日期（仍在务工可不填）', en: 'Ended on (empty if still working)' },
        optional: true,
        hint: WORK_MONTHS_RULE,
      },
      {
        name: 'travelGrantsReceived',
        kind: 'count',
        label: { zh: '本年已领交通补助', en: 'Travel grants already received this year' },
        unit: u.times,
        optional: true,
      },
    ],
  },
  {
    type: 'publicPost',
    label: { zh: '公益性岗位', en: 'Public-welfare post' },
    fields: [
      {
        name: 'months',
        kind: 'count',
        label: { zh: '本年上岗月数', en: 'Months in post this year' },
        unit: u.month,
      },
    ],
  },
  {
    type: 'loans',
    label: { zh: '脱贫人口小额信贷', en: 'Microcredit loan' },
    fields: [
      { name: 'principal', kind: 'number', label: { zh: '贷款本金', en: 'Principal' }, unit: u.yuan },
      { name: 'disbursedOn', kind: 'date', label: { zh: '放款日期', en: 'Disbursed on' } },
      { name: 'termMonths', kind: 'count', label: { zh: '贷款期限', en: 'Term' }, unit: u.month },
      purpose,
      {
        name: 'repaidOn',
        kind: 'date',
        label: { zh: '全部还清日期（未还清可不填）', en: 'Repaid in full on (empty if not)' },
        optional: true,
      },
    ],
  },
  {
    type: 'mutualFundLoans',
    label: { zh: '互助资金协会借款', en: 'Mutual-fund borrowing' },
    fields: [
      {
        name: 'isMember',
        kind: 'yesno',
        label: { zh: '是互助资金协会会员', en: 'Member of the mutual-fund association' },
      },
      purpose,
      {
        name: 'feePaid',
        kind: 'number',
        label: { zh: '已缴占用费', en: 'Occupancy fee paid' },
        unit: u.yuan,
      },
    ],
  },
];

/** The member's name: not a condition of any standard, but the worksheet lists each person. */
export const MEMBER_NAME: FieldSpec = { name: 'name', kind: 'text', label: { zh: '姓名', en: 'Name' } };

/** "零就业" household: decides 公益性岗位 for 边缘易致贫户 (五(三)3). */
export const ZERO_EMPLOYMENT: FieldSpec = {
  name: 'zeroEmployment',
  kind: 'yesno',
  label: { zh: '“零就业”家庭（家中无人就业）', en: '"Zero-employment" household (no one in work)' },
};
