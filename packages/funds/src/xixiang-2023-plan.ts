import { type CountyPlanInput, PlanCitations } from './plan-check.schema.ts';

const SOURCE = '西乡县2023年度统筹整合使用财政涉农资金中期调整实施方案';

/**
 * 西乡县 (汉中市, 陕西省) 2023 plan after its mid-year adjustment, as entered into the checker: the
 * worked example. Every figure is quoted from the plan, in 万元 or 个; the plan states no 2022
 * industry share, so `lastYearSharePercent` is left out and that check is not applicable.
 */
export const xixiang2023Plan = {
  county: '西乡县',
  year: 2023,
  // 四: 计划整合各类涉农资金36118.58万元
  total: '36118.58',
  sources: {
    // 四: 其中中央资金21025.58万元
    central: '21025.58',
    // 四: 省级资金10967万元
    provincial: '10967',
    // 四: 市级资金670万元
    city: '670',
    // 四: 县级资金3456万元
    county: '3456',
  },
  linkage: {
    // 四: 中省财政衔接补助资金15728万元
    total: '15728',
    // 四: 用于产业发展资金数为9984.41万元
    industry: '9984.41',
    // 四: 占比63.5%
    statedSharePercent: '63.5',
  },
  projects: {
    // 一: 实施方案（年初）共编制项目288个
    start: 288,
    // 四: 中期调整我县新增项目55个
    added: 55,
    // 四: 调减项目31个
    removed: 31,
    // 一: 中期调整后共编制项目312个
    stated: 312,
  },
  funds: {
    // 一: 计划整合到位资金32970.02万元
    start: '32970.02',
    // 四: 增加财政涉农整合资金6776.13万元
    added: '6776.13',
    // 四: 减少财政涉农整合资金3711.28万元
    removed: '3711.28',
    // 四: 项目建设内容调整增加财政涉农整合资金83.712万元
    contentAdjustment: '83.712',
    // 一: 中期调整后……计划整合资金36118.58万元 (四 repeats it: 涉农资金需求36118.58万元)
    stated: '36118.58',
  },
} as const satisfies CountyPlanInput;

/** Where the 西乡 plan states each group of figures, with the plan's own words. */
export const xixiang2023PlanCitations: PlanCitations = PlanCitations.parse({
  source: SOURCE,
  sources: {
    clause: '四',
    quote:
      '方案中期调整后西乡县2023年整合用于巩固拓展脱贫攻坚成果涉农资金需求36118.58万元，计划整合各类涉农资金36118.58万元，其中中央资金21025.58万元、省级资金10967万元、市级资金670万元、县级资金3456万元。',
  },
  projects: {
    clause: '一、四',
    quote:
      '一：西乡县2023年度统筹整合财政涉农资金实施方案（年初）共编制项目288个，计划整合到位资金32970.02万元，中期调整后共编制项目312个，计划整合资金36118.58万元。四：中期调整我县新增项目55个，增加财政涉农整合资金6776.13万元；调减项目31个，减少财政涉农整合资金3711.28万元',
  },
  funds: {
    clause: '一、四',
    quote:
      '一：西乡县2023年度统筹整合财政涉农资金实施方案（年初）共编制项目288个，计划整合到位资金32970.02万元，中期调整后共编制项目312个，计划整合资金36118.58万元。四：中期调整我县新增项目55个，增加财政涉农整合资金6776.13万元；调减项目31个，减少财政涉农整合资金3711.28万元，项目建设内容调整增加财政涉农整合资金83.712万元',
  },
  share: {
    clause: '四',
    quote: '中省财政衔接补助资金15728万元，用于产业发展资金数为9984.41万元，占比63.5%。',
  },
});
