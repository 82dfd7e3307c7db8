/**
 * The roster workbook's layout: its sheets, their columns (Chinese header with the unit, English
 * key), and the Chinese names accepted for the engine's codes. The engine's shapes (households,
 * members, trips, loans, posts, students, operators' labour, orders and land) have fixed columns
 * here; what a pack declares (its activities, their fields, its facts) becomes columns through
 * `rosterLayout(pack)`. The template, the reader and the error messages all read these tables,
 * so a column is described once.
 */
import {
  type ActivityDef,
  CATEGORY_LABELS,
  type CompiledPack,
  type FactDef,
  type FieldType,
  type InputField,
  MONITORED_TYPE_LABELS,
  type PolicyPack,
  type SubjectKind,
  type Text,
  unitText,
} from '@huinong/benefits';

export type SheetKind = 'households' | 'activities' | 'collectives' | 'operators';

export type ColumnType =
  | 'text'
  | 'id'
  | 'idNumber'
  | 'account'
  | 'number'
  | 'count'
  | 'percent'
  | 'yesno'
  | 'date'
  | 'enum';

/** A choice of an enum column: the engine's code, its Chinese name, and other names accepted. */
export interface Choice {
  readonly code: string;
  readonly zh: string;
  readonly aliases?: readonly string[];
}

export interface ColumnDef {
  /** the English key, shown in the template's second header row */
  readonly key: string;
  /** the Chinese header, without the unit */
  readonly zh: string;
  readonly en: string;
  /** the unit shown in the header: 亩, ㎡, 头, 只, 箱, 袋, 元, %, 次, 月… */
  readonly unit?: string;
  readonly type: ColumnType;
  readonly choices?: readonly Choice[];
  /** other header texts accepted for this column */
  readonly aliases?: readonly string[];
  /** a note shown as the cell's input prompt in the template */
  readonly hint?: string;
  readonly width?: number;
}

export interface SheetDef {
  readonly kind: SheetKind;
  /** the sheet's Chinese name, as in the template */
  readonly name: string;
  readonly en: string;
  readonly columns: readonly ColumnDef[];
  /** columns that must be in the header for a row of headers to be recognised */
  readonly required: readonly string[];
  /** the column holding the row's 户编号 / 主体编号 */
  readonly idKey: string;
}

/** The header text of a column: "面积（亩）". */
export function headerText(c: ColumnDef): string {
  return c.unit ? `${c.zh}（${c.unit}）` : c.zh;
}

const YES_NO: readonly Choice[] = [
  { code: 'yes', zh: '是', aliases: ['有', 'y', 'yes', 'true', '1', '√', '✓', '对'] },
  { code: 'no', zh: '否', aliases: ['无', '没有', 'n', 'no', 'false', '0', '×', '✗', '错'] },
];

export { YES_NO };

/**
 * 户主 and 成员 rows are people (a 身份证号 twice in one household is a duplicate). 务工 and 贷款
 * rows are not: each adds one more work trip, or one more loan, to the person of the household
 * with the same 身份证号 — the first trip and the first loan sit on the person's own row.
 */
export const ROW_TYPES: readonly Choice[] = [
  { code: 'head', zh: '户主', aliases: ['户', '家庭', 'head', 'household'] },
  { code: 'member', zh: '成员', aliases: ['家庭成员', 'member'] },
  { code: 'trip', zh: '务工', aliases: ['外出务工', '务工行', 'trip', 'work'] },
  { code: 'loan', zh: '贷款', aliases: ['借款', '贷款行', '小额信贷', '互助资金', 'loan'] },
];

/** 五(一)1 and 五(一)2: what a loan was used for. */
export const LOAN_PURPOSES: readonly Choice[] = [
  { code: 'production', zh: '发展生产', aliases: ['生产', '发展产业', '产业', '生产经营'] },
  { code: 'other', zh: '其他用途', aliases: ['其他', '其它', '非生产', '生活'] },
];

const label = (labels: Record<string, Text>, code: string): string => labels[code]?.zh ?? code;

