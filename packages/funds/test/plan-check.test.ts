import { describe, expect, test } from 'vitest';
import { CountyPlan, type CountyPlanInput, PlanCheck, type PlanCheckId } from '../src/plan-check.schema.ts';
import {
  checkCountyPlan,
  checkPlan,
  planIssues,
  planPassed,
  reconcileMoney,
  templateCitations,
} from '../src/plan-check.ts';
import { shanxi2023IndustryShareRule } from '../src/shanxi-2023.ts';
import { xixiang2023Plan, xixiang2023PlanCitations } from '../src/xixiang-2023-plan.ts';

type Edit = (plan: CountyPlanInput) => void;

/** The 西乡 plan with one edit, parsed and checked. */
const checksOf = (edit: Edit = () => {}) => {
  const input = JSON.parse(JSON.stringify(xixiang2023Plan)) as CountyPlanInput;
  edit(input);
  return checkPlan(CountyPlan.parse(input), { citations: xixiang2023PlanCitations });
};
const check = (checks: PlanCheck[], id: PlanCheckId) => {
  const found = checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
};
const figure = (c: PlanCheck, key: string) => c.values.find((v) => v.key === key)?.value;

describe('西乡 2023: the worked example', () => {
  const report = checkCountyPlan(xixiang2023Plan, { citations: xixiang2023PlanCitations });
  if (!report.success) throw new Error('the 西乡 plan must parse');
  const { checks } = report;

  test('parses, and every applicable check passes', () => {
    expect(report.passed).toBe(true);
    expect(checks.every((c) => PlanCheck.safeParse(c).success)).toBe(true);
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['sources-sum', 'passed'],
      ['funds-final-equals-total', 'passed'],
      ['projects-reconcile', 'passed'],
      ['funds-reconcile', 'passed'],
      ['industry-share-min', 'passed'],
      // the plan states no 2022 share
      ['industry-share-last-year', 'not-applicable'],
      ['industry-share-stated', 'passed'],
    ]);
  });

  // hand-computed from section 四 and 一
  test.for([
    // 21025.58 + 10967 + 670 + 3456 = 36118.58
    ['sources-sum', '四', '36118.58', '36118.58'],
    ['funds-final-equals-total', '一、四', '36118.58', '36118.58'],
    // 288 + 55 − 31 = 312
    ['projects-reconcile', '一、四', '312', '312'],
    // 32970.02 + 6776.13 − 3711.28 + 83.712 = 36118.582 → 36118.58
    ['funds-reconcile', '一、四', '36118.58', '36118.58'],
    // 9984.41 / 15728 = 0.634817522889114954…
    ['industry-share-min', '三(三)', '63.4817522889', '60'],
    ['industry-share-last-year', '三(三)', '63.4817522889', null],
    // 63.48175… rounded to one decimal
    ['industry-share-stated', '四', '63.5', '63.5'],
  ] as const)('%s (%s): %s against %s', ([id, clause, actual, expected]) => {
    expect(check(checks, id)).toMatchObject({ clause, actual, expected });
  });

  test('funds reconciliation shows the exact figure and the 0.002 万元 of rounding', () => {
    const c = check(checks, 'funds-reconcile');
    expect(figure(c, 'exact')).toBe('36118.582');
    expect(figure(c, 'rounded')).toBe('36118.58');
    expect(figure(c, 'difference')).toBe('0.002');
    expect(c.note?.en).toContain('rounded half-up to 2 decimals');
  });

  test('industry share: the exact share, and the stated 63.5 is that share rounded to one decimal', () => {
    const c = check(checks, 'industry-share-stated');
    expect(figure(c, 'share')).toBe('63.4817522889');
    expect(figure(c, 'rounded')).toBe('63.5');
    expect(figure(c, 'linkage.statedSharePercent')).toBe('63.5');
  });

  test('the rule cites the Shanxi notice; the figures cite the 西乡 plan, quoting it', () => {
    const rule = check(checks, 'industry-share-min');
    expect(rule.source).toBe('晋乡振发〔2023〕8号');
    expect(rule.quote).toContain('原则上不得低于下达你县资金总规模的60%');
    const sources = check(checks, 'sources-sum');
    expect(sources.source).toBe('西乡县2023年度统筹整合使用财政涉农资金中期调整实施方案');
    expect(sources.quote).toContain(
      '其中中央资金21025.58万元、省级资金10967万元、市级资金670万元、县级资金3456万元',
    );
    expect(check(checks, 'industry-share-stated').quote).toBe(
      '中省财政衔接补助资金15728万元，用于产业发展资金数为9984.41万元，占比63.5%。',
    );
  });

  test('without citations the checker names the template sections', () => {
    const plain = checkPlan(CountyPlan.parse(xixiang2023Plan));
    expect(check(plain, 'sources-sum')).toMatchObject({ clause: '四', quote: '四、资金投入情况' });
    expect(templateCitations(CountyPlan.parse(xixiang2023Plan)).source).toBe(
      '西乡县2023年度统筹整合使用财政涉农资金中期调整实施方案',
    );
  });
});

