import { Text } from '@huinong/benefits';
import { z } from 'zod';
import { Dec, decimalPlacesOf, decimalsEn, plain, roundHalfUp, sum } from './decimal.ts';
import type { PlanValue } from './plan-check.schema.ts';
import { reconcileMoney } from './plan-check.ts';

/**
 * A county plan stated as projects by category (西吉县 2025: 76 projects, 66,734.22 万元, of which
 * industry 43 projects, 38,611.92 万元, 57.9%): the figures a breakdown check reconciles. Unlike
 * 西乡's 中期调整 plan, it states no split by level of government and no start-of-year figures, so
 * the checks are the breakdown's own: the categories add up to the total, in money and in count,
 * and the industry share as stated matches the exact one.
 */
const wan = z.string().regex(/^\d+(\.\d+)?$/, 'a decimal in 万元');

export const PlanCategory = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: Text,
  projects: z.number().int().min(0),
  amount: wan,
  /** the category's share of the total as the plan states it (57.9), when it does */
  statedSharePercent: wan.optional(),
});
export type PlanCategory = z.infer<typeof PlanCategory>;

export const PlanBreakdown = z.object({
  county: z.string().min(1),
  year: z.number().int(),
  /** the document the figures come from and the part of it that states them */
  source: z.string().min(1),
  clause: z.string().min(1),
  quote: z.string().min(1),
  total: wan,
  projects: z.number().int().min(0),
  categories: z.array(PlanCategory).min(1),
});
export type PlanBreakdown = z.infer<typeof PlanBreakdown>;

/** One breakdown check: the figures, the relation, the result. */
export interface BreakdownCheck {
  readonly id: 'categories-sum' | 'categories-count' | `share-stated:${string}`;
  readonly label: Text;
  readonly source: string;
  readonly clause: string;
  readonly quote: string;
  readonly passed: boolean;
  readonly actual: string;
  readonly expected: string;
  readonly unit: '万元' | '个' | '%';
  readonly values: readonly PlanValue[];
  readonly note?: Text;
}

const v = (key: string, label: Text, value: string, unit: PlanValue['unit']): PlanValue => ({
  key,
  label,
  value,
  unit,
});

/** Checks a plan's breakdown by category. This is a pure function; a failed check is a result. */
export function checkBreakdown(plan: PlanBreakdown): BreakdownCheck[] {
  const cite = { source: plan.source, clause: plan.clause, quote: plan.quote };
  const exact = sum(plan.categories.map((c) => c.amount));
  const money = reconcileMoney(plain(exact), plan.total);
  const count = plan.categories.reduce((n, c) => n + c.projects, 0);
  const checks: BreakdownCheck[] = [
    {
      id: 'categories-sum',
      label: { zh: '各类项目资金之和等于资金总额', en: 'the categories add up to the total' },
      ...cite,
      passed: money.passed,
      actual: money.rounded,
      expected: plan.total,
      unit: '万元',
      values: [
        ...plan.categories.map((c) => v(`categories.${c.key}.amount`, c.label, c.amount, '万元')),
        v('total', { zh: '资金总额', en: 'total' }, plan.total, '万元'),
      ],
    },
    {
      id: 'categories-count',
      label: { zh: '各类项目个数之和等于项目总数', en: 'the categories’ projects add up to the count' },
      ...cite,
      passed: count === plan.projects,
      actual: String(count),
      expected: String(plan.projects),
      unit: '个',
      values: [
        ...plan.categories.map((c) => v(`categories.${c.key}.projects`, c.label, String(c.projects), '个')),
        v('projects', { zh: '项目总数', en: 'projects' }, String(plan.projects), '个'),
      ],
    },
  ];
  for (const c of plan.categories) {
    if (c.statedSharePercent === undefined) continue;
    const share = new Dec(c.amount).dividedBy(plan.total).times(100);
    const places = decimalPlacesOf(c.statedSharePercent);
    const rounded = roundHalfUp(share, places);
    checks.push({
      id: `share-stated:${c.key}`,
      label: {
        zh: `方案所列${c.label.zh}资金占比与精确计算结果一致`,
        en: `the stated share of ${c.label.en} matches the exact share`,
      },
      ...cite,
      passed: new Dec(rounded).equals(c.statedSharePercent),
      actual: rounded,
      expected: c.statedSharePercent,
      unit: '%',
      values: [
        v(`categories.${c.key}.amount`, c.label, c.amount, '万元'),
        v('total', { zh: '资金总额', en: 'total' }, plan.total, '万元'),
        v('share', { zh: '精确占比', en: 'exact share' }, plain(share.toDecimalPlaces(6)), '%'),
      ],
      note: {
        zh: `方案占比记至${places}位小数，精确占比四舍五入保留${places}位小数后比较。`,
        en: `The plan states the share to ${decimalsEn(places)}; the exact share is rounded half-up and compared.`,
      },
    });
  }
  return checks;
}

/**
 * 西吉县 2025 (宁夏回族自治区 固原市): the plan's figures as `../shared/spec/counties.md` gives them
 * (D. The plan's figures), from 西党发〔2025〕3号. The wording of the plan is not copied: the quote is
 * our summary (摘要).
 */
export const xiji2025Plan: PlanBreakdown = PlanBreakdown.parse({
  county: '西吉县',
  year: 2025,
  source: '西吉县2025年财政涉农资金统筹整合使用方案（西党发〔2025〕3号）',
  clause: '项目安排',
  quote:
    '（摘要）共安排项目76个、资金66734.22万元：产业发展43个38611.92万元（占57.9%），创业就业7个6809.3万元，乡村建设行动21个17043万元，易地搬迁后续扶持3个1670万元，其他2个2600万元。',
  total: '66734.22',
  projects: 76,
  categories: [
    {
      key: 'industry',
      label: { zh: '产业发展', en: 'industry' },
      projects: 43,
      amount: '38611.92',
      statedSharePercent: '57.9',
    },
    { key: 'employment', label: { zh: '创业就业', en: 'jobs and start-ups' }, projects: 7, amount: '6809.3' },
    {
      key: 'rural-construction',
      label: { zh: '乡村建设行动', en: 'rural construction' },
      projects: 21,
      amount: '17043',
    },
    {
      key: 'relocation',
      label: { zh: '易地搬迁后续扶持', en: 'support after relocation' },
      projects: 3,
      amount: '1670',
    },
    { key: 'other', label: { zh: '其他', en: 'other' }, projects: 2, amount: '2600' },
  ],
});

/** The plan stated by category for a pack, when the pack's county plan is of that form. */
export function breakdownPlanFor(packId: string): PlanBreakdown | null {
  return packId === 'xiji-2025' ? xiji2025Plan : null;
}