export const CATEGORIES: readonly Choice[] = [
  {
    code: 'poverty-alleviated',
    zh: label(CATEGORY_LABELS, 'poverty-alleviated'),
    aliases: ['建档立卡脱贫户', '脱贫'],
  },
  {
    code: 'monitored',
    zh: label(CATEGORY_LABELS, 'monitored'),
    aliases: ['监测户', '防返贫监测对象', '监测'],
  },
  { code: 'ordinary', zh: label(CATEGORY_LABELS, 'ordinary'), aliases: ['一般户', '普通农户'] },
];

export const MONITORED_TYPES: readonly Choice[] = [
  { code: 'unstable', zh: label(MONITORED_TYPE_LABELS, 'unstable'), aliases: ['不稳定户'] },
  { code: 'marginal', zh: label(MONITORED_TYPE_LABELS, 'marginal'), aliases: ['边缘户', '边缘易致贫'] },
  {
    code: 'sudden-hardship',
    zh: label(MONITORED_TYPE_LABELS, 'sudden-hardship'),
    aliases: ['突发困难户', '突发严重困难'],
  },
];

export const SCHOOL_TYPES: readonly Choice[] = [
  { code: 'technical', zh: '技工类院校', aliases: ['技工院校', '技工学校', '技校'] },
  { code: 'secondary-vocational', zh: '中等职业学校', aliases: ['中职', '中专', '职高'] },
  { code: 'higher-vocational', zh: '高等职业学校', aliases: ['高职', '高职院校', '大专'] },
  { code: 'general', zh: '普通高中', aliases: ['高中'] },
  { code: 'university', zh: '普通本科', aliases: ['本科', '大学'] },
  { code: 'other', zh: '其他', aliases: ['其它'] },
];

export const OPERATOR_TYPES: readonly Choice[] = [
  { code: 'cooperative', zh: '农民专业合作社', aliases: ['合作社', '专业合作社'] },
  { code: 'family-farm', zh: '家庭农场', aliases: ['农场'] },
  { code: 'enterprise', zh: '农业企业', aliases: ['企业', '龙头企业', '公司'] },
];

const township: ColumnDef = { key: 'township', zh: '镇（街道）', en: 'township', type: 'text', width: 12 };
const village: ColumnDef = { key: 'village', zh: '村', en: 'village', type: 'text', width: 12 };
const account: ColumnDef = {
  key: 'bankAccount',
  zh: '一卡通账号',
  en: 'bank account (一卡通)',
  type: 'account',
  hint: '请以文本格式录入（整列已设为文本），公示名单只显示前6位和后4位',
  width: 22,
};

/** 五(一)1 小额信贷: one loan of the person (more loans: one 贷款 row each). */
const LOAN_COLUMNS: readonly ColumnDef[] = [
  {
    key: 'loanAmount',
    zh: '小额信贷金额',
    en: 'microcredit loan amount',
    unit: '元',
    type: 'number',
    aliases: ['贷款金额', '贷款本金'],
    hint: '五(一)1 脱贫人口小额信贷：借款人本人一行；可填 50000 或 5万。同一人第二笔贷款另起一行，行类型选“贷款”',
    width: 12,
  },
  {
    key: 'loanDate',
    zh: '放款日期',
    en: 'disbursed on',
    type: 'date',
    aliases: ['贷款日期', '发放日期'],
    hint: '如 2023-03-15',
    width: 12,
  },
  {
    key: 'loanTerm',
    zh: '贷款期限',
    en: 'loan term',
    unit: '月',
    type: 'count',
    hint: '按月填，如 36；也可写“3年”',
    width: 9,
  },
  {
    key: 'loanPurpose',
    zh: '贷款用途',
    en: 'loan purpose',
    type: 'enum',
    choices: LOAN_PURPOSES,
    width: 10,
  },
  {
    key: 'loanRepaidOn',
    zh: '还款日期',
    en: 'repaid on',
    type: 'date',
    hint: '已还款才填；只填日期表示当天全部还清，部分还款再填还款金额',
    width: 12,
  },
  { key: 'loanRepaid', zh: '还款金额', en: 'amount repaid', unit: '元', type: 'number', width: 10 },
  {
    key: 'loanOverdueFrom',
    zh: '逾期开始日期',
    en: 'overdue from',
    type: 'date',
    hint: '逾期期间不贴息；逾期已结清再填结束日期',
    width: 12,
  },
  { key: 'loanOverdueTo', zh: '逾期结束日期', en: 'overdue until', type: 'date', width: 12 },
  {
    key: 'fundMember',
    zh: '互助资金协会会员',
    en: 'mutual-fund association member',
    type: 'yesno',
    hint: '五(一)2 互助资金协会借款占用费：在借款人本人一行填写；第二笔借款另起一行，行类型选“贷款”',
    width: 12,
  },
  {
    key: 'fundPurpose',
    zh: '互助资金借款用途',
    en: 'mutual-fund loan purpose',
    type: 'enum',
    choices: LOAN_PURPOSES,
    width: 12,
  },
  { key: 'fundFee', zh: '已缴占用费', en: 'occupancy fee paid', unit: '元', type: 'number', width: 10 },
  { key: 'fundPaidOn', zh: '占用费缴纳日期', en: 'fee paid on', type: 'date', width: 12 },
];

