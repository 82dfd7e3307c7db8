export {
  allCounties,
  type CategoryTotal,
  type CityCategoryTotal,
  type CountyRow,
  categoryKeys,
  checkAllocation,
  countiesByCategory,
  findCity,
  fundCategoryLabels,
  totalsByCategory,
  totalsByCityAndCategory,
} from './allocation.ts';
export {
  type BreakdownCheck,
  breakdownPlanFor,
  checkBreakdown,
  PlanBreakdown,
  PlanCategory,
  xiji2025Plan,
} from './plan-breakdown.ts';
export {
  CountyPlan,
  type CountyPlanInput,
  PlanCheck,
  PlanCheckId,
  PlanCitation,
  PlanCitations,
  type PlanField,
  PlanIssue,
  type PlanIssueParams,
  PlanIssueReason,
  PlanValue,
  planFieldLabels,
  planIssueMessage,
  planIssueReasonLabels,
} from './plan-check.schema.ts';
export {
  type CheckPlanOptions,
  type CountyPlanReport,
  checkCountyPlan,
  checkPlan,
  planIssues,
  planPassed,
  reconcileMoney,
  templateCitations,
} from './plan-check.ts';
export {
  AllocationCheck,
  AllocationPair,
  CityAllocation,
  CountyAllocation,
  FundCategory,
  IndustryShareRule,
  ProvinceAllocation,
  WanAmount,
} from './shanxi-2023.schema.ts';
export { shanxi2023, shanxi2023IndustryShareRule } from './shanxi-2023.ts';
export { xixiang2023Plan, xixiang2023PlanCitations } from './xixiang-2023-plan.ts';
