import { xixiang2023Plan, xixiang2023PlanCitations } from '@huinong/funds';
import { describe, expect, test } from 'vitest';
import { checkForm, EMPTY_FORM, planInputOf, tally, workingOf, XIXIANG_FORM } from './plan-form.ts';

describe('the form and the schema', () => {
  test('the 西乡 example round-trips: form text → input equal to the package plan', () => {
    expect(planInputOf(XIXIANG_FORM)).toEqual(xixiang2023Plan);
  });

  test.for([
    ['312', 312],
    [' 312 ', 312],
    ['-3', -3],
    ['5.5', 5.5],
    ['三', '三'],
    ['3a', '3a'],
  ] as const)('a count typed %j goes to the schema as %j', ([typed, sent]) => {
    const input = planInputOf({ ...XIXIANG_FORM, 'projects.added': typed });
    expect((input.projects as Record<string, unknown>).added).toBe(sent);
  });

  test('an empty optional share is left out; amounts stay text as typed', () => {
    const input = planInputOf({ ...XIXIANG_FORM, 'linkage.statedSharePercent': ' ', total: '36118.50' });
    expect(input.linkage).not.toHaveProperty('statedSharePercent');
    expect(input.total).toBe('36118.50');
  });

  test('the 西乡 plan is checked against its own words; another county against the template', () => {
    const xixiang = checkForm(XIXIANG_FORM);
    expect(xixiang.success && xixiang.checks[0]?.quote).toBe(xixiang2023PlanCitations.sources.quote);
    const other = checkForm({ ...XIXIANG_FORM, county: '城固县' });
    expect(other.success && other.checks[0]?.quote).toBe('四、资金投入情况');
  });

  test('an empty form reports every required input, none of the optional ones', () => {
    const report = checkForm(EMPTY_FORM);
    expect(report.success).toBe(false);
    if (report.success) return;
    expect(report.issues.every((i) => i.reason === 'required')).toBe(true);
    expect(report.issues.map((i) => i.path)).not.toContain('linkage.statedSharePercent');
    // 20 inputs, two of them optional
    expect(report.issues).toHaveLength(18);
  });
});

describe('workingOf: the sum a check does, written out', () => {
  const report = checkForm(XIXIANG_FORM);
  if (!report.success) throw new Error('the 西乡 example must be valid');
  const byId = new Map(report.checks.map((c) => [c.id, c]));

  test.for([
    ['sources-sum', '21,025.58 + 10,967 + 670 + 3,456 = 36,118.58'],
    ['projects-reconcile', '288 + 55 − 31 = 312'],
    ['funds-reconcile', '32,970.02 + 6,776.13 − 3,711.28 + 83.712 = 36,118.582 ≈ 36,118.58'],
    ['industry-share-min', '9,984.41 ÷ 15,728 × 100% = 63.4817522889%'],
    ['funds-final-equals-total', null],
  ] as const)('%s: %s', ([id, working]) => {
    const check = byId.get(id);
    expect(check).toBeDefined();
    if (check) expect(workingOf(check)).toBe(working);
  });

  test('a negative content adjustment is bracketed', () => {
    const r = checkForm({ ...XIXIANG_FORM, 'funds.contentAdjustment': '-16.288' });
    const check = r.success ? r.checks.find((c) => c.id === 'funds-reconcile') : undefined;
    expect(check && workingOf(check)).toBe(
      '32,970.02 + 6,776.13 − 3,711.28 + (-16.288) = 36,018.582 ≈ 36,018.58',
    );
  });

  test('the 西乡 example: 6 passed, 0 failed, 1 not applicable (no 2022 share stated)', () => {
    expect(tally(report.checks)).toEqual({ passed: 6, failed: 0, na: 1 });
  });
});
