import type { PolicyPackInput, StandardInput } from '@huinong/benefits';

/**
 * Policy pack `xixiang-2023`: every standard of section 五 of
 * 西乡县2023年度统筹整合使用财政涉农资金中期调整实施方案 (seed 003_6ce3d45cd7b065a6.txt).
 * Every amount, threshold and rate below is quoted from the seed; `text` is the clause verbatim.
 * Reading rule: 以上 / 及以上 / 不低于 include the number (民法典 第一千二百五十九条) → kind `min`.
 */

type Cond = NonNullable<StandardInput['conditions']>[number];
type T = { zh: string; en: string };

const YEAR = { from: '2023-01-01', to: '2023-12-31' };
const t = (zh: string, en: string): T => ({ zh, en });

const POOR = {
  kinds: ['household' as const],
  categories: ['poverty-alleviated' as const],
  label: t('脱贫户', '脱贫户 households'),
};
const MONITORED = {
  kinds: ['household' as const],
  categories: ['monitored' as const],
  label: t('监测对象', '监测对象 households'),
};
const COLLECTIVE = { kinds: ['collective' as const], label: t('村集体', 'village collectives') };
const OPERATOR = { kinds: ['operator' as const], label: t('新型经营主体', 'new-type operators') };
const EITHER = {
  kinds: ['collective' as const, 'operator' as const],
  label: t('村集体或新型经营主体', 'village collectives or new-type operators'),
};

const min = (id: string, field: string, threshold: string, unit: string, label: T, text: string): Cond => ({
  kind: 'min',
  id,
  field,
  threshold,
  unit,
  label,
  text,
});
const mu = (threshold: string, text: string) => min('area', 'area', threshold, 'mu', t('面积', 'area'), text);
const contiguous = (threshold: string, text: string) =>
  min('area', 'contiguousArea', threshold, 'mu', t('集中连片面积', 'contiguous area'), text);
const m2 = (threshold: string, text: string) => min('area', 'area', threshold, 'm2', t('面积', 'area'), text);
const income = (threshold: string, text: string) =>
  min('income', 'income', threshold, 'yuan', t('收入', 'income'), text);
const survival = (text: string) =>
  min('survival', 'survivalRate', '0.85', 'rate', t('成活率', 'survival rate'), text);
const attest = (id: string, field: string, label: T, text: string): Cond => ({
  kind: 'attest',
  id,
  field,
  label,
  text,
});
const perUnit = (quantity: string, unit: string, amount: string) => ({
  kind: 'per-unit' as const,
  quantity,
  unit,
  amount,
});

const business = (invest: string, revenue: string): Cond[] => [
  min('investment', 'investment', invest, 'yuan', t('投资', 'investment'), `投资在${invest}元以上`),
  attest('registered', 'registered', t('依法注册登记', 'registered according to law'), '依法注册登记'),
  attest('operating', 'operating', t('正常运营', 'operating normally'), '正常运营'),
  min('revenue', 'annualRevenue', revenue, 'yuan', t('年收入', 'annual revenue'), `年收入${revenue}元以上`),
];

const C1 = '五(一)';
const C41 = '五(一)4(1)';
const C42 = '五(一)4(2)';
const C43 = '五(一)4(3)';
const C44 = '五(一)4(4)';
const C45 = '五(一)4(5)';