/** The columns of a 小额信贷 loan and of a 互助资金 borrowing, by key. */
export const LOAN_KEYS: readonly string[] = LOAN_COLUMNS.slice(0, 8).map((c) => c.key);
export const FUND_KEYS: readonly string[] = LOAN_COLUMNS.slice(8).map((c) => c.key);

export const HOUSEHOLDS: SheetDef = {
  kind: 'households',
  name: '农户及成员',
  en: 'households',
  idKey: 'householdId',
  required: ['householdId', 'name'],
  columns: [
    {
      key: 'rowType',
      zh: '行类型',
      en: 'row type',
      type: 'enum',
      choices: ROW_TYPES,
      hint: '户主行写户的信息和户主本人；成员行每人一行。同一人第二次外出务工另起一行“务工”，第二笔贷款另起一行“贷款”：填同一户编号和身份证号，只填务工或贷款的列',
      width: 8,
    },
    township,
    village,
    {
      key: 'householdId',
      zh: '户编号',
      en: 'household id',
      type: 'id',
      aliases: ['户号'],
      hint: '同一户的户主行和成员行填同一户编号',
      width: 12,
    },
    { key: 'name', zh: '姓名', en: 'name', type: 'text', aliases: ['户主姓名', '成员姓名'], width: 10 },
    {
      key: 'idNumber',
      zh: '身份证号',
      en: 'ID number',
      type: 'idNumber',
      hint: '18位，请以文本格式录入',
      width: 21,
    },
    {
      key: 'category',
      zh: '农户类别',
      en: 'household category',
      type: 'enum',
      choices: CATEGORIES,
      hint: '只填在户主行',
      width: 10,
    },
    {
      key: 'monitoredType',
      zh: '监测对象类型',
      en: 'monitored type',
      type: 'enum',
      choices: MONITORED_TYPES,
      width: 14,
    },
    { key: 'zeroEmployment', zh: '零就业户', en: 'zero-employment household', type: 'yesno', width: 9 },
    account,
    { key: 'laborer', zh: '劳动力', en: 'able to work', type: 'yesno', width: 8 },
    {
      key: 'schoolType',
      zh: '在读学校类型',
      en: 'school type',
      type: 'enum',
      choices: SCHOOL_TYPES,
      width: 14,
    },
    { key: 'school', zh: '学校名称', en: 'school', type: 'text', width: 16 },
    { key: 'enrolled', zh: '在校就读', en: 'enrolled', type: 'yesno', width: 9 },
    {
      key: 'workFrom',
      zh: '外出务工开始日期',
      en: 'work from',
      type: 'date',
      hint: '如 2023-03-01',
      width: 14,
    },
    { key: 'workTo', zh: '外出务工结束日期', en: 'work to', type: 'date', width: 14 },
    { key: 'workProvince', zh: '务工省份', en: 'work province', type: 'text', width: 10 },
    { key: 'workCity', zh: '务工城市', en: 'work city', type: 'text', width: 10 },
    { key: 'workCounty', zh: '务工县（区）', en: 'work county', type: 'text', width: 10 },
    { key: 'workCode', zh: '务工地区划代码', en: 'work place division code', type: 'text', width: 12 },
    {
      key: 'travelGrantsReceived',
      zh: '本年已享受交通补助',
      en: 'travel grants already received',
      unit: '次',
      type: 'count',
      width: 12,
    },
    { key: 'post', zh: '公益性岗位', en: 'public-welfare post', type: 'text', width: 12 },
    { key: 'postMonths', zh: '上岗月数', en: 'months in post', unit: '月', type: 'count', width: 9 },
    ...LOAN_COLUMNS,
  ],
};