describe('sources add up to the plan total', () => {
  test('a plan whose sources do not add up parses, and is reported failed, not accepted', () => {
    const report = checkCountyPlan({
      ...xixiang2023Plan,
      sources: { ...xixiang2023Plan.sources, central: '21025.57' },
    });
    expect(report.success).toBe(true);
    if (!report.success) return;
    expect(report.passed).toBe(false);
    expect(check(report.checks, 'sources-sum')).toMatchObject({
      status: 'failed',
      passed: false,
      actual: '36118.57',
      expected: '36118.58',
    });
    expect(report.checks.filter((c) => c.status === 'failed').map((c) => c.id)).toEqual(['sources-sum']);
  });

  test.for([
    ['central 21025.58 (as stated)', '21025.58', 'passed'],
    ['central 21025.59', '21025.59', 'failed'],
    ['central 21025.575: the sum rounds to 36118.58 at 0.01', '21025.575', 'passed'],
    ['central 21025.574: the sum rounds to 36118.57', '21025.574', 'failed'],
  ] as const)('%s → %s', ([, central, status]) => {
    expect(
      check(
        checksOf((p) => {
          p.sources.central = central;
        }),
        'sources-sum',
      ).status,
    ).toBe(status);
  });

  test('stated final funds different from the plan total fail their own check', () => {
    const checks = checksOf((p) => {
      p.total = '36118.59';
      p.sources.county = '3456.01';
    });
    expect(check(checks, 'sources-sum').status).toBe('passed');
    expect(check(checks, 'funds-final-equals-total')).toMatchObject({
      status: 'failed',
      actual: '36118.58',
      expected: '36118.59',
    });
  });
});

describe('industry share ≥ 60% (三(三): 不得低于 includes 60%)', () => {
  // linkage 10000 万元: 6000 is exactly 60%; 15728 × 60% = 9436.8
  test.for([
    ['10000', '6000', 'passed', '60'],
    ['10000', '5999', 'failed', '59.99'],
    ['10000', '5999.99', 'failed', '59.9999'],
    ['10000', '6000.01', 'passed', '60.0001'],
    ['15728', '9436.8', 'passed', '60'],
    ['15728', '9436.79', 'failed', '59.9999364191'],
    ['15728', '9984.41', 'passed', '63.4817522889'],
  ] as const)('%s × share of %s → %s (%s per cent)', ([total, industry, status, shown]) => {
    const c = check(
      checksOf((p) => {
        p.linkage = { total, industry };
      }),
      'industry-share-min',
    );
    expect(c).toMatchObject({
      status,
      passed: status === 'passed',
      actual: shown,
      expected: '60',
      relation: '≥',
    });
  });

  test('no linkage funds: the share checks are not applicable', () => {
    const checks = checksOf((p) => {
      p.linkage = { total: '0', industry: '0', lastYearSharePercent: '60', statedSharePercent: '0' };
    });
    for (const id of ['industry-share-min', 'industry-share-last-year', 'industry-share-stated'] as const) {
      expect(check(checks, id)).toMatchObject({ status: 'not-applicable', passed: null });
    }
  });

  test('the threshold is the rule’s data: a 55% rule passes 59.99%', () => {
    const plan = CountyPlan.parse({ ...xixiang2023Plan, linkage: { total: '10000', industry: '5999' } });
    const checks = checkPlan(plan, { rule: { ...shanxi2023IndustryShareRule, minSharePercent: '55' } });
    expect(check(checks, 'industry-share-min')).toMatchObject({ status: 'passed', expected: '55' });
  });
});

