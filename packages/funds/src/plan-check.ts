import type { Text } from '@huinong/benefits';
import type { z } from 'zod';
import { Dec, decimalPlacesOf, decimalsEn, plain, roundHalfUp, sum } from './decimal.ts';
import {
  CountyPlan,
  type PlanCheck,
  type PlanCitations,
  type PlanField,
  type PlanIssue,
  type PlanIssueParams,
  type PlanValue,
  planFieldLabels,
} from './plan-check.schema.ts';
import type { IndustryShareRule } from './shanxi-2023.schema.ts';
import { shanxi2023IndustryShareRule } from './shanxi-2023.ts';

/** Options of `checkPlan`: the industry-share rule and where the plan states its figures. */
export type CheckPlanOptions = { rule?: IndustryShareRule; citations?: PlanCitations };

/**
 * Citations when the caller has none: the section headings of the Shaanxi 中期调整实施方案 template
 * that 西乡 follows (一、编制依据 states the start and final counts, 四、资金投入情况 the rest).
 */
export function templateCitations(plan: CountyPlan): PlanCitations {
  return {
    source: `${plan.county}${plan.year}年度统筹整合使用财政涉农资金中期调整实施方案`,
    sources: { clause: '四', quote: '四、资金投入情况' },
    projects: { clause: '一、四', quote: '一、编制依据；四、资金投入情况' },
    funds: { clause: '一、四', quote: '一、编制依据；四、资金投入情况' },
    share: { clause: '四', quote: '四、资金投入情况' },
  };
}

const value = (key: PlanField | string, label: Text, v: string, unit: PlanValue['unit']): PlanValue => ({
  key,
  label,
  value: v,
  unit,
});
const field = (key: PlanField, v: string, unit: PlanValue['unit'] = '万元'): PlanValue =>
  value(key, planFieldLabels[key], v, unit);

const status = (passed: boolean) => (passed ? 'passed' : 'failed') as 'passed' | 'failed';

/**
 * Reconciles a computed money figure with the figure the plan states.
 *
 * Why a tolerance at all: the plan states money to 0.01 万元 (百元), but a line may carry more
 * digits (西乡's content adjustment is 83.712 万元), so the exact result can be finer than the
 * stated figure: 32970.02 + 6776.13 − 3711.28 + 83.712 = 36118.582 against the stated 36118.58.
 * The rule: round the exact result half-up to the stated figure's own precision, but never coarser
 * than 0.01, and require equality. That accepts exactly the rounding the plan itself does
 * (36118.582 → 36118.58) and nothing more: 36118.59 stated, or 36118.575 computed with 36118.57
 * stated, fail. A figure stated in whole 万元 is still compared at 0.01, so a round number cannot
 * hide a difference of up to half a 万元.
 */
export function reconcileMoney(
  exact: string,
  stated: string,
): { rounded: string; places: number; passed: boolean } {
  const places = Math.max(2, decimalPlacesOf(stated));
  const rounded = roundHalfUp(new Dec(exact), places);
  return { rounded, places, passed: new Dec(rounded).equals(stated) };
}

// shares are shown to 10 decimals (exact when the division terminates: 60, 59.99); the pass/fail
// decision never uses this figure, it cross-multiplies (industry × 100 ≥ threshold × total)
const SHARE_PLACES = 10;
const sharePercentOf = (industry: string, total: string): Dec =>
  new Dec(industry).times(100).dividedBy(total);
const showShare = (share: Dec): string => plain(share.toDecimalPlaces(SHARE_PLACES, Dec.ROUND_HALF_UP));
const atLeastShare = (industry: string, total: string, thresholdPercent: string): boolean =>
  new Dec(industry).times(100).greaterThanOrEqualTo(new Dec(thresholdPercent).times(total));