export const COLLECTIVES: SheetDef = {
  kind: 'collectives',
  name: '村集体',
  en: 'collectives',
  idKey: 'subjectId',
  required: ['subjectId', 'name'],
  columns: [
    township,
    village,
    { key: 'subjectId', zh: '主体编号', en: 'subject id', type: 'id', aliases: ['编号'], width: 12 },
    {
      key: 'name',
      zh: '名称',
      en: 'name',
      type: 'text',
      aliases: ['村集体名称', '集体经济组织名称'],
      width: 24,
    },
    { ...account, zh: '账号', en: 'bank account' },
    {
      key: 'reviewedAmount',
      zh: '评审确定扶持金额',
      en: 'amount set by review',
      unit: '元',
      type: 'number',
      hint: '五(一)3：县级评审确定后填写',
      width: 16,
    },
    { key: 'reviewReference', zh: '评审文号', en: 'review reference', type: 'text', width: 16 },
  ],
};

export const OPERATORS: SheetDef = {
  kind: 'operators',
  name: '经营主体',
  en: 'operators',
  idKey: 'subjectId',
  required: ['subjectId', 'name'],
  columns: [
    township,
    village,
    { key: 'subjectId', zh: '主体编号', en: 'subject id', type: 'id', aliases: ['编号'], width: 12 },
    { key: 'name', zh: '名称', en: 'name', type: 'text', aliases: ['主体名称', '经营主体名称'], width: 24 },
    {
      key: 'operatorType',
      zh: '经营主体类型',
      en: 'operator type',
      type: 'enum',
      choices: OPERATOR_TYPES,
      width: 14,
    },
    { ...account, zh: '账号', en: 'bank account' },
    {
      key: 'poorWorkers',
      zh: '吸纳脱贫人口务工',
      en: '脱贫人口 employed',
      unit: '人',
      type: 'count',
      width: 14,
    },
    {
      key: 'wages',
      zh: '支付脱贫户和监测对象工资总额',
      en: 'wages paid to 脱贫户 and 监测对象',
      unit: '元',
      type: 'number',
      width: 18,
    },
    {
      key: 'orderHouseholds',
      zh: '订单带动户数',
      en: 'households under order contracts',
      unit: '户',
      type: 'count',
      width: 12,
    },
    { key: 'purchases', zh: '订单收购总额', en: 'order purchases', unit: '元', type: 'number', width: 14 },
    {
      key: 'contractAboveMarket',
      zh: '订单协议且高于市场价',
      en: 'order contract above market price',
      type: 'yesno',
      width: 14,
    },
    {
      key: 'landHouseholds',
      zh: '流转土地户数',
      en: 'households leasing land',
      unit: '户',
      type: 'count',
      width: 12,
    },
    {
      key: 'leaseFees',
      zh: '当年土地流转费用',
      en: 'lease fees this year',
      unit: '元',
      type: 'number',
      width: 14,
    },
    {
      key: 'ledgerAndContracts',
      zh: '流转台账和协议齐全',
      en: 'ledger and contracts in place',
      type: 'yesno',
      width: 14,
    },
  ],
};

/** Normal form for matching names and headers: NFKC, no spaces, ASCII lower-case. */
export function norm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Looks up a choice by its Chinese name, an alias or the engine's code. */
export function choiceIndex(choices: readonly Choice[]): Map<string, Choice> {
  const m = new Map<string, Choice>();
  for (const c of choices) {
    for (const name of [c.code, c.zh, ...(c.aliases ?? [])]) if (!m.has(norm(name))) m.set(norm(name), c);
  }
  return m;
}