const S = {
  microcredit:
    '1.脱贫人口小额信贷贴息：为建档立卡脱贫人口和边缘易致贫人口提供5万元（含）以下（对确有能力、有需求的可追加至10万元，超出5万元部分不享受贴息）、3年内、免担保免抵押、同期贷款市场报价利率（LPR）放贷、财政贴息。',
  mutualFund:
    '2.互助资金协会借款占用费贴息：对脱贫户（含监测对象）会员发展生产在互助资金协会借款其占用费给予补贴。',
  collective:
    '3.村集体经济合作社产业扶持。由县级行业部门依据各村集体经济合作社成员数量、项目可行性、建设规模、预期效益等进行综合评审，确定项目资金扶持额度。',
  herbs:
    '中药材种植产业：村集体发展大黄、元胡、乌药、艾草等集中连片50亩以上，按每亩500元补助；天麻集中连片30亩以上，按每亩1000元补助。',
  fungus: '食用菌产业：食用菌大棚提质增效,按每平方米2元补助；村集体发展黑木耳产业，按每袋0.8元予以奖补。',
  silk: '蚕桑产业：村集体养蚕室建设及设施200平方米以上，按每平米400元补助，新型经营主体养蚕室建设及设施200平方米以上，按每平米120元补助，',
  kiwi: '猕猴桃产业：集中连片50亩以上，按每亩种苗500元补助；棚架建设按每亩1000元补助。',
  pig: '生猪养殖：新建或扩建标准化养殖圈舍2000㎡以上，按每平方米400元补助。',
  cattle:
    '肉牛养殖：村集体新建或扩建标准化肉牛养殖场，圈舍1000㎡以上，按每平方米500元补助；新型经营主体新建或扩建标准化肉牛养殖场，圈舍1000㎡以上，按每平方米150元补助。',
  poultry: '家禽养殖：家禽养殖场肉禽存栏10000只以上，按每只4.5元补助；',
  fish: '渔业养殖：冷水鱼养殖面积不低于1000㎡，按每平方米100元补助；大宗渔业养殖面积不低于10亩，按每亩300元补助。',
  riceFish: '稻渔综合种养产业：按照每亩4000元补助。',
  poorTea: '种植类：1.低产低效茶园改树改土等综合技术措施，1亩及以上，奖补标准600元/亩；',
  poorFungus: '2.发展袋料黑木耳1000袋及以上，收入达到1500元以上，奖补标准0.8元/袋；',
  gourd: '3.新种植吊瓜1亩及以上，成活率85%以上，收入达到1000元以上，奖补标准500元/亩；',
  orchard:
    '4.新种植经济林（李子、桃、大樱桃等）1亩及以上，成活率85%以上，3年后预计亩均年收入3000元，奖补标准1000元/亩；',
  vegetable: '5.当年种植蔬菜1亩及以上，收入达到1000元以上，奖补标准500元/亩。',
  poorPig: '养殖类：当年养猪2头及以上，收入达到2000元以上，奖补标准700元/头。',
  monTea: '种植类：1.低产低效茶园改树改土等综合技术措施，1亩及以上，奖补标准600元/亩；',
  tianma: '2.新发展天麻0.5亩及以上，亩均收入达到2000元以上，奖补标准1000元/亩；',
  monHerbs: '新发展大黄、元胡、乌药、艾草等中药材面积在1亩及以上，收入达到1000元以上，奖补标准500元/亩；',
  monGourd: '3.新种植吊瓜1亩及以上，成活率85%以上，收入达到1000元以上，奖补标准500元/亩；',
  pepper: '新种植花椒1亩及以上，且每亩110株以上、地径≧0.8cm，成活率85%以上，奖补标准400元/亩；',
  monPig: '养殖类：1.当年养猪2头及以上，收入达到2000元以上，奖补标准700元/头；',
  sheep: '2.当年养羊5只及以上，收入达到2000元以上，奖补标准200元/头；',
  bees: '当年养蜂5箱及以上，收入达1200元以上，奖补标准200元/头；',
  birds: '当年养禽（鸡、鸭、鹅）10只及以上，收入达到800元以上，奖补标准15元/只；',
  processing:
    '其他类：当年新建农副产品加工业，投资在10000元以上，依法注册登记，正常运营，年收入9000元以上，奖补标准3000元/个；',
  shop: '当年新办便民小商店，投资在10000元以上，依法注册登记，正常运营，年收入9000元以上，奖补标准3000元/个；',
  farmstay:
    '当年新办农家乐，投资在20000元以上，依法注册登记，正常运营，年收入10000元以上，奖补标准4000元/个。',
  wages:
    '1.劳务用工奖补。对当年吸纳脱贫人口5人以上（含5人）入园务工的经营主体，年度支付脱贫户、监测对象工资总额达5万元以上的，按照工资总额的20%给予农村新型经营主体奖补;',
  orders:
    '2.订单收购奖补。对当年采取订单协议，带动脱贫户、监测对象自主发展产业，高于市场价收购脱贫户、监测对象农副产品，带动脱贫户、监测对象10户以上（含10户），年收购脱贫户、监测对象农副产品总额在10万元以上的，按照农副产品收购总额的5%给予农村新型经营主体奖补',
  land: '3.土地流转奖补。流转脱贫户、监测对象10户以上土地，建立健全脱贫户、监测对象土地流转台账和协议，按当年流转脱贫户、监测对象土地费用的10%给予奖补。',
  road: '1.村组道路硬化项目：对村内道路硬化、涵挡配套，路基宽不低于4.5-5.5米（含水沟），硬化路面宽3.5-4.5米，路面厚度18厘米，每公里投资70-90万元。',
  roadUpgrade:
    '2.通村公路完善工程：对路面宽3.5米的通村公路进行加宽，修补破损路面、硬化路肩、配套必要的路基防护设施，每公里平均投资17万元。',
  bridge:
    '3.小型桥涵工程：小跨径平板桥（跨度10米以内）每平米造价4500-5000元，大跨径箱梁平板桥（跨度10米以上），每平米造价5500-6000元。',
  livingEnv:
    '4.农村人居环境整治项目：以开展农村环境综合整治、建设美丽乡村、优化人居环境为目的，支持农户居住聚集村组的厕所改造、垃圾站点建设及垃圾清运、集中污水处理、巷道硬化、村组路灯、基本绿化等小型公益性生活设施，具体补助标准参照行业技术规范执行。',
  toilet: '5.村级公共厕所：20万元/座。',
  rainDew:
    '1.“雨露计划”支持农村脱贫家庭学生接受中、高职业教育助学补助项目:对技工类院校就读的建档立卡脱贫户家庭在校学生，按照每生每学年3000元予以补助。',
  travel:
    '2.脱贫劳动力（含监测对象）跨县务工交通补助项目：按照省外500元、市外省内300元、县外市内200元的标准给予一次性交通补助，每人每年只能享受一次。',
  post: '3.公益性岗位项目：优先安置无法离乡、无业可扶且有能力胜任岗位工作的建档立卡脱贫劳动力上岗，特别是“零就业”脱贫户和“零就业”边缘易致贫就业困难户，上岗人员岗位补贴标准为每人每月600元。',
};