/**
 * Runs every check on a parsed county plan and returns them in the order of `PlanCheckId`:
 * sources add up to the total; the stated final funds equal the total; the project and fund
 * reconciliations of the mid-year adjustment; the industry share against the rule's minimum and
 * against last year's share (not-applicable when last year's share is not given); the stated share
 * against the exact share rounded to the stated precision (not-applicable when not stated).
 * A plan that breaks a rule gives failed checks, never an exception. This is a pure function.
 */
export function checkPlan(plan: CountyPlan, options: CheckPlanOptions = {}): PlanCheck[] {
  const rule = options.rule ?? shanxi2023IndustryShareRule;
  const cite = options.citations ?? templateCitations(plan);
  const checks: PlanCheck[] = [];

  // sources by level add up to the plan total
  {
    const { central, provincial, city, county } = plan.sources;
    const exact = sum([central, provincial, city, county]);
    const r = reconcileMoney(plain(exact), plan.total);
    checks.push({
      id: 'sources-sum',
      clause: cite.sources.clause,
      source: cite.source,
      quote: cite.sources.quote,
      label: {
        zh: '中央、省级、市级、县级资金之和等于计划整合资金总额',
        en: 'central + provincial + city + county funds equal the plan total',
      },
      status: status(r.passed),
      passed: r.passed,
      relation: '=',
      actual: r.rounded,
      expected: plan.total,
      unit: '万元',
      values: [
        field('sources.central', central),
        field('sources.provincial', provincial),
        field('sources.city', city),
        field('sources.county', county),
        value('sum', { zh: '各级资金合计', en: 'sum of sources' }, plain(exact), '万元'),
        field('total', plan.total),
      ],
    });
  }

  // the final funds stated for the adjustment are the plan total stated with the sources
  {
    const passed = new Dec(plan.funds.stated).equals(plan.total);
    checks.push({
      id: 'funds-final-equals-total',
      clause: cite.funds.clause,
      source: cite.source,
      quote: cite.funds.quote,
      label: {
        zh: '调整后计划整合资金等于计划整合资金总额',
        en: 'the stated final funds equal the plan total',
      },
      status: status(passed),
      passed,
      relation: '=',
      actual: plan.funds.stated,
      expected: plan.total,
      unit: '万元',
      values: [field('funds.stated', plan.funds.stated), field('total', plan.total)],
    });
  }

  // projects: start + added − removed = stated final count, exactly
  {
    const { start, added, removed, stated } = plan.projects;
    const computed = start + added - removed;
    const passed = computed === stated;
    checks.push({
      id: 'projects-reconcile',
      clause: cite.projects.clause,
      source: cite.source,
      quote: cite.projects.quote,
      label: {
        zh: '年初项目数＋新增项目数－调减项目数＝调整后项目数',
        en: 'projects at the start + added − removed = the stated final count',
      },
      status: status(passed),
      passed,
      relation: '=',
      actual: String(computed),
      expected: String(stated),
      unit: '个',
      values: [
        field('projects.start', String(start), '个'),
        field('projects.added', String(added), '个'),
        field('projects.removed', String(removed), '个'),
        value('computed', { zh: '推算调整后项目数', en: 'computed final count' }, String(computed), '个'),
        field('projects.stated', String(stated), '个'),
      ],
    });
  }

  // funds: start + added − removed + content adjustment ≈ stated final (see reconcileMoney)
  {
    const { start, added, removed, contentAdjustment, stated } = plan.funds;
    const exact = new Dec(start).plus(added).minus(removed).plus(contentAdjustment);
    const r = reconcileMoney(plain(exact), stated);
    checks.push({
      id: 'funds-reconcile',
      clause: cite.funds.clause,
      source: cite.source,
      quote: cite.funds.quote,
      label: {
        zh: '年初资金＋新增－调减＋建设内容调整＝调整后计划整合资金（按0.01万元四舍五入后比较）',
        en: 'funds at the start + added − removed + content adjustment = the stated final funds (compared after rounding to 0.01)',
      },
      status: status(r.passed),
      passed: r.passed,
      relation: '=',
      actual: r.rounded,
      expected: stated,
      unit: '万元',
      values: [
        field('funds.start', start),
        field('funds.added', added),
        field('funds.removed', removed),
        field('funds.contentAdjustment', contentAdjustment),
        value('exact', { zh: '推算结果（未舍入）', en: 'computed, exact' }, plain(exact), '万元'),
        value(
          'rounded',
          { zh: `推算结果（保留${r.places}位小数）`, en: `computed, rounded to ${decimalsEn(r.places)}` },
          r.rounded,
          '万元',
        ),
        field('funds.stated', stated),
        value(
          'difference',
          { zh: '推算结果与方案所列之差', en: 'exact minus stated' },
          plain(exact.minus(stated)),
          '万元',
        ),
      ],
      note: {
        zh: `方案金额记至0.01万元，个别数据含更多小数（如83.712），故推算结果按四舍五入保留${r.places}位小数后与方案所列数比较。`,
        en: `The plan states money to 0.01 (10k yuan) and some lines carry more decimals (e.g. 83.712), so the exact result is rounded half-up to ${decimalsEn(r.places)} before it is compared with the stated figure.`,
      },
    });
  }

  // industry share of the linkage funds
  const { total: linkageTotal, industry, statedSharePercent, lastYearSharePercent } = plan.linkage;
  const noLinkage = new Dec(linkageTotal).isZero();
  const share = noLinkage ? null : sharePercentOf(industry, linkageTotal);
  const shareShown = share === null ? '0' : showShare(share);
  const shareValues = (): PlanValue[] => [
    field('linkage.total', linkageTotal),
    field('linkage.industry', industry),
    value('share', { zh: '产业发展资金占比（精确计算）', en: 'industry share, computed' }, shareShown, '%'),
  ];
  const noLinkageNote: Text = {
    zh: '中省财政衔接补助资金为0，无占比可言。',
    en: 'No linkage funds, so there is no share to check.',
  };
  const exactNote: Text = {
    zh: `占比以 用于产业发展资金×100 与 门槛×衔接资金 比较，不经舍入；显示保留${SHARE_PLACES}位小数。“不得低于”含本数。`,
    en: `Decided exactly by comparing industry × 100 with threshold × linkage total, no rounding; shown to ${SHARE_PLACES} decimals. "Not below" includes the threshold.`,
  };

  {
    const passed = share === null ? null : atLeastShare(industry, linkageTotal, rule.minSharePercent);
    checks.push({
      id: 'industry-share-min',
      clause: rule.clause,
      source: rule.source,
      quote: rule.quote,
      label: {
        zh: `用于产业发展的资金占比不低于${rule.minSharePercent}%`,
        en: `industry share of the linkage funds is at least ${rule.minSharePercent}%`,
      },
      status: passed === null ? 'not-applicable' : status(passed),
      passed,
      relation: '≥',
      actual: shareShown,
      expected: passed === null ? null : rule.minSharePercent,
      unit: '%',
      values: shareValues(),
      note: passed === null ? noLinkageNote : exactNote,
    });
  }

  {
    const applicable = rule.notBelowLastYear && lastYearSharePercent !== undefined && share !== null;
    const passed = applicable ? atLeastShare(industry, linkageTotal, lastYearSharePercent) : null;
    checks.push({
      id: 'industry-share-last-year',
      clause: rule.clause,
      source: rule.source,
      quote: rule.quote,
      label: {
        zh: '用于产业发展的资金占比不低于上年占比',
        en: "industry share is not below last year's share",
      },
      status: passed === null ? 'not-applicable' : status(passed),
      passed,
      relation: '≥',
      actual: shareShown,
      expected: passed === null ? null : (lastYearSharePercent ?? null),
      unit: '%',
      values:
        lastYearSharePercent === undefined
          ? shareValues()
          : [...shareValues(), field('linkage.lastYearSharePercent', lastYearSharePercent, '%')],
      note:
        share === null
          ? noLinkageNote
          : !rule.notBelowLastYear
            ? {
                zh: '所依规则无上年占比要求，本项不适用。',
                en: 'The rule has no last-year clause: not applicable.',
              }
            : passed === null
              ? {
                  zh: '未提供上年产业发展资金占比，本项不适用。',
                  en: "Last year's share not given: not applicable.",
                }
              : exactNote,
    });
  }

  {
    const places = statedSharePercent === undefined ? 0 : decimalPlacesOf(statedSharePercent);
    const rounded = share === null || statedSharePercent === undefined ? null : roundHalfUp(share, places);
    const passed =
      rounded === null || statedSharePercent === undefined
        ? null
        : new Dec(rounded).equals(statedSharePercent);
    checks.push({
      id: 'industry-share-stated',
      clause: cite.share.clause,
      source: cite.source,
      quote: cite.share.quote,
      label: {
        zh: '方案所列产业发展资金占比与精确计算结果按同样位数四舍五入后一致',
        en: 'the stated industry share matches the computed share rounded to the same decimals',
      },
      status: passed === null ? 'not-applicable' : status(passed),
      passed,
      relation: '=',
      actual: rounded ?? shareShown,
      expected: statedSharePercent ?? null,
      unit: '%',
      values: [
        ...shareValues(),
        ...(rounded === null
          ? []
          : [
              value(
                'rounded',
                { zh: `占比（保留${places}位小数）`, en: `share rounded to ${decimalsEn(places)}` },
                rounded,
                '%',
              ),
            ]),
        ...(statedSharePercent === undefined
          ? []
          : [field('linkage.statedSharePercent', statedSharePercent, '%')]),
      ],
      note:
        share === null
          ? noLinkageNote
          : passed === null
            ? { zh: '方案未列占比，本项不适用。', en: 'The plan states no share: not applicable.' }
            : {
                zh: `方案占比记至${places}位小数，精确占比按四舍五入保留${places}位小数后比较。`,
                en: `The plan states the share to ${decimalsEn(places)}; the exact share is rounded half-up to ${decimalsEn(places)} and compared.`,
              },
    });
  }

  return checks;
}

