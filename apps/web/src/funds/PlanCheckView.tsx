import {
  type PlanCheck,
  type PlanField,
  type PlanIssue,
  planFieldLabels,
  planIssueReasonLabels,
} from '@huinong/funds';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useFundsText } from './messages.ts';
import './funds.css';
import { breakdownPlanFor } from '@huinong/funds';
import { usePacks } from '../packs/packs.tsx';
import { BreakdownView } from './BreakdownView.tsx';
import { placeText, UNIT_AFTER } from './names.ts';
import { groupDigits } from './numbers.ts';
import {
  checkForm,
  EMPTY_FORM,
  issuesByField,
  PLAN_SECTIONS,
  type PlanForm,
  type PlanInputSpec,
  tally,
  workingOf,
  XIXIANG_FORM,
} from './plan-form.ts';

const inputId = (field: string) => `plan-${field.replace('.', '-')}`;

const HINTS: Partial<Record<PlanField, 'plan.lastYearHint' | 'plan.statedShareHint' | 'plan.contentHint'>> = {
  'linkage.lastYearSharePercent': 'plan.lastYearHint',
  'linkage.statedSharePercent': 'plan.statedShareHint',
  'funds.contentAdjustment': 'plan.contentHint',
};

/** An input issue in both languages, Chinese first, whatever the screen's language. */
function IssueText({ issue }: { issue: PlanIssue }) {
  if (!issue.label || !issue.reason) return <span>{issue.message}</span>;
  const why = planIssueReasonLabels[issue.reason];
  return (
    <>
      <span lang="zh-CN">
        {issue.label.zh}：{why.zh}
      </span>
      <span className="issue-sep">{' / '}</span>
      <span lang="en">
        {issue.label.en}: {why.en}
      </span>
    </>
  );
}