/** The sheet kinds in roster order. */
export const SHEET_KINDS: readonly SheetKind[] = ['households', 'activities', 'collectives', 'operators'];

/** The subject kind whose own row a sheet holds. */
const SUBJECT_OF: Partial<Record<SheetKind, SubjectKind>> = {
  households: 'household',
  collectives: 'collective',
  operators: 'operator',
};

/** `other`: an activity no standard of the pack covers, named by the applicant (the engine's). */
export const OTHER_ACTIVITY: Choice = {
  code: 'other',
  zh: '其他产业',
  aliases: ['其他', '其它', '其他项目'],
};

/** The activity sheet's own columns, before the pack's fields. */
const ACTIVITY_BASE: readonly ColumnDef[] = [
  {
    key: 'subjectId',
    zh: '户编号/主体编号',
    en: 'household or subject id',
    type: 'id',
    aliases: ['户编号', '主体编号', '编号'],
    width: 14,
  },
  { key: 'type', zh: '产业类型', en: 'activity type', type: 'enum', hint: '从下拉列表选择', width: 22 },
  {
    key: 'name',
    zh: '项目名称',
    en: 'name (other activity)',
    type: 'text',
    hint: `产业类型为“${OTHER_ACTIVITY.zh}”时填写`,
    width: 12,
  },
];

/** How a pack's field is entered in a cell. */
const CELL_TYPE: Record<FieldType, ColumnType> = {
  quantity: 'number',
  count: 'count',
  money: 'number',
  rate: 'percent',
  yesno: 'yesno',
  text: 'text',
  date: 'date',
  choice: 'enum',
};

/** The unit a header shows for a field: 亩, ㎡, 头, 元; % for a rate. */
function unitOf(f: InputField): string | undefined {
  if (f.type === 'rate') return '%';
  const u = unitText(f.unit).zh;
  return u || undefined;
}

/** Longer names of a unit, for messages ("按平方米（㎡）计"). */
const UNIT_WORDS: Record<string, Text> = { m2: { zh: '平方米（㎡）', en: 'm²' } };

/** The unit of a field as a message says it. */
export function unitWords(unit: string | undefined): Text {
  return (unit ? UNIT_WORDS[unit] : undefined) ?? unitText(unit);
}

function choicesOf(f: InputField): Choice[] | undefined {
  return f.choices?.map((c) => ({ code: c.value, zh: c.label.zh, aliases: [...c.aliases, c.label.en] }));
}

/** A field's roster column as the pack declares it (key and header default to the field's). */
function fieldColumn(f: InputField): ColumnDef {
  const unit = unitOf(f);
  const choices = choicesOf(f);
  const hint = f.help?.zh ?? (f.type === 'rate' ? '填 85 或 85% 均可' : undefined);
  // a header written with its unit ("面积（㎡）") shows it once
  const written = f.column?.zh ?? f.label.zh;
  const zh =
    unit && (written.endsWith(`（${unit}）`) || written.endsWith(`(${unit})`))
      ? written.slice(0, -unit.length - 2)
      : written;
  return {
    key: f.column?.key ?? f.key,
    zh,
    en: unit && f.unit ? `${f.label.en} (${unitText(f.unit).en})` : f.label.en,
    type: CELL_TYPE[f.type],
    ...(unit ? { unit } : {}),
    ...(choices ? { choices } : {}),
    ...(f.column?.aliases.length ? { aliases: f.column.aliases } : {}),
    ...(hint ? { hint } : {}),
    width: Math.max(9, Math.min(24, (zh.length + (unit?.length ?? 0)) * 2 + 2)),
  };
}

/** What a pack's activity reads from the 产业 sheet: the field each column fills. */
export interface ActivityColumns {
  readonly def: ActivityDef;
  /** column key → the field of this activity it fills */
  readonly fields: ReadonlyMap<string, InputField>;
}

/** A fact of the subject (`subject.facts[key]`) as a column of the subject's own sheet. */
export interface FactColumn {
  readonly column: ColumnDef;
  readonly fact: FactDef;
}

