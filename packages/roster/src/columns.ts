/**
 * The roster workbook's layout: its sheets, their columns (Chinese header with the unit, English
 * key), and the Chinese names accepted for the engine's codes. The template, the reader and the
 * error messages all read these tables, so a column is described once.
 */
import {
  ACTIVITY_LABELS,
  CATEGORY_LABELS,
  type HouseholdActivityType,
  MONITORED_TYPE_LABELS,
  type ProjectType,
  type Text,
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

/** Household activities (五(一)4(3), 4(4)): the Chinese names the roster accepts. */
export const HOUSEHOLD_ACTIVITIES: readonly (Choice & { code: HouseholdActivityType })[] = [
  {
    code: 'tea-renovation',
    zh: label(ACTIVITY_LABELS, 'tea-renovation'),
    aliases: ['茶园改造', '茶园', '茶叶', '茶'],
  },
  { code: 'bag-fungus', zh: label(ACTIVITY_LABELS, 'bag-fungus'), aliases: ['黑木耳', '木耳'] },
  { code: 'gourd', zh: label(ACTIVITY_LABELS, 'gourd'), aliases: ['吊瓜'] },
  { code: 'orchard', zh: label(ACTIVITY_LABELS, 'orchard'), aliases: ['经济林', '果树', '果园'] },
  { code: 'vegetable', zh: label(ACTIVITY_LABELS, 'vegetable'), aliases: ['蔬菜', '种植蔬菜'] },
  { code: 'tianma', zh: label(ACTIVITY_LABELS, 'tianma'), aliases: ['天麻'] },
  { code: 'herbs', zh: label(ACTIVITY_LABELS, 'herbs'), aliases: ['中药材', '大黄', '元胡', '乌药', '艾草'] },
  { code: 'pepper', zh: label(ACTIVITY_LABELS, 'pepper'), aliases: ['花椒'] },
  { code: 'pig', zh: label(ACTIVITY_LABELS, 'pig'), aliases: ['猪', '生猪', '养生猪'] },
  { code: 'sheep', zh: label(ACTIVITY_LABELS, 'sheep'), aliases: ['羊', '山羊', '养山羊'] },
  { code: 'bees', zh: label(ACTIVITY_LABELS, 'bees'), aliases: ['蜂', '蜜蜂', '中蜂'] },
  {
    code: 'poultry',
    zh: label(ACTIVITY_LABELS, 'poultry'),
    aliases: ['养禽', '家禽', '鸡', '鸭', '鹅', '养鸡', '养鸭', '养鹅'],
  },
  { code: 'cattle', zh: label(ACTIVITY_LABELS, 'cattle'), aliases: ['牛', '肉牛', '养肉牛'] },
  { code: 'processing', zh: label(ACTIVITY_LABELS, 'processing'), aliases: ['农副产品加工', '加工业'] },
  { code: 'shop', zh: label(ACTIVITY_LABELS, 'shop'), aliases: ['小商店', '便民商店', '商店'] },
  { code: 'farmstay', zh: label(ACTIVITY_LABELS, 'farmstay'), aliases: [] },
  { code: 'other', zh: label(ACTIVITY_LABELS, 'other'), aliases: ['其他', '其它'] },
];

/** Projects of collectives and operators (五(一)4(1), 4(2)). */
export const PROJECTS: readonly (Choice & { code: ProjectType })[] = [
  { code: 'herbs-base', zh: label(ACTIVITY_LABELS, 'herbs-base'), aliases: ['中药材基地', '中药材'] },
  { code: 'tianma-base', zh: label(ACTIVITY_LABELS, 'tianma-base'), aliases: ['天麻基地', '天麻'] },
  {
    code: 'fungus-greenhouse',
    zh: label(ACTIVITY_LABELS, 'fungus-greenhouse'),
    aliases: ['食用菌大棚', '食用菌'],
  },
  { code: 'black-fungus', zh: label(ACTIVITY_LABELS, 'black-fungus'), aliases: ['黑木耳', '木耳'] },
  { code: 'silkworm-room', zh: label(ACTIVITY_LABELS, 'silkworm-room'), aliases: ['养蚕室', '蚕桑'] },
  { code: 'kiwi', zh: label(ACTIVITY_LABELS, 'kiwi'), aliases: ['猕猴桃'] },
  { code: 'pig-pens', zh: label(ACTIVITY_LABELS, 'pig-pens'), aliases: ['生猪圈舍', '养猪圈舍', '生猪养殖'] },
  {
    code: 'cattle-pens',
    zh: label(ACTIVITY_LABELS, 'cattle-pens'),
    aliases: ['肉牛圈舍', '肉牛养殖场', '肉牛养殖'],
  },
  { code: 'poultry-farm', zh: label(ACTIVITY_LABELS, 'poultry-farm'), aliases: ['家禽养殖'] },
  { code: 'coldwater-fish', zh: label(ACTIVITY_LABELS, 'coldwater-fish'), aliases: ['冷水鱼'] },
  { code: 'bulk-fish', zh: label(ACTIVITY_LABELS, 'bulk-fish'), aliases: ['大宗渔业', '大宗淡水鱼'] },
  { code: 'rice-fish', zh: label(ACTIVITY_LABELS, 'rice-fish'), aliases: ['稻渔', '稻渔种养'] },
  { code: 'other', zh: label(ACTIVITY_LABELS, 'other'), aliases: ['其他', '其它'] },
];

/** Every activity name for the template's drop-down: households' first, then projects'. */
export const ACTIVITY_NAMES: readonly string[] = [
  ...HOUSEHOLD_ACTIVITIES.map((c) => c.zh),
  ...PROJECTS.filter((c) => c.code !== 'other').map((c) => c.zh),
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

export const ACTIVITIES: SheetDef = {
  kind: 'activities',
  name: '产业',
  en: 'activities',
  idKey: 'subjectId',
  required: ['subjectId', 'type'],
  columns: [
    {
      key: 'subjectId',
      zh: '户编号/主体编号',
      en: 'household or subject id',
      type: 'id',
      aliases: ['户编号', '主体编号', '编号'],
      width: 14,
    },
    { key: 'type', zh: '产业类型', en: 'activity type', type: 'enum', hint: '从下拉列表选择', width: 22 },
    { key: 'crop', zh: '品种/树种', en: 'crop or species', type: 'text', width: 10 },
    {
      key: 'name',
      zh: '项目名称',
      en: 'name (other activity)',
      type: 'text',
      hint: '产业类型为“其他产业”时填写',
      width: 12,
    },
    { key: 'areaMu', zh: '面积', en: 'area (mu)', unit: '亩', type: 'number', width: 9 },
    {
      key: 'areaM2',
      zh: '面积',
      en: 'area (m²)',
      unit: '㎡',
      type: 'number',
      hint: '食用菌大棚、养蚕室、圈舍、冷水鱼按平方米填',
      width: 9,
    },
    {
      key: 'contiguousArea',
      zh: '集中连片面积',
      en: 'contiguous area',
      unit: '亩',
      type: 'number',
      width: 12,
    },
    { key: 'trellisArea', zh: '棚架面积', en: 'trellis area', unit: '亩', type: 'number', width: 10 },
    {
      key: 'head',
      zh: '养殖数量',
      en: 'head',
      unit: '头/只',
      type: 'count',
      hint: '猪、牛按头，羊按只',
      width: 10,
    },
    { key: 'birds', zh: '禽只数/存栏', en: 'birds or stock', unit: '只', type: 'count', width: 11 },
    { key: 'boxes', zh: '蜂箱数', en: 'bee boxes', unit: '箱', type: 'count', width: 9 },
    { key: 'bags', zh: '袋数', en: 'bags', unit: '袋', type: 'count', width: 9 },
    { key: 'income', zh: '收入', en: 'income', unit: '元', type: 'number', width: 10 },
    {
      key: 'survivalRate',
      zh: '成活率',
      en: 'survival rate',
      unit: '%',
      type: 'percent',
      hint: '填 85 或 85% 均可',
      width: 9,
    },
    { key: 'plantsPerMu', zh: '每亩株数', en: 'plants per mu', unit: '株/亩', type: 'number', width: 10 },
    { key: 'stemDiameterCm', zh: '地径', en: 'stem diameter', unit: '厘米', type: 'number', width: 9 },
    { key: 'investment', zh: '投资额', en: 'investment', unit: '元', type: 'number', width: 10 },
    { key: 'annualRevenue', zh: '年收入', en: 'annual revenue', unit: '元', type: 'number', width: 10 },
    { key: 'registered', zh: '依法注册登记', en: 'registered', type: 'yesno', width: 10 },
    { key: 'operating', zh: '正常运营', en: 'operating', type: 'yesno', width: 9 },
    { key: 'standardized', zh: '标准化圈舍', en: 'standard pens', type: 'yesno', width: 10 },
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

export const SHEETS: readonly SheetDef[] = [HOUSEHOLDS, ACTIVITIES, COLLECTIVES, OPERATORS];

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

/** The sheet definition a sheet name or a file name points to, if any. */
export function sheetByName(name: string): SheetDef | undefined {
  const n = norm(name);
  return (
    SHEETS.find((s) => norm(s.name) === n || s.en === n) ??
    SHEETS.find((s) => n.includes(norm(s.name)) || n.includes(s.en))
  );
}