function PlanInput({
  spec,
  value,
  issue,
  onChange,
}: {
  spec: PlanInputSpec;
  value: string;
  issue: PlanIssue | undefined;
  onChange(value: string): void;
}) {
  const { pick, t } = useFundsText();
  const id = inputId(spec.field);
  const hint = HINTS[spec.field];
  const described = [issue ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className={`field${issue ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {pick(planFieldLabels[spec.field])}
        {spec.optional ? <span className="optional">{t('plan.optional')}</span> : null}
      </label>
      <div className="input-unit">
        <input
          id={id}
          type="text"
          inputMode={spec.kind === 'text' ? 'text' : spec.kind === 'whole' ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={value}
          aria-invalid={issue ? true : undefined}
          aria-describedby={described || undefined}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
        {spec.unit ? (
          <span className="unit" aria-hidden="true">
            {pick(spec.unit)}
          </span>
        ) : null}
      </div>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {t(hint)}
        </p>
      ) : null}
      {issue ? (
        <p className="error" id={`${id}-error`}>
          <IssueText issue={issue} />
        </p>
      ) : null}
    </div>
  );
}

const STATUS_KEY = { passed: 'plan.passed', failed: 'plan.failed', 'not-applicable': 'plan.na' } as const;

/** One rule: its verdict, the comparison, the sum written out, the figures, and the clause. */
function CheckCard({ check }: { check: PlanCheck }) {
  const { pick, t } = useFundsText();
  const headingId = `check-${check.id}`;
  const working = workingOf(check);
  const holds = check.status !== 'failed';
  const relation = check.relation === '=' ? (holds ? '=' : '≠') : holds ? '≥' : '<';
  const unit = check.unit === '%' ? '%' : ` ${pick(UNIT_AFTER[check.unit])}`;
  return (
    <article className={`line plan-check line-${check.status}`} aria-labelledby={headingId}>
      <div className="line-head">
        <h3 id={headingId} tabIndex={-1}>
          {pick(check.label)}
        </h3>
        <span className={`status status-${check.status}`} data-testid="check-status">
          {t(STATUS_KEY[check.status])}
        </span>
      </div>
      {check.expected !== null ? (
        <p className="comparison">
          {t('plan.computed')} <strong>{groupDigits(check.actual)}</strong>
          {unit} {relation} {t('plan.expected')} <strong>{groupDigits(check.expected)}</strong>
          {unit}
        </p>
      ) : null}
      {working ? <p className="working">{working}</p> : null}
      <details className="values">
        <summary>{t('plan.values')}</summary>
        <dl>
          {check.values.map((v) => (
            <div key={v.key}>
              <dt>{pick(v.label)}</dt>
              <dd>
                {groupDigits(v.value)} {pick(UNIT_AFTER[v.unit])}
              </dd>
            </div>
          ))}
        </dl>
      </details>
      {check.note ? <p className="line-note">{pick(check.note)}</p> : null}
      <div className="clause">
        <p className="clause-ref">
          {t('plan.basis')}
          <span lang="zh-CN">
            {check.source} {check.clause}
          </span>
        </p>
        <blockquote lang="zh-CN" cite={check.source}>
          {check.quote}
        </blockquote>
      </div>
    </article>
  );
}

/**
 * 方案核对: a county plan's figures, prefilled with the 西乡 2023 worked example, checked against
 * each rule as they are typed. Input the schema refuses is shown at its field, in both languages;
 * the rules are shown once the input is valid.
 */
export function PlanCheckView({ focusHeading = false }: { focusHeading?: boolean }) {
  // the plan of the chosen pack's county: one stated by category (西吉县 2025) has its own checks
  const { current } = usePacks();
  const breakdown = breakdownPlanFor(current.pack.id);
  if (breakdown) return <BreakdownView plan={breakdown} focusHeading={focusHeading} />;
  return <CountyPlanCheck focusHeading={focusHeading} />;
}

/** The 中期调整 plan form (西乡县 2023 as the worked example) and its checks, as typed. */
function CountyPlanCheck({ focusHeading }: { focusHeading: boolean }) {
  const { lang, pick, t, tx } = useFundsText();
  const heading = useRef<HTMLHeadingElement>(null);
  const results = useRef<HTMLHeadingElement>(null);
  const formId = useId();
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  const [form, setForm] = useState<PlanForm>(XIXIANG_FORM);
  const report = useMemo(() => checkForm(form), [form]);
  const issues = report.success ? [] : report.issues;
  const byField = useMemo(() => issuesByField(issues), [issues]);
  const counts = report.success ? tally(report.checks) : null;
  // the county plan being checked, as the form names it: 西乡县 2023
  const county = form.county?.trim() ?? '';
  const year = form.year?.trim() ?? '';
  const planName = [county, year].filter(Boolean).join(' ');
  // in English, a county the place names lack is a name typed in Chinese, shown as typed
  const countyShown = county ? pick(placeText(county)) : '';
  const countyNode =
    lang === 'en' && /\p{Script=Han}/u.test(countyShown) ? (
      <span lang="zh-CN" data-proper-name>
        {county}
      </span>
    ) : (
      countyShown
    );

  const focusField = (path: string) => {
    const el = document.getElementById(inputId(path));
    el?.focus();
  };

  let verdict: string;
  if (!report.success) verdict = t('plan.invalid', { n: issues.length });
  else if (report.passed) verdict = t('plan.allPassed');
  else verdict = t('plan.someFailed', { n: counts?.failed ?? 0 });

  return (
    <div className="funds plan">
      <section className="panel" aria-labelledby="view-heading">
        <h2 id="view-heading" tabIndex={-1} ref={heading}>
          {planName
            ? tx('plan.heading', {
                plan: (
                  <>
                    {countyNode}
                    {county && year ? ' ' : ''}
                    {year}
                  </>
                ),
              })
            : t('plan.title')}
        </h2>
        <p className="intro muted">{t('plan.intro')}</p>
        <form id={formId} className="plan-form" noValidate onSubmit={(e) => e.preventDefault()}>
          {PLAN_SECTIONS.map((section) => (
            <fieldset key={section.group} className="item">
              <legend>
                {section.group === 'plan' ? t('plan.section.plan') : pick(planFieldLabels[section.group])}
              </legend>
              {byField.has(section.group) ? (
                <p className="error">
                  <IssueText issue={byField.get(section.group) as PlanIssue} />
                </p>
              ) : null}
              <div className="plan-grid">
                {section.inputs.map((spec) => (
                  <PlanInput
                    key={spec.field}
                    spec={spec}
                    value={form[spec.field] ?? ''}
                    issue={byField.get(spec.field)}
                    onChange={(value) => setForm((f) => ({ ...f, [spec.field]: value }))}
                  />
                ))}
              </div>
            </fieldset>
          ))}
          <div className="step-actions">
            <button type="button" className="button secondary" onClick={() => setForm(XIXIANG_FORM)}>
              {t('plan.restore')}
            </button>
            <button type="button" className="button secondary" onClick={() => setForm(EMPTY_FORM)}>
              {t('plan.clear')}
            </button>
          </div>
        </form>
      </section>

      <section className="panel plan-results" aria-labelledby="plan-results-heading">
        <h2 id="plan-results-heading" tabIndex={-1} ref={results}>
          {t('plan.results')}
        </h2>
        <div
          className={`verdict ${report.success ? (report.passed ? 'verdict-pass' : 'verdict-fail') : 'verdict-invalid'}`}
        >
          <p role="status" data-testid="plan-verdict">
            <strong>{verdict}</strong>
            {counts ? <span className="tally"> {t('plan.tally', counts)}</span> : null}
          </p>
          {report.success && !report.passed ? (
            <ul className="issue-list">
              {report.checks
                .filter((c) => c.status === 'failed')
                .map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => document.getElementById(`check-${c.id}`)?.focus()}
                    >
                      {pick(c.label)}
                    </button>
                  </li>
                ))}
            </ul>
          ) : null}
          {!report.success ? (
            <ul className="issue-list">
              {issues.map((issue) => (
                <li key={`${issue.path}-${issue.reason}`}>
                  <button type="button" className="link-button" onClick={() => focusField(issue.path)}>
                    <IssueText issue={issue} />
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        {report.success ? (
          <div className="lines">
            {report.checks.map((check) => (
              <CheckCard key={check.id} check={check} />
            ))}
          </div>
        ) : null}
      </section>

      <button
        type="button"
        className={`plan-bar no-print ${report.success ? (report.passed ? 'plan-bar-pass' : 'plan-bar-fail') : 'plan-bar-fail'}`}
        onClick={() => {
          results.current?.scrollIntoView();
          results.current?.focus();
        }}
      >
        <span>{report.success ? verdict : t('plan.barInvalid', { n: issues.length })}</span>{' '}
        <span aria-hidden="true">↓</span>
        <span className="visually-hidden">{t('plan.jump')}</span>
      </button>
    </div>
  );
}
