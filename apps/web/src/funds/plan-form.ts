import type { Text } from '@huinong/benefits';
import {
  type CheckPlanOptions,
  type CountyPlanReport,
  checkCountyPlan,
  type PlanCheck,
  type PlanField,
  type PlanIssue,
  planFieldLabels,
  xixiang2023Plan,
  xixiang2023PlanCitations,
} from '@huinong/funds';
import { groupDigits } from './numbers.ts';

/** How an input is typed and converted: whole numbers go to the schema as numbers, amounts as text. */
export type InputKind = 'text' | 'whole' | 'amount' | 'percent';

export interface PlanInputSpec {
  readonly field: PlanField;
  readonly kind: InputKind;
  readonly unit: Text | null;
  readonly optional?: true;
}

const WAN: Text = { zh: '万元', en: '10k yuan' };
const GE: Text = { zh: '个', en: 'projects' };
const PCT: Text = { zh: '%', en: '%' };

const amount = (field: PlanField): PlanInputSpec => ({ field, kind: 'amount', unit: WAN });
const count = (field: PlanField): PlanInputSpec => ({ field, kind: 'whole', unit: GE });

/** The form's groups in the order of the plan: each a legend (a `planFieldLabels` key) and its inputs. */
export const PLAN_SECTIONS: readonly { group: PlanField | 'plan'; inputs: readonly PlanInputSpec[] }[] = [
  {
    group: 'plan',
    inputs: [
      { field: 'county', kind: 'text', unit: null },
      { field: 'year', kind: 'whole', unit: null },
    ],
  },
  {
    group: 'sources',
    inputs: [
      amount('sources.central'),
      amount('sources.provincial'),
      amount('sources.city'),
      amount('sources.county'),
      amount('total'),
    ],
  },
  {
    group: 'linkage',
    inputs: [
      amount('linkage.total'),
      amount('linkage.industry'),
      { field: 'linkage.statedSharePercent', kind: 'percent', unit: PCT, optional: true },
      { field: 'linkage.lastYearSharePercent', kind: 'percent', unit: PCT, optional: true },
    ],
  },
  {
    group: 'projects',
    inputs: [
      count('projects.start'),
      count('projects.added'),
      count('projects.removed'),
      count('projects.stated'),
    ],
  },
  {
    group: 'funds',
    inputs: [
      amount('funds.start'),
      amount('funds.added'),
      amount('funds.removed'),
      amount('funds.contentAdjustment'),
      amount('funds.stated'),
    ],
  },
];

export const PLAN_INPUTS: readonly PlanInputSpec[] = PLAN_SECTIONS.flatMap((s) => s.inputs);

/** The form as typed: every input's text, keyed by its dotted path. */
export type PlanForm = Readonly<Partial<Record<PlanField, string>>>;

/** The 西乡 2023 worked example as form text. */
export const XIXIANG_FORM: PlanForm = formOf(xixiang2023Plan);

/** Every input empty. */
export const EMPTY_FORM: PlanForm = {};

/** A plan (as entered into the checker) as the text of the form's inputs. This is a pure function. */
export function formOf(plan: object): PlanForm {
  const form: Partial<Record<PlanField, string>> = {};
  for (const { field } of PLAN_INPUTS) {
    const v = field
      .split('.')
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], plan);
    if (v !== undefined && v !== null) form[field] = String(v);
  }
  return form;
}

// a count typed as digits goes to the schema as a number; anything else goes as typed, so that the
// schema names the mistake ('须为数字', '须为非负整数') rather than this form
const wholeOf = (text: string): number | string => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

/**
 * The form's text as raw input for `CountyPlan`: empty inputs are left out (the schema says which
 * are required), counts that look like numbers become numbers, amounts stay text so '63.50' keeps
 * its precision. Validation is the schema's job, not this function's. This is a pure function.
 */