/** The roster workbook of one pack. */
export interface RosterLayout {
  readonly packId: string;
  readonly households: SheetDef;
  readonly activities: SheetDef;
  readonly collectives: SheetDef;
  readonly operators: SheetDef;
  /** the four sheets in roster order */
  readonly sheets: readonly SheetDef[];
  /** the activity types a subject of each kind may declare (with `other`), for the type column */
  readonly activityChoices: Readonly<Record<SubjectKind, readonly Choice[]>>;
  /** every activity name for the template's drop-down: households' first, then the others' */
  readonly activityNames: readonly string[];
  /** by activity type: the field each column fills */
  readonly activityTypes: ReadonlyMap<string, ActivityColumns>;
  /** by 产业 column: the keys of the fields it fills, over all activities */
  readonly columnFields: ReadonlyMap<string, ReadonlySet<string>>;
  /** by sheet kind: the pack's facts among its columns */
  readonly facts: Readonly<Record<SheetKind, readonly FactColumn[]>>;
  /** the pack's name for an activity type */
  activityLabel(type: string): Text;
  /** The sheet definition a sheet name or a file name points to, if any. */
  sheetByName(name: string): SheetDef | undefined;
}

/**
 * The 产业 sheet's columns for the pack's activities: one column per column key, shared by the
 * activities whose fields name it; a column whose fields count in several units shows them all
 * (头/只) and says which activity counts in which.
 */
function activityColumns(activities: readonly ActivityDef[]): ColumnDef[] {
  const byKey = new Map<string, { column: ColumnDef; uses: { def: ActivityDef; field: InputField }[] }>();
  for (const def of activities)
    for (const field of def.fields) {
      const c = fieldColumn(field);
      if (ACTIVITY_BASE.some((b) => b.key === c.key)) continue;
      const hit = byKey.get(c.key);
      if (hit) hit.uses.push({ def, field });
      else byKey.set(c.key, { column: c, uses: [{ def, field }] });
    }
  // a field split by unit over several columns (面积 in 亩 and in ㎡): every column but the most
  // used one lists the activities that count in its unit
  const split = new Map<string, string[]>();
  for (const [key, { uses }] of byKey) {
    const fieldKey = uses[0]?.field.key as string;
    if (uses.every((u) => u.field.key === fieldKey))
      split.set(fieldKey, [...(split.get(fieldKey) ?? []), key]);
  }
  const major = new Set<string>();
  for (const keys of split.values()) {
    if (keys.length < 2) continue;
    const most = keys.reduce((a, b) =>
      (byKey.get(b)?.uses.length ?? 0) > (byKey.get(a)?.uses.length ?? 0) ? b : a,
    );
    major.add(most);
  }
  return [...byKey.values()].map(({ column, uses }) => {
    const units = [...new Set(uses.map((u) => unitOf(u.field)).filter((u): u is string => !!u))];
    const labels = (us: typeof uses) => [...new Set(us.map((u) => u.def.label.zh))].join('、');
    let hint = column.hint;
    const fieldKey = uses[0]?.field.key as string;
    if (units.length > 1)
      hint = units
        .map((unit) => `${labels(uses.filter((u) => unitOf(u.field) === unit))}按${unit}`)
        .join('，');
    else if ((split.get(fieldKey)?.length ?? 0) > 1 && !major.has(column.key) && column.unit)
      hint = `${labels(uses)}按${unitWords(uses[0]?.field.unit).zh}填`;
    return {
      ...column,
      ...(units.length > 1 ? { unit: units.join('/') } : {}),
      ...(hint ? { hint } : {}),
      aliases: [...new Set(uses.flatMap((u) => u.field.column?.aliases ?? []))],
    };
  });
}

function factColumns(facts: readonly FactDef[], kind: SubjectKind): FactColumn[] {
  return facts
    .filter((f) => f.subjects.includes(kind))
    .map((fact) => {
      const column = fieldColumn(fact);
      const only = fact.categories?.map((c) => CATEGORIES.find((x) => x.code === c)?.zh ?? c).join('、');
      const hint = [
        column.hint,
        kind === 'household' ? '只填在户主行' : undefined,
        only ? `仅${only}填写` : undefined,
      ]
        .filter((h): h is string => !!h)
        .map((h) => h.replace(/[。；]$/, ''))
        .join('；');
      return { fact, column: { ...column, ...(hint ? { hint } : {}) } };
    });
}