const std = (s: Omit<StandardInput, 'dates'>): StandardInput => ({ dates: YEAR, ...s });

const standards: StandardInput[] = [
  // 五(一)1–3
  std({
    id: 'microcredit-interest',
    clause: `${C1}1`,
    text: S.microcredit,
    title: t('脱贫人口小额信贷贴息', 'Microcredit interest subsidy'),
    subject: {
      kinds: ['household'],
      categories: ['poverty-alleviated', 'monitored'],
      label: t('建档立卡脱贫人口和边缘易致贫人口', 'registered poverty-alleviated and marginal people'),
    },
    source: { kind: 'member', field: 'loans', each: true },
    award: {
      kind: 'loan-interest',
      params: {
        subsidisedPrincipalCap: '50000',
        maxLoanAmount: '100000',
        maxTermMonths: 36,
        subsidyYears: 3,
        dayCountBasis: 360,
        share: [{ from: '2019-01-01', value: '1' }],
        settlement: { day: 20, months: [3, 6, 9, 12] },
        oneYearRateMaxTermMonths: 12,
      },
    },
  }),
  std({
    id: 'mutual-fund-fee',
    clause: `${C1}2`,
    text: S.mutualFund,
    title: t('互助资金协会借款占用费贴息', 'Mutual-fund occupancy fee subsidy'),
    subject: {
      kinds: ['household'],
      categories: ['poverty-alleviated', 'monitored'],
      label: t('脱贫户（含监测对象）会员', 'members from 脱贫户 (incl. 监测对象)'),
    },
    source: { kind: 'member', field: 'mutualFundLoans', each: true },
    conditions: [
      attest('member', 'isMember', t('互助资金协会会员', 'member of the mutual-fund association'), '会员'),
      {
        kind: 'one-of',
        id: 'purpose',
        field: 'purpose',
        values: ['production'],
        valueLabels: { production: t('发展生产', 'production'), other: t('其他用途', 'other use') },
        label: t('借款用途', 'use of the loan'),
        text: '发展生产',
      },
    ],
    award: { kind: 'fee-reimbursement', field: 'feePaid' },
  }),
  std({
    id: 'collective-support',
    clause: `${C1}3`,
    text: S.collective,
    title: t('村集体经济合作社产业扶持', 'Village collective industry support'),
    subject: { kinds: ['collective'], label: t('村集体经济合作社', 'village collective cooperatives') },
    source: { kind: 'subject', field: 'reviewedSupport' },
    award: { kind: 'reviewed', field: 'amount' },
    notes: [
      t(
        '方案未规定计算公式：扶持额度由县级行业部门综合评审确定，本工具只记录评审金额，不推算。',
        'The plan gives no formula: the amount is set by the county review; HuiNong records it and never computes one.',
      ),
    ],
  }),
  // 五(一)4(1) planting
  std({
    id: 'herbs-collective',
    clause: C41,
    text: S.herbs,
    title: t('村集体中药材种植', 'Collective medicinal herbs'),
    subject: COLLECTIVE,
    source: { kind: 'activity', types: ['herbs-base'] },
    conditions: [contiguous('50', '集中连片50亩以上')],
    award: perUnit('contiguousArea', 'mu', '500'),
  }),
  std({
    id: 'tianma-collective',
    clause: C41,
    text: S.herbs,
    title: t('村集体天麻种植', 'Collective tianma'),
    subject: COLLECTIVE,
    source: { kind: 'activity', types: ['tianma-base'] },
    conditions: [contiguous('30', '天麻集中连片30亩以上')],
    award: perUnit('contiguousArea', 'mu', '1000'),
    notes: [
      t(
        '天麻一句紧接“村集体发展……”，按同一主体（村集体）理解。',
        'The tianma sentence follows "村集体发展…" and is read with the same subject (village collectives).',
      ),
    ],
  }),
  std({
    id: 'fungus-greenhouse',
    clause: C41,
    text: S.fungus,
    title: t('食用菌大棚提质增效', 'Edible fungus greenhouse upgrade'),
    subject: EITHER,
    source: { kind: 'activity', types: ['fungus-greenhouse'] },
    award: perUnit('area', 'm2', '2'),
  }),
  std({
    id: 'fungus-collective',
    clause: C41,
    text: S.fungus,
    title: t('村集体黑木耳产业', 'Collective black fungus'),
    subject: COLLECTIVE,
    source: { kind: 'activity', types: ['black-fungus'] },
    award: perUnit('bags', 'bag', '0.8'),
  }),
  std({
    id: 'silkworm-room-collective',
    clause: C41,
    text: S.silk,
    title: t('村集体养蚕室建设', 'Collective silkworm room'),
    subject: COLLECTIVE,
    source: { kind: 'activity', types: ['silkworm-room'] },
    conditions: [m2('200', '养蚕室建设及设施200平方米以上')],
    award: perUnit('area', 'm2', '400'),
  }),
  std({
    id: 'silkworm-room-operator',
    clause: C41,
    text: S.silk,
    title: t('新型经营主体养蚕室建设', 'Operator silkworm room'),
    subject: OPERATOR,
    source: { kind: 'activity', types: ['silkworm-room'] },
    conditions: [m2('200', '养蚕室建设及设施200平方米以上')],
    award: perUnit('area', 'm2', '120'),
  }),
  std({
    id: 'kiwi-seedlings',
    clause: C41,
    text: S.kiwi,
    title: t('猕猴桃种苗', 'Kiwifruit seedlings'),
    subject: EITHER,
    source: { kind: 'activity', types: ['kiwi'] },
    conditions: [contiguous('50', '集中连片50亩以上')],
    award: perUnit('contiguousArea', 'mu', '500'),
  }),
  std({
    id: 'kiwi-trellis',
    clause: C41,
    text: S.kiwi,
    title: t('猕猴桃棚架建设', 'Kiwifruit trellis'),
    subject: EITHER,
    source: { kind: 'activity', types: ['kiwi'] },
    conditions: [
      contiguous('50', '集中连片50亩以上'),
      min('trellis', 'trellisArea', '0.01', 'mu', t('棚架建设面积', 'trellis area'), '棚架建设'),
    ],
    award: perUnit('trellisArea', 'mu', '1000'),
    notes: [
      t(
        '棚架补助与“集中连片50亩以上”同在一句，按同一条件理解。',
        'The trellis award shares its sentence with "集中连片50亩以上" and is read with that condition.',
      ),
    ],
  }),
  // 五(一)4(2) livestock and fishery
  std({
    id: 'pig-pens',
    clause: C42,
    text: S.pig,
    title: t('生猪标准化养殖圈舍', 'Standard pig pens'),
    subject: EITHER,
    source: { kind: 'activity', types: ['pig-pens'] },
    conditions: [
      attest(
        'standardized',
        'standardized',
        t('新建或扩建标准化养殖圈舍', 'new or expanded standard pens'),
        '新建或扩建标准化养殖圈舍',
      ),
      m2('2000', '2000㎡以上'),
    ],
    award: perUnit('area', 'm2', '400'),
  }),
  std({
    id: 'cattle-pens-collective',
    clause: C42,
    text: S.cattle,
    title: t('村集体肉牛养殖场圈舍', 'Collective beef cattle pens'),
    subject: COLLECTIVE,
    source: { kind: 'activity', types: ['cattle-pens'] },
    conditions: [
      attest(
        'standardized',
        'standardized',
        t('新建或扩建标准化肉牛养殖场', 'new or expanded standard cattle farm'),
        '新建或扩建标准化肉牛养殖场',
      ),
      m2('1000', '圈舍1000㎡以上'),
    ],
    award: perUnit('area', 'm2', '500'),
  }),
  std({
    id: 'cattle-pens-operator',
    clause: C42,
    text: S.cattle,
    title: t('新型经营主体肉牛养殖场圈舍', 'Operator beef cattle pens'),
    subject: OPERATOR,
    source: { kind: 'activity', types: ['cattle-pens'] },
    conditions: [
      attest(
        'standardized',
        'standardized',
        t('新建或扩建标准化肉牛养殖场', 'new or expanded standard cattle farm'),
        '新建或扩建标准化肉牛养殖场',
      ),
      m2('1000', '圈舍1000㎡以上'),
    ],
    award: perUnit('area', 'm2', '150'),
  }),
  std({
    id: 'poultry-farm',
    clause: C42,
    text: S.poultry,
    title: t('家禽养殖场', 'Poultry farm'),
    subject: EITHER,
    source: { kind: 'activity', types: ['poultry-farm'] },
    conditions: [
      min('stock', 'stock', '10000', 'bird', t('肉禽存栏', 'meat birds in stock'), '肉禽存栏10000只以上'),
    ],
    award: perUnit('stock', 'bird', '4.5'),
  }),
  std({
    id: 'coldwater-fish',
    clause: C42,
    text: S.fish,
    title: t('冷水鱼养殖', 'Cold-water fish'),
    subject: EITHER,
    source: { kind: 'activity', types: ['coldwater-fish'] },
    conditions: [m2('1000', '冷水鱼养殖面积不低于1000㎡')],
    award: perUnit('area', 'm2', '100'),
  }),
  std({
    id: 'bulk-fish',
    clause: C42,
    text: S.fish,
    title: t('大宗渔业养殖', 'Bulk freshwater fish'),
    subject: EITHER,
    source: { kind: 'activity', types: ['bulk-fish'] },
    conditions: [mu('10', '大宗渔业养殖面积不低于10亩')],
    award: perUnit('area', 'mu', '300'),
  }),
  std({
    id: 'rice-fish',
    clause: C42,
    text: S.riceFish,
    title: t('稻渔综合种养', 'Rice–fish co-culture'),
    subject: EITHER,
    source: { kind: 'activity', types: ['rice-fish'] },
    award: perUnit('area', 'mu', '4000'),
  }),
  // 五(一)4(3) 脱贫户
  std({
    id: 'poor-tea',
    clause: C43,
    text: S.poorTea,
    title: t('脱贫户低产低效茶园改造', 'Tea garden renovation (脱贫户)'),
    subject: POOR,
    source: { kind: 'activity', types: ['tea-renovation'] },
    conditions: [mu('1', '1亩及以上')],
    award: perUnit('area', 'mu', '600'),
  }),
  std({
    id: 'poor-fungus',
    clause: C43,
    text: S.poorFungus,
    title: t('脱贫户袋料黑木耳', 'Bagged black fungus (脱贫户)'),
    subject: POOR,
    source: { kind: 'activity', types: ['bag-fungus'] },
    conditions: [
      min('bags', 'bags', '1000', 'bag', t('袋数', 'bags'), '1000袋及以上'),
      income('1500', '收入达到1500元以上'),
    ],
    award: perUnit('bags', 'bag', '0.8'),
  }),
  std({
    id: 'poor-gourd',
    clause: C43,
    text: S.gourd,
    title: t('脱贫户新种植吊瓜', 'Snake gourd (脱贫户)'),
    subject: POOR,
    source: { kind: 'activity', types: ['gourd'] },
    conditions: [mu('1', '1亩及以上'), survival('成活率85%以上'), income('1000', '收入达到1000元以上')],
    award: perUnit('area', 'mu', '500'),
  }),
  std({
    id: 'poor-orchard',
    clause: C43,
    text: S.orchard,
    title: t('脱贫户新种植经济林', 'Fruit orchard (脱贫户)'),
    subject: POOR,
    source: { kind: 'activity', types: ['orchard'] },
    conditions: [mu('1', '1亩及以上'), survival('成活率85%以上')],
    award: perUnit('area', 'mu', '1000'),
    notes: [
      t(
        '方案写明“3年后预计亩均年收入3000元”，这是预期，不作为审核条件。',
        'The plan expects ¥3,000 income per mu a year after 3 years; that is an expectation, not a condition.',
      ),
    ],
  }),
  std({
    id: 'poor-vegetable',
    clause: C43,
    text: S.vegetable,
    title: t('脱贫户当年种植蔬菜', 'Vegetables (脱贫户)'),
    subject: POOR,
    source: { kind: 'activity', types: ['vegetable'] },
    conditions: [mu('1', '1亩及以上'), income('1000', '收入达到1000元以上')],
    award: perUnit('area', 'mu', '500'),
  }),
  std({
    id: 'poor-pig',
    clause: C43,
    text: S.poorPig,
    title: t('脱贫户当年养猪', 'Pigs (脱贫户)'),
    subject: POOR,
    source: { kind: 'activity', types: ['pig'] },
    conditions: [
      min('head', 'head', '2', 'head', t('养猪头数', 'pigs raised'), '当年养猪2头及以上'),
      income('2000', '收入达到2000元以上'),
    ],
    award: perUnit('head', 'head', '700'),
  }),
  // 五(一)4(4) 监测对象
  std({
    id: 'monitored-tea',
    clause: C44,
    text: S.monTea,
    title: t('监测对象低产低效茶园改造', 'Tea garden renovation (监测对象)'),
    subject: MONITORED,
    source: { kind: 'activity', types: ['tea-renovation'] },
    conditions: [mu('1', '1亩及以上')],
    award: perUnit('area', 'mu', '600'),
  }),
  std({
    id: 'monitored-tianma',
    clause: C44,
    text: S.tianma,
    title: t('监测对象新发展天麻', 'Tianma (监测对象)'),
    subject: MONITORED,
    source: { kind: 'activity', types: ['tianma'] },
    conditions: [
      mu('0.5', '新发展天麻0.5亩及以上'),
      {
        kind: 'min-ratio',
        id: 'incomePerMu',
        field: 'income',
        per: 'area',
        threshold: '2000',
        unit: 'yuan-per-mu',
        label: t('亩均收入', 'income per mu'),
        text: '亩均收入达到2000元以上',
      },
    ],
    award: perUnit('area', 'mu', '1000'),
  }),
  std({
    id: 'monitored-herbs',
    clause: C44,
    text: S.monHerbs,
    title: t('监测对象新发展中药材', 'Medicinal herbs (监测对象)'),
    subject: MONITORED,
    source: { kind: 'activity', types: ['herbs'] },
    conditions: [mu('1', '中药材面积在1亩及以上'), income('1000', '收入达到1000元以上')],
    award: perUnit('area', 'mu', '500'),
  }),
  std({
    id: 'monitored-gourd',
    clause: C44,
    text: S.monGourd,
    title: t('监测对象新种植吊瓜', 'Snake gourd (监测对象)'),
    subject: MONITORED,
    source: { kind: 'activity', types: ['gourd'] },
    conditions: [mu('1', '1亩及以上'), survival('成活率85%以上'), income('1000', '收入达到1000元以上')],
    award: perUnit('area', 'mu', '500'),
  }),
  std({
    id: 'monitored-pepper',
    clause: C44,
    text: S.pepper,
    title: t('监测对象新种植花椒', 'Sichuan pepper (监测对象)'),
    subject: MONITORED,
    source: { kind: 'activity', types: ['pepper'] },
    conditions: [
      mu('1', '新种植花椒1亩及以上'),
      min('density', 'plantsPerMu', '110', 'plants-per-mu', t('每亩株数', 'plants per mu'), '每亩110株以上'),
      min('stem', 'stemDiameterCm', '0.8', 'cm', t('地径', 'stem diameter'), '地径≧0.8cm'),
      survival('成活率85%以上'),
    ],
    award: perUnit('area', 'mu', '400'),
  }),
  std({
    id: 'monitored-pig',
    clause: C44,
    text: S.monPig,
    title: t('监测对象当年养猪', 'Pigs (监测对象)'),
    subject: MONITORED,
    source: { kind: 'activity', types: ['pig'] },
    conditions: [
      min('head', 'head', '2', 'head', t('养猪头数', 'pigs raised'), '当年养猪2头及以上'),
      income('2000', '收入达到2000元以上'),
    ],
    award: perUnit('head', 'head', '700'),
  }),
  std({
    id: 'monitored-sheep',
    clause: C44,
    text: S.sheep,
    title: t('监测对象当年养羊', 'Sheep (监测对象)'),
    subject: MONITORED,
    source: { kind: 'activity', types: ['sheep'] },
    conditions: [
      min('head', 'head', '5', 'sheep', t('养羊只数', 'sheep raised'), '当年养羊5只及以上'),
      income('2000', '收入达到2000元以上'),
    ],
    award: perUnit('head', 'sheep', '200'),
    notes: [
      t(
        '方案以“只”计数、以“头”计奖（200元/头），两者指同一只羊。',
        'The plan counts sheep in 只 and awards per 头; both mean one animal.',
      ),
    ],
  }),
  std({
    id: 'monitored-bees',
    clause: C44,
    text: S.bees,
    title: t('监测对象当年养蜂', 'Bees (监测对象)'),
    subject: MONITORED,
    source: { kind: 'activity', types: ['bees'] },
    conditions: [
      min('boxes', 'boxes', '5', 'box', t('蜂箱数', 'hives'), '当年养蜂5箱及以上'),
      income('1200', '收入达1200元以上'),
    ],
    award: perUnit('boxes', 'box', '200'),
    notes: [
      t(
        '方案写“奖补标准200元/头”，但养蜂以“箱”计数：按每箱200元计算。',
        'The plan says 200 yuan per 头 (head), but bees are counted in 箱 (hives): computed as 200 per hive.',
      ),
    ],
  }),
  std({
    id: 'monitored-poultry',
    clause: C44,
    text: S.birds,
    title: t('监测对象当年养禽', 'Poultry (监测对象)'),
    subject: MONITORED,
    source: { kind: 'activity', types: ['poultry'] },
    conditions: [
      min('birds', 'birds', '10', 'bird', t('养禽只数', 'birds raised'), '当年养禽（鸡、鸭、鹅）10只及以上'),
      income('800', '收入达到800元以上'),
    ],
    award: perUnit('birds', 'bird', '15'),
  }),
  std({
    id: 'monitored-processing',
    clause: C44,
    text: S.processing,
    title: t('监测对象新建农副产品加工业', 'Farm produce processing (监测对象)'),
    subject: MONITORED,
    source: { kind: 'activity', types: ['processing'] },
    conditions: business('10000', '9000'),
    award: { kind: 'fixed', unit: 'each', amount: '3000' },
  }),
  std({
    id: 'monitored-shop',
    clause: C44,
    text: S.shop,
    title: t('监测对象新办便民小商店', 'Convenience shop (监测对象)'),
    subject: MONITORED,
    source: { kind: 'activity', types: ['shop'] },
    conditions: business('10000', '9000'),
    award: { kind: 'fixed', unit: 'each', amount: '3000' },
  }),
  std({
    id: 'monitored-farmstay',
    clause: C44,
    text: S.farmstay,
    title: t('监测对象新办农家乐', 'Farm stay (监测对象)'),
    subject: MONITORED,
    source: { kind: 'activity', types: ['farmstay'] },
    conditions: business('20000', '10000'),
    award: { kind: 'fixed', unit: 'each', amount: '4000' },
  }),
  // 五(一)4(5) linking farmers
  std({
    id: 'link-wages',
    clause: C45,
    text: S.wages,
    title: t('劳务用工奖补', 'Wage reward'),
    subject: OPERATOR,
    source: { kind: 'subject', field: 'labor' },
    conditions: [
      min(
        'workers',
        'poorWorkers',
        '5',
        'person',
        t('吸纳脱贫人口务工', '脱贫人口 employed'),
        '吸纳脱贫人口5人以上（含5人）',
      ),
      min(
        'wages',
        'wages',
        '50000',
        'yuan',
        t('支付脱贫户、监测对象工资总额', 'wages paid to 脱贫户 and 监测对象 workers'),
        '年度支付脱贫户、监测对象工资总额达5万元以上',
      ),
    ],
    award: { kind: 'share', base: 'wages', rate: '0.2' },
    notes: [
      t(
        '人数条件只写“脱贫人口”，工资条件写“脱贫户、监测对象”：按原文分别计。',
        'The head count names 脱贫人口 only while the wages name 脱贫户 and 监测对象: each is counted as written.',
      ),
    ],
  }),
  std({
    id: 'link-orders',
    clause: C45,
    text: S.orders,
    title: t('订单收购奖补', 'Order purchase reward'),
    subject: OPERATOR,
    source: { kind: 'subject', field: 'orders' },
    conditions: [
      attest(
        'contract',
        'contractAboveMarket',
        t('订单协议且高于市场价收购', 'order contracts, bought above market price'),
        '采取订单协议……高于市场价收购',
      ),
      min(
        'households',
        'households',
        '10',
        'household',
        t('带动脱贫户、监测对象户数', '脱贫户/监测对象 households linked'),
        '带动脱贫户、监测对象10户以上（含10户）',
      ),
      min(
        'purchases',
        'purchases',
        '100000',
        'yuan',
        t('年收购农副产品总额', 'annual purchases'),
        '年收购脱贫户、监测对象农副产品总额在10万元以上',
      ),
    ],
    award: { kind: 'share', base: 'purchases', rate: '0.05' },
  }),
  std({
    id: 'link-land',
    clause: C45,
    text: S.land,
    title: t('土地流转奖补', 'Land lease reward'),
    subject: OPERATOR,
    source: { kind: 'subject', field: 'land' },
    conditions: [
      min(
        'households',
        'households',
        '10',
        'household',
        t('流转脱贫户、监测对象土地户数', '脱贫户/监测对象 households leasing land'),
        '流转脱贫户、监测对象10户以上土地',
      ),
      attest(
        'ledger',
        'ledgerAndContracts',
        t('建立健全土地流转台账和协议', 'lease ledger and contracts in place'),
        '建立健全脱贫户、监测对象土地流转台账和协议',
      ),
    ],
    award: { kind: 'share', base: 'leaseFees', rate: '0.1' },
  }),
  // 五(二) infrastructure cost standards
  std({
    id: 'infra-village-road',
    clause: '五(二)1',
    text: S.road,
    title: t('村组道路硬化', 'Village road hardening'),
    subject: { kinds: ['project'], label: t('基础设施项目', 'infrastructure projects') },
    source: { kind: 'subject' },
    award: { kind: 'cost-range', per: 'km', min: '700000', max: '900000' },
  }),
  std({
    id: 'infra-road-upgrade',
    clause: '五(二)2',
    text: S.roadUpgrade,
    title: t('通村公路完善工程', 'Village access road upgrade'),
    subject: { kinds: ['project'], label: t('基础设施项目', 'infrastructure projects') },
    source: { kind: 'subject' },
    award: { kind: 'cost-range', per: 'km', min: '170000', max: '170000', average: true },
  }),
  std({
    id: 'infra-bridge-small',
    clause: '五(二)3',
    text: S.bridge,
    title: t('小跨径平板桥（跨度10米以内）', 'Small-span slab bridge (span within 10 m)'),
    subject: { kinds: ['project'], label: t('基础设施项目', 'infrastructure projects') },
    source: { kind: 'subject' },
    award: { kind: 'cost-range', per: 'm2', min: '4500', max: '5000' },
  }),
  std({
    id: 'infra-bridge-large',
    clause: '五(二)3',
    text: S.bridge,
    title: t('大跨径箱梁平板桥（跨度10米以上）', 'Large-span box-girder bridge (span 10 m and above)'),
    subject: { kinds: ['project'], label: t('基础设施项目', 'infrastructure projects') },
    source: { kind: 'subject' },
    award: { kind: 'cost-range', per: 'm2', min: '5500', max: '6000' },
  }),
  std({
    id: 'infra-living-env',
    clause: '五(二)4',
    text: S.livingEnv,
    title: t('农村人居环境整治', 'Rural living environment'),
    subject: { kinds: ['project'], label: t('基础设施项目', 'infrastructure projects') },
    source: { kind: 'subject' },
    award: { kind: 'reviewed', field: 'reviewedAmount' },
    notes: [
      t(
        '方案写“具体补助标准参照行业技术规范执行”，没有数额：由审核确定后记录。',
        'The plan defers to industry norms and gives no number: the amount decided by review is recorded.',
      ),
    ],
  }),
  std({
    id: 'infra-toilet',
    clause: '五(二)5',
    text: S.toilet,
    title: t('村级公共厕所', 'Village public toilet'),
    subject: { kinds: ['project'], label: t('基础设施项目', 'infrastructure projects') },
    source: { kind: 'subject' },
    award: { kind: 'cost-range', per: 'seat', min: '200000', max: '200000' },
  }),
  // 五(三) other standards
  std({
    id: 'rain-dew',
    clause: '五(三)1',
    text: S.rainDew,
    title: t('“雨露计划”职业教育助学补助', 'Rain and Dew vocational study grant'),
    subject: {
      kinds: ['household'],
      categories: ['poverty-alleviated'],
      label: t('建档立卡脱贫户家庭在校学生', 'students of registered 脱贫户 families'),
    },
    source: { kind: 'member', field: 'student' },
    conditions: [
      {
        kind: 'one-of',
        id: 'school',
        field: 'student.schoolType',
        values: ['technical', 'secondary-vocational', 'higher-vocational'],
        valueLabels: {
          technical: t('技工类院校', 'technical school'),
          'secondary-vocational': t('中等职业学校', 'secondary vocational school'),
          'higher-vocational': t('高等职业学校', 'higher vocational college'),
          general: t('普通高中', 'general high school'),
          university: t('普通本科', 'university'),
          other: t('其他', 'other'),
        },
        label: t('就读学校类型', 'type of school'),
        text: '技工类院校就读（项目名：中、高职业教育）',
      },
      attest('enrolled', 'student.enrolled', t('在校就读', 'enrolled'), '在校学生'),
    ],
    award: { kind: 'fixed', unit: 'student-year', amount: '3000' },
    notes: [
      t(
        '方案只写“建档立卡脱贫户家庭”；国家雨露计划也覆盖监测对象家庭，但本工具按方案原文执行。每学年3000元常按秋季、春季学期各1500元发放。',
        'The plan names 建档立卡脱贫户 families only; national 雨露计划 rules also cover 监测对象 families, but HuiNong follows the plan. The ¥3,000 a year is commonly paid as ¥1,500 per semester.',
      ),
    ],
  }),
  std({
    id: 'travel-grant',
    clause: '五(三)2',
    text: S.travel,
    title: t('跨县务工交通补助', 'Travel grant for work outside the county'),
    subject: {
      kinds: ['household'],
      categories: ['poverty-alleviated', 'monitored'],
      label: t('脱贫劳动力（含监测对象）', 'poverty-alleviated workers (incl. 监测对象)'),
    },
    source: { kind: 'member', field: 'workTrips' },
    award: {
      kind: 'tiered-travel',
      tiers: { outsideProvince: '500', outsideCity: '300', outsideCounty: '200' },
      perPersonPerYear: 1,
      minMonths: 0,
    },
    notes: [
      t(
        '方案未规定最短务工时间（其他县常要求稳定务工3个月以上）：本方案最短时间参数为0。',
        'The plan sets no minimum time in work (other counties require 3 months or more): the minimum is 0 in this pack.',
      ),
    ],
  }),
  std({
    id: 'public-post',
    clause: '五(三)3',
    text: S.post,
    title: t('公益性岗位补贴', 'Public-welfare post allowance'),
    subject: {
      kinds: ['household'],
      categories: ['poverty-alleviated'],
      alsoGroups: [
        {
          category: 'monitored',
          monitoredTypes: ['marginal'],
          zeroEmployment: true,
          label: t('“零就业”边缘易致贫就业困难户', '"zero-employment" marginal households'),
        },
      ],
      label: t(
        '建档立卡脱贫劳动力、“零就业”边缘易致贫户',
        'registered poverty-alleviated workers, zero-employment marginal households',
      ),
    },
    source: { kind: 'member', field: 'publicPost' },
    conditions: [
      min('months', 'publicPost.months', '1', 'month', t('上岗月数', 'months in post'), '上岗人员'),
    ],
    award: perUnit('publicPost.months', 'month', '600'),
    notes: [
      t(
        '“无法离乡、无业可扶且有能力胜任”是优先安置条件；方案未规定年龄或每户岗位数，本工具不设此限。',
        '"Cannot leave home, no other work, able to do the post" set priority; the plan sets no age limit or posts per household, and none is invented here.',
      ),
    ],
  }),
];

export const xixiang2023Input: PolicyPackInput = {
  id: 'xixiang-2023',
  name: t(
    '西乡县2023年度统筹整合使用财政涉农资金中期调整实施方案',
    'Xixiang County 2023 plan for integrated agricultural funds (mid-year revision)',
  ),
  document: {
    title: '西乡县2023年度统筹整合使用财政涉农资金中期调整实施方案',
    file: '003_6ce3d45cd7b065a6.txt',
    published: '2023-08',
    publishedNote: '第四阶段：中期调整方案（2023年8月）',
  },
  dates: YEAR,
  home: { province: '陕西省', city: '汉中市', county: '西乡县', code: '610724' },
  standards,
};