describe('industry share not below last year’s', () => {
  // linkage 10000, industry 6500 → 65%
  test.for([
    ['6500', '65', 'passed'],
    ['6500', '64.99', 'passed'],
    ['6500', '65.01', 'failed'],
    ['6499.99', '65', 'failed'],
    ['6500.01', '65.0001', 'passed'],
  ] as const)('industry %s of 10000 against last year %s per cent → %s', ([industry, lastYear, status]) => {
    const c = check(
      checksOf((p) => {
        p.linkage = { total: '10000', industry, lastYearSharePercent: lastYear };
      }),
      'industry-share-last-year',
    );
    expect(c).toMatchObject({ status, passed: status === 'passed', expected: lastYear });
  });

  test('西乡 against a 2022 share just below and just above its 63.48175…%', () => {
    const at = (lastYear: string) =>
      check(
        checksOf((p) => {
          p.linkage.lastYearSharePercent = lastYear;
        }),
        'industry-share-last-year',
      ).status;
    expect(at('63.4817522889')).toBe('passed');
    expect(at('63.4817522890')).toBe('failed');
    expect(at('63.5')).toBe('failed');
  });

  test('not given → not applicable, and the plan still passes', () => {
    const checks = checksOf();
    expect(check(checks, 'industry-share-last-year')).toMatchObject({
      status: 'not-applicable',
      passed: null,
      expected: null,
    });
    expect(planPassed(checks)).toBe(true);
  });

  test('a rule without the last-year clause makes it not applicable even when given', () => {
    const plan = CountyPlan.parse({
      ...xixiang2023Plan,
      linkage: { ...xixiang2023Plan.linkage, lastYearSharePercent: '99' },
    });
    const checks = checkPlan(plan, { rule: { ...shanxi2023IndustryShareRule, notBelowLastYear: false } });
    expect(check(checks, 'industry-share-last-year').status).toBe('not-applicable');
  });
});

describe('stated share against the exact share, rounded to the stated decimals', () => {
  test.for([
    ['63.5', 'passed', '63.5'],
    ['63', 'passed', '63'],
    ['63.48', 'passed', '63.48'],
    ['63.482', 'passed', '63.482'],
    ['63.4', 'failed', '63.5'],
    ['63.6', 'failed', '63.5'],
    // 63.50 claims two decimals: the share to two decimals is 63.48
    ['63.50', 'failed', '63.48'],
    ['64', 'failed', '63'],
  ] as const)('stated %s per cent → %s (computed %s)', ([stated, status, actual]) => {
    const c = check(
      checksOf((p) => {
        p.linkage.statedSharePercent = stated;
      }),
      'industry-share-stated',
    );
    expect(c).toMatchObject({ status, actual, expected: stated });
  });

  test('not stated → not applicable', () => {
    const checks = checksOf((p) => {
      delete p.linkage.statedSharePercent;
    });
    expect(check(checks, 'industry-share-stated')).toMatchObject({ status: 'not-applicable', passed: null });
  });
});

describe('project reconciliation: 288 + 55 − 31 = 312', () => {
  test.for([
    [312, 'passed'],
    [313, 'failed'],
    [311, 'failed'],
  ] as const)('stated %i → %s', ([stated, status]) => {
    const c = check(
      checksOf((p) => {
        p.projects.stated = stated;
      }),
      'projects-reconcile',
    );
    expect(c).toMatchObject({ status, actual: '312', expected: String(stated) });
  });
});

describe('fund reconciliation: 32970.02 + 6776.13 − 3711.28 + 83.712 = 36118.582', () => {
  test.for([
    // [content adjustment, stated final, status, compared figure]
    ['83.712', '36118.58', 'passed', '36118.58'],
    ['83.712', '36118.59', 'failed', '36118.58'],
    ['83.712', '36118.57', 'failed', '36118.58'],
    // stated to 0.001: compared at 0.001
    ['83.712', '36118.582', 'passed', '36118.582'],
    ['83.712', '36118.583', 'failed', '36118.582'],
    // a whole-万元 statement is still compared at 0.01
    ['83.712', '36119', 'failed', '36118.58'],
    // 36118.5849 rounds down, 36118.585 rounds half up
    ['83.7149', '36118.58', 'passed', '36118.58'],
    ['83.715', '36118.58', 'failed', '36118.59'],
    // a negative adjustment: 36118.582 − 2 × 83.712 = 35951.158
    ['-83.712', '35951.16', 'passed', '35951.16'],
  ] as const)('adjustment %s, stated %s → %s', ([adjustment, stated, status, actual]) => {
    const c = check(
      checksOf((p) => {
        p.funds.contentAdjustment = adjustment;
        p.funds.stated = stated;
      }),
      'funds-reconcile',
    );
    expect(c).toMatchObject({ status, actual, expected: stated });
  });

  test.for([
    ['36118.582', '36118.58', 2, '36118.58', true],
    ['36118.585', '36118.59', 2, '36118.59', true],
    ['36118.5849999', '36118.58', 2, '36118.58', true],
    ['36118.582', '36118.5', 2, '36118.58', false],
    ['36118.582', '36118.5820', 4, '36118.5820', true],
  ] as const)('reconcileMoney(%s, %s)', ([exact, stated, places, rounded, passed]) => {
    expect(reconcileMoney(exact, stated)).toEqual({ places, rounded, passed });
  });
});

// a plan as raw JSON, to be broken in ways the input type forbids
// biome-ignore lint/suspicious/noExplicitAny: the point is to write what the types forbid
type Loose = Record<string, any>;

