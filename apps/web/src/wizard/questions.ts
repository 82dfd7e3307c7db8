import type { Bilingual } from '../i18n/i18n.tsx';

/**
 * The wizard's questions are the fields of the engine's input schemas (subject.schema.ts): each
 * household activity, project and linking section with its fields, their labels and units. Which
 * of them are asked is decided from the policy pack (see relevance.ts): only a question that can
 * change the result for this applicant is shown.
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
  /** the activity / project type, or the operator section (labor, orders, land) */
  readonly type: string;
  readonly label: Bilingual;
  readonly fields: readonly FieldSpec[];
}

const u = {
  mu: { zh: '亩', en: 'mu' },
  m2: { zh: '㎡', en: 'm²' },
  head: { zh: '头', en: 'head' },
  sheep: { zh: '只', en: 'head' },
  bird: { zh: '只', en: 'birds' },
  box: { zh: '箱', en: 'boxes' },
  bag: { zh: '袋', en: 'bags' },
  yuan: { zh: '元', en: 'yuan' },
  percent: { zh: '%', en: '%' },
  plants: { zh: '株/亩', en: 'plants/mu' },
  cm: { zh: '厘米', en: 'cm' },
  person: { zh: '人', en: 'people' },
  household: { zh: '户', en: 'households' },
  month: { zh: '个月', en: 'months' },
  times: { zh: '次', en: 'times' },
} as const satisfies Record<string, Bilingual>;

const area = (label: Bilingual = { zh: '面积', en: 'Area' }): FieldSpec => ({
  name: 'area',
  kind: 'number',
  label,
  unit: u.mu,
});
const income = (label: Bilingual = { zh: '当年收入', en: 'Income this year' }): FieldSpec => ({
  name: 'income',
  kind: 'number',
  label,
  unit: u.yuan,
});
const survival: FieldSpec = {
  name: 'survivalRate',
  kind: 'percent',
  label: { zh: '成活率', en: 'Survival rate' },
  unit: u.percent,
};
const business = (type: string, label: Bilingual): ItemSpec => ({
  type,
  label,
  fields: [
    { name: 'investment', kind: 'number', label: { zh: '投资额', en: 'Investment' }, unit: u.yuan },
    {
      name: 'registered',
      kind: 'yesno',
      label: { zh: '已依法注册登记', en: 'Registered as required by law' },
    },
    { name: 'operating', kind: 'yesno', label: { zh: '正常运营', en: 'Operating normally' } },
    { name: 'annualRevenue', kind: 'number', label: { zh: '年收入', en: 'Annual revenue' }, unit: u.yuan },
  ],
});

/** 五(一)4(3) and 五(一)4(4): what a household grows, raises or runs this year. */
export const HOUSEHOLD_ACTIVITIES: readonly ItemSpec[] = [
  {
    type: 'tea-renovation',
    label: { zh: '低产低效茶园改树改土', en: 'Renovating a low-yield tea garden' },
    fields: [area()],
  },
  {
    type: 'bag-fungus',
    label: { zh: '袋料黑木耳', en: 'Black fungus in bags' },
    fields: [{ name: 'bags', kind: 'count', label: { zh: '袋数', en: 'Bags' }, unit: u.bag }, income()],
  },
  { type: 'gourd', label: { zh: '新种植吊瓜', en: 'New snake gourd' }, fields: [area(), survival, income()] },
  {
    type: 'orchard',
    label: { zh: '新种植经济林（李子、桃、大樱桃等）', en: 'New orchard (plum, peach, cherry…)' },
    fields: [{ name: 'species', kind: 'text', label: { zh: '树种', en: 'Species' } }, area(), survival],
  },
  {
    type: 'vegetable',
    label: { zh: '当年种植蔬菜', en: 'Vegetables this year' },
    fields: [area(), income()],
  },
  { type: 'tianma', label: { zh: '新发展天麻', en: 'New gastrodia (tianma)' }, fields: [area(), income()] },
  {
    type: 'herbs',
    label: { zh: '新发展中药材（大黄、元胡、乌药、艾草等）', en: 'New medicinal herbs' },
    fields: [{ name: 'crop', kind: 'text', label: { zh: '品种', en: 'Crop' } }, area(), income()],
  },
  {
    type: 'pepper',
    label: { zh: '新种植花椒', en: 'New Sichuan pepper' },
    fields: [
      area(),
      { name: 'plantsPerMu', kind: 'number', label: { zh: '每亩株数', en: 'Plants per mu' }, unit: u.plants },
      { name: 'stemDiameterCm', kind: 'number', label: { zh: '地径', en: 'Stem diameter' }, unit: u.cm },
      survival,
    ],
  },
  {
    type: 'pig',
    label: { zh: '当年养猪', en: 'Pigs this year' },
    fields: [{ name: 'head', kind: 'count', label: { zh: '头数', en: 'Pigs' }, unit: u.head }, income()],
  },
  {
    type: 'sheep',
    label: { zh: '当年养羊', en: 'Sheep this year' },
    fields: [{ name: 'head', kind: 'count', label: { zh: '只数', en: 'Sheep' }, unit: u.sheep }, income()],
  },
  {
    type: 'bees',
    label: { zh: '当年养蜂', en: 'Bees this year' },
    fields: [{ name: 'boxes', kind: 'count', label: { zh: '蜂箱数', en: 'Hives' }, unit: u.box }, income()],
  },
  {
    type: 'poultry',
    label: { zh: '当年养禽（鸡、鸭、鹅）', en: 'Poultry this year (chicken, duck, goose)' },
    fields: [{ name: 'birds', kind: 'count', label: { zh: '只数', en: 'Birds' }, unit: u.bird }, income()],
  },
  {
    type: 'cattle',
    label: { zh: '养牛', en: 'Cattle' },
    fields: [{ name: 'head', kind: 'count', label: { zh: '头数', en: 'Cattle' }, unit: u.head }, income()],
  },
  business('processing', { zh: '当年新建农副产品加工业', en: 'New farm-produce processing' }),
  business('shop', { zh: '当年新办便民小商店', en: 'New village shop' }),
  business('farmstay', { zh: '当年新办农家乐', en: 'New farm-stay (nongjiale)' }),
];