/** A sheet with the pack's fact columns after its own (the same definition when there are none). */
function withFacts(def: SheetDef, facts: readonly FactColumn[]): SheetDef {
  if (facts.length === 0) return def;
  const taken = new Set(def.columns.map((c) => c.key));
  const extra = facts.map((f) => f.column).filter((c) => !taken.has(c.key));
  return { ...def, columns: [...def.columns, ...extra] };
}

const LAYOUTS = new WeakMap<object, RosterLayout>();

/**
 * The roster workbook of a pack: the engine's sheets with the pack's fact columns, the 产业
 * sheet with a column per field column the pack's activities declare, the activity names a
 * cell may use, and the field each column fills for each activity type. Built once per pack.
 * This is a pure function.
 */
export function rosterLayout(input: PolicyPack | CompiledPack): RosterLayout {
  const pack = 'compiled' in input ? input.pack : input;
  const hit = LAYOUTS.get(pack);
  if (hit) return hit;
  const { activities, facts } = pack.inputs;
  const factsOf = {
    households: factColumns(facts, 'household'),
    activities: [],
    collectives: factColumns(facts, 'collective'),
    operators: factColumns(facts, 'operator'),
  };
  const activitySheet: SheetDef = {
    kind: 'activities',
    name: '产业',
    en: 'activities',
    idKey: 'subjectId',
    required: ['subjectId', 'type'],
    columns: [...ACTIVITY_BASE, ...activityColumns(activities)],
  };
  const households = withFacts(HOUSEHOLDS, factsOf.households);
  const collectives = withFacts(COLLECTIVES, factsOf.collectives);
  const operators = withFacts(OPERATORS, factsOf.operators);
  const sheets = [households, activitySheet, collectives, operators];
  const choice = (a: ActivityDef): Choice => ({
    code: a.type,
    zh: a.label.zh,
    aliases: [...a.aliases, a.label.en],
  });
  const forKind = (k: SubjectKind) => [
    ...activities.filter((a) => a.subjects.includes(k)).map(choice),
    OTHER_ACTIVITY,
  ];
  const types = new Map<string, ActivityColumns>();
  for (const def of activities)
    types.set(def.type, { def, fields: new Map(def.fields.map((f) => [f.column?.key ?? f.key, f])) });
  const columnFields = new Map<string, Set<string>>();
  for (const { fields } of types.values())
    for (const [key, f] of fields) columnFields.set(key, (columnFields.get(key) ?? new Set()).add(f.key));
  const labels = new Map(activities.map((a) => [a.type, a.label]));
  const householdNames = activities.filter((a) => a.subjects.includes('household')).map((a) => a.label.zh);
  const otherNames = activities.filter((a) => !a.subjects.includes('household')).map((a) => a.label.zh);
  const layout: RosterLayout = {
    packId: pack.id,
    households,
    activities: activitySheet,
    collectives,
    operators,
    sheets,
    activityChoices: {
      household: forKind('household'),
      collective: forKind('collective'),
      operator: forKind('operator'),
    },
    activityNames: [...new Set([...householdNames, OTHER_ACTIVITY.zh, ...otherNames])],
    activityTypes: types,
    columnFields,
    facts: factsOf,
    activityLabel: (t) =>
      labels.get(t) ?? (t === 'other' ? { zh: OTHER_ACTIVITY.zh, en: 'other activity' } : { zh: t, en: t }),
    sheetByName(name: string) {
      const n = norm(name);
      return (
        sheets.find((s) => norm(s.name) === n || s.en === n) ??
        sheets.find((s) => n.includes(norm(s.name)) || n.includes(s.en))
      );
    },
  };
  LAYOUTS.set(pack, layout);
  return layout;
}

/** The subject kind of a sheet's own rows (null for the 产业 sheet). */
export function subjectOfSheet(kind: SheetKind): SubjectKind | null {
  return SUBJECT_OF[kind] ?? null;
}