describe('bad input: a structured zod error naming the field in both languages', () => {
  const issuesOf = (edit: (p: Loose) => void) => {
    const input = JSON.parse(JSON.stringify(xixiang2023Plan));
    edit(input);
    const report = checkCountyPlan(input);
    if (report.success) throw new Error('expected the input to be rejected');
    return report;
  };

  test.for([
    [
      'a negative amount',
      (p: Loose) => {
        p.sources.city = -670;
      },
      'sources.city',
      'negative',
      '市级资金（万元）：不得为负数 / city funds (10k yuan): must not be negative',
    ],
    [
      'text for a number',
      (p: Loose) => {
        p.total = '三万六千一百一十八点五八';
      },
      'total',
      'not-a-decimal',
      '计划整合资金总额（万元）：须为数字，如 36118.58（不带千分位逗号和单位） / plan total (10k yuan): must be a plain number such as 36118.58 (no commas, no unit)',
    ],
    [
      'a thousands separator',
      (p: Loose) => {
        p.funds.start = '32,970.02';
      },
      'funds.start',
      'not-a-decimal',
      '年初计划整合资金（万元）：须为数字，如 36118.58（不带千分位逗号和单位） / funds at the start of the year (10k yuan): must be a plain number such as 36118.58 (no commas, no unit)',
    ],
    [
      'text for a count',
      (p: Loose) => {
        p.projects.added = '55个';
      },
      'projects.added',
      'not-a-number',
      '新增项目数（个）：须为数字 / projects added: must be a number',
    ],
    [
      'a missing field',
      (p: Loose) => {
        delete p.funds.stated;
      },
      'funds.stated',
      'required',
      '调整后计划整合资金（万元）：必填 / final funds as stated (10k yuan): is required',
    ],
    [
      'a missing group',
      (p: Loose) => {
        delete p.linkage;
      },
      'linkage',
      'required',
      '中省财政衔接补助资金：必填 / central and provincial linkage funds: is required',
    ],
    [
      'a fractional count',
      (p: Loose) => {
        p.projects.start = 288.5;
      },
      'projects.start',
      'not-a-whole-number',
      '年初项目数（个）：须为非负整数 / projects at the start of the year: must be a whole number, 0 or more',
    ],
    [
      'a share over 100%',
      (p: Loose) => {
        p.linkage.lastYearSharePercent = '163.5';
      },
      'linkage.lastYearSharePercent',
      'over-100',
      "上年产业发展资金占比（%）：不得超过100 / last year's industry share (%): must not exceed 100",
    ],
    [
      'industry above the linkage funds',
      (p: Loose) => {
        p.linkage.industry = '15728.01';
      },
      'linkage.industry',
      'exceeds-linkage-total',
      '用于产业发展资金（万元）：不得超过中省财政衔接补助资金 / linkage funds for industry (10k yuan): must not exceed the linkage funds',
    ],
  ] as const)('%s', ([, edit, path, reason, message]) => {
    const report = issuesOf(edit);
    expect(report.issues).toEqual([{ path, label: expect.any(Object), reason, message }]);
    // the zod error itself carries the path and the bilingual field name
    const issue = report.error.issues[0];
    expect(issue?.path.join('.')).toBe(path);
    expect(issue?.code).toBe('custom');
    expect(issue && 'params' in issue ? issue.params : undefined).toMatchObject({ field: path, reason });
  });

  test('several issues at once, each with its field', () => {
    const report = issuesOf((p: Loose) => {
      p.total = 'abc';
      p.sources.central = -1;
      delete p.projects;
    });
    expect(report.issues.map((i) => [i.path, i.label?.zh, i.label?.en, i.reason])).toEqual([
      ['total', '计划整合资金总额（万元）', 'plan total (10k yuan)', 'not-a-decimal'],
      ['sources.central', '中央资金（万元）', 'central funds (10k yuan)', 'negative'],
      ['projects', '项目个数', 'project counts', 'required'],
    ]);
  });

  test('a non-object input is named as such', () => {
    const report = checkCountyPlan('36118.58');
    expect(report.success).toBe(false);
    if (report.success) return;
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]?.path).toBe('');
  });

  test('numbers are accepted for amounts and kept as decimal strings', () => {
    const plan = CountyPlan.parse({
      ...xixiang2023Plan,
      total: 36118.58,
      funds: { ...xixiang2023Plan.funds, contentAdjustment: 83.712 },
    });
    expect(plan.total).toBe('36118.58');
    expect(plan.funds.contentAdjustment).toBe('83.712');
  });

  test('planIssues maps a zod error one-to-one', () => {
    const result = CountyPlan.safeParse({ ...xixiang2023Plan, year: '2023' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(planIssues(result.error)).toEqual([
      {
        path: 'year',
        label: { zh: '年度', en: 'year' },
        reason: 'not-a-number',
        message: '年度：须为数字 / year: must be a number',
      },
    ]);
  });
});