/** The household's own name for an activity the plan does not list. */
export const OTHER_ACTIVITY: ItemSpec = {
  type: 'other',
  label: { zh: '其他（自填）', en: 'Other (describe)' },
  fields: [{ name: 'name', kind: 'text', label: { zh: '活动名称', en: 'Activity' } }],
};

const contiguous: FieldSpec = {
  name: 'contiguousArea',
  kind: 'number',
  label: { zh: '集中连片面积', en: 'Contiguous area' },
  unit: u.mu,
};
const m2 = (label: Bilingual): FieldSpec => ({ name: 'area', kind: 'number', label, unit: u.m2 });
const standardized: FieldSpec = {
  name: 'standardized',
  kind: 'yesno',
  label: { zh: '新建或扩建标准化圈舍', en: 'New or extended standardised pens' },
};

/** 五(一)4(1) and 五(一)4(2): projects of village collectives and new-type operators. */
export const PROJECTS: readonly ItemSpec[] = [
  {
    type: 'herbs-base',
    label: { zh: '中药材基地（大黄、元胡、乌药、艾草等）', en: 'Medicinal herb base' },
    fields: [{ name: 'crop', kind: 'text', label: { zh: '品种', en: 'Crop' } }, contiguous],
  },
  { type: 'tianma-base', label: { zh: '天麻基地', en: 'Gastrodia (tianma) base' }, fields: [contiguous] },
  {
    type: 'fungus-greenhouse',
    label: { zh: '食用菌大棚提质增效', en: 'Mushroom greenhouse upgrade' },
    fields: [m2({ zh: '大棚面积', en: 'Greenhouse area' })],
  },
  {
    type: 'black-fungus',
    label: { zh: '黑木耳', en: 'Black fungus' },
    fields: [{ name: 'bags', kind: 'count', label: { zh: '袋数', en: 'Bags' }, unit: u.bag }],
  },
  {
    type: 'silkworm-room',
    label: { zh: '养蚕室建设及设施', en: 'Silkworm rearing rooms' },
    fields: [m2({ zh: '养蚕室面积', en: 'Room area' })],
  },
  {
    type: 'kiwi',
    label: { zh: '猕猴桃', en: 'Kiwifruit' },
    fields: [
      contiguous,
      { name: 'trellisArea', kind: 'number', label: { zh: '棚架建设面积', en: 'Trellis area' }, unit: u.mu },
    ],
  },
  {
    type: 'pig-pens',
    label: { zh: '生猪标准化养殖圈舍', en: 'Standardised pig pens' },
    fields: [m2({ zh: '圈舍面积', en: 'Pen area' }), standardized],
  },
  {
    type: 'cattle-pens',
    label: { zh: '标准化肉牛养殖场', en: 'Standardised beef-cattle farm' },
    fields: [m2({ zh: '圈舍面积', en: 'Pen area' }), standardized],
  },
  {
    type: 'poultry-farm',
    label: { zh: '家禽养殖场', en: 'Poultry farm' },
    fields: [{ name: 'stock', kind: 'count', label: { zh: '肉禽存栏', en: 'Birds in stock' }, unit: u.bird }],
  },
  {
    type: 'coldwater-fish',
    label: { zh: '冷水鱼养殖', en: 'Cold-water fish' },
    fields: [m2({ zh: '养殖面积', en: 'Water area' })],
  },
  {
    type: 'bulk-fish',
    label: { zh: '大宗渔业养殖', en: 'Bulk fish farming' },
    fields: [area({ zh: '养殖面积', en: 'Water area' })],
  },
  {
    type: 'rice-fish',
    label: { zh: '稻渔综合种养', en: 'Rice–fish farming' },
    fields: [area({ zh: '种养面积', en: 'Area' })],
  },
];

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
