import { describe, expect, test } from 'vitest';
import * as funds from '../src/index.ts';

describe('the public API', () => {
  test('lists exactly these runtime exports', () => {
    expect(Object.keys(funds).sort()).toEqual(
      [
        'AllocationCheck',
        'AllocationPair',
        'CityAllocation',
        'CountyAllocation',
        'CountyPlan',
        'FundCategory',
        'IndustryShareRule',
        'PlanBreakdown',
        'PlanCategory',
        'PlanCheck',
        'PlanCheckId',
        'PlanCitation',
        'PlanCitations',
        'PlanIssue',
        'PlanIssueReason',
        'PlanValue',
        'ProvinceAllocation',
        'WanAmount',
        'allCounties',
        'categoryKeys',
        'checkAllocation',
        'breakdownPlanFor',
        'checkBreakdown',
        'checkCountyPlan',
        'checkPlan',
        'countiesByCategory',
        'findCity',
        'fundCategoryLabels',
        'planFieldLabels',
        'planIssueMessage',
        'planIssueReasonLabels',
        'planIssues',
        'planPassed',
        'reconcileMoney',
        'shanxi2023',
        'shanxi2023IndustryShareRule',
        'templateCitations',
        'totalsByCategory',
        'totalsByCityAndCategory',
        'xiji2025Plan',
        'xixiang2023Plan',
        'xixiang2023PlanCitations',
      ].sort(),
    );
  });

  test('the worked example runs end to end through the index', () => {
    const report = funds.checkCountyPlan(funds.xixiang2023Plan, {
      citations: funds.xixiang2023PlanCitations,
    });
    expect(report.success && report.passed).toBe(true);
    expect(funds.checkAllocation(funds.shanxi2023).every((check) => check.passed)).toBe(true);
  });
});