/** True when no check failed (not-applicable checks do not count against the plan). */
export function planPassed(checks: readonly PlanCheck[]): boolean {
  return checks.every((check) => check.status !== 'failed');
}

/**
 * Turns a zod error from `CountyPlan` into one entry per issue: the dotted path, the field's
 * Chinese and English name, the reason, and the bilingual message.
 */
export function planIssues(error: z.ZodError): PlanIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const params = (issue.code === 'custom' ? issue.params : undefined) as PlanIssueParams | undefined;
    const label = params?.label ?? (planFieldLabels as Record<string, Text>)[path] ?? null;
    return { path, label, reason: params?.reason ?? null, message: issue.message };
  });
}

/** Result of `checkCountyPlan`: the checks of a valid plan, or the issues of invalid input. */
export type CountyPlanReport =
  | { success: true; plan: CountyPlan; checks: PlanCheck[]; passed: boolean }
  | { success: false; error: z.ZodError; issues: PlanIssue[] };

/**
 * Validates raw input (a form, a JSON file) against `CountyPlan` and, when it is valid, runs
 * `checkPlan`. Invalid input is returned as structured issues naming each field; a valid plan
 * whose figures do not add up is returned with failed checks. Never throws. This is a pure function.
 */
export function checkCountyPlan(input: unknown, options: CheckPlanOptions = {}): CountyPlanReport {
  const parsed = CountyPlan.safeParse(input);
  if (!parsed.success) return { success: false, error: parsed.error, issues: planIssues(parsed.error) };
  const checks = checkPlan(parsed.data, options);
  return { success: true, plan: parsed.data, checks, passed: planPassed(checks) };
}