export function planInputOf(form: PlanForm): Record<string, unknown> {
  const input: Record<string, unknown> = { sources: {}, linkage: {}, projects: {}, funds: {} };
  for (const { field, kind } of PLAN_INPUTS) {
    const text = (form[field] ?? '').trim();
    if (text === '') continue;
    const value = kind === 'whole' ? wholeOf(text) : text;
    const [head, tail] = field.split('.') as [string, string | undefined];
    if (tail === undefined) input[head] = value;
    else (input[head] as Record<string, unknown>)[tail] = value;
  }
  return input;
}

/**
 * Checks the form with `checkCountyPlan`. The 西乡 2023 plan is checked against the places where
 * that plan states its figures (with its own words); any other plan against the template's
 * section headings. This is a pure function.
 */
export function checkForm(form: PlanForm): CountyPlanReport {
  const input = planInputOf(form);
  const options: CheckPlanOptions =
    input.county === xixiang2023Plan.county && input.year === xixiang2023Plan.year
      ? { citations: xixiang2023PlanCitations }
      : {};
  return checkCountyPlan(input, options);
}

/** The input issues by dotted path (an issue on a group, such as `linkage`, stays on the group). */
export function issuesByField(issues: readonly PlanIssue[]): Map<string, PlanIssue> {
  const byField = new Map<string, PlanIssue>();
  for (const issue of issues) if (!byField.has(issue.path)) byField.set(issue.path, issue);
  return byField;
}

/** A field's label in one language, from the package's labels. */
export const fieldLabel = (field: PlanField): Text => planFieldLabels[field];

const figureOf = (check: PlanCheck, key: string): string | undefined =>
  check.values.find((v) => v.key === key)?.value;

const joinTerms = (terms: readonly (readonly [string, string | undefined])[]): string | null => {
  if (terms.some(([, v]) => v === undefined)) return null;
  return terms
    .map(([op, v], i) => {
      const shown = groupDigits(v ?? '');
      const signed = shown.startsWith('-') ? `(${shown})` : shown;
      return i === 0 ? signed : `${op} ${signed}`;
    })
    .join(' ');
};

/**
 * The sum a check does, written out from its values: '288 + 55 − 31 = 312'. The right-hand side is
 * the computed figure; the stated one is shown beside it by the view. Null for a check without
 * a sum (a plain comparison of two stated figures). This is a pure function.
 */
export function workingOf(check: PlanCheck): string | null {
  const v = (key: string) => figureOf(check, key);
  const eq = (lhs: string | null, rhs: string | undefined) =>
    lhs === null || rhs === undefined ? null : `${lhs} = ${groupDigits(rhs)}`;
  switch (check.id) {
    case 'sources-sum':
      return eq(
        joinTerms([
          ['', v('sources.central')],
          ['+', v('sources.provincial')],
          ['+', v('sources.city')],
          ['+', v('sources.county')],
        ]),
        v('sum'),
      );
    case 'projects-reconcile':
      return eq(
        joinTerms([
          ['', v('projects.start')],
          ['+', v('projects.added')],
          ['−', v('projects.removed')],
        ]),
        v('computed'),
      );
    case 'funds-reconcile': {
      const lhs = eq(
        joinTerms([
          ['', v('funds.start')],
          ['+', v('funds.added')],
          ['−', v('funds.removed')],
          ['+', v('funds.contentAdjustment')],
        ]),
        v('exact'),
      );
      const rounded = v('rounded');
      return lhs && rounded !== undefined && rounded !== v('exact')
        ? `${lhs} ≈ ${groupDigits(rounded)}`
        : lhs;
    }
    case 'industry-share-min':
    case 'industry-share-last-year':
    case 'industry-share-stated': {
      const industry = v('linkage.industry');
      const total = v('linkage.total');
      const share = v('share');
      if (industry === undefined || total === undefined || share === undefined) return null;
      return `${groupDigits(industry)} ÷ ${groupDigits(total)} × 100% = ${share}%`;
    }
    default:
      return null;
  }
}

/** How many checks passed, failed and did not apply. */
export function tally(checks: readonly PlanCheck[]): { passed: number; failed: number; na: number } {
  return {
    passed: checks.filter((c) => c.status === 'passed').length,
    failed: checks.filter((c) => c.status === 'failed').length,
    na: checks.filter((c) => c.status === 'not-applicable').length,
  };
}
