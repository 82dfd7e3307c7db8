import { checkBreakdown, type PlanBreakdown } from '@huinong/funds';
import { useEffect, useRef } from 'react';
import { useFundsText } from './messages.ts';
import { placeText, UNIT_AFTER } from './names.ts';
import { groupDigits } from './numbers.ts';

/**
 * The plan check of a county whose plan states its funds by category (西吉县 2025): the table of
 * categories and the checks of `checkBreakdown`, each with its figures and the plan's words.
 */
export function BreakdownView({
  plan,
  focusHeading = false,
}: {
  plan: PlanBreakdown;
  focusHeading?: boolean;
}) {
  const { pick, t, tx } = useFundsText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  const checks = checkBreakdown(plan);
  return (
    <div className="funds plan">
      <section className="panel" aria-labelledby="view-heading">
        <h2 id="view-heading" tabIndex={-1} ref={heading}>
          {tx('plan.heading', {
            plan: (
              <>
                {pick(placeText(plan.county))} {plan.year}
              </>
            ),
          })}
        </h2>
        <p className="intro muted">{t('breakdown.intro', { county: pick(placeText(plan.county)) })}</p>
        <p className="muted" lang="zh-CN" data-proper-name>
          {plan.source}（{plan.clause}）
        </p>
        <blockquote lang="zh-CN">{plan.quote}</blockquote>
        <p className="muted">{tx('breakdown.summary', { mark: <span lang="zh-CN">（摘要）</span> })}</p>
        <div className="table-scroll">
          <table className="data-table" data-testid="breakdown">
            <thead>
              <tr>
                <th scope="col">{t('breakdown.category')}</th>
                <th scope="col" className="num">
                  {t('breakdown.projects')}
                </th>
                <th scope="col" className="num">
                  {t('breakdown.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.categories.map((c) => (
                <tr key={c.key}>
                  <th scope="row">{pick(c.label)}</th>
                  <td className="num">{c.projects}</td>
                  <td className="num">{groupDigits(c.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('breakdown.total')}</th>
                <td className="num">{plan.projects}</td>
                <td className="num">{groupDigits(plan.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <section className="panel plan-results" aria-label={t('breakdown.results')}>
        {checks.map((c) => (
          <article key={c.id} className={`check ${c.passed ? 'pass' : 'fail'}`} aria-label={pick(c.label)}>
            <h3>{pick(c.label)}</h3>
            <p>
              <strong data-testid="check-status">
                {t(c.passed ? 'breakdown.passed' : 'breakdown.failed')}
              </strong>{' '}
              <span className="comparison">
                {c.actual} {pick(UNIT_AFTER[c.unit])} {c.passed ? '=' : '≠'} {c.expected}{' '}
                {pick(UNIT_AFTER[c.unit])}
              </span>
            </p>
            {c.note ? <p className="muted">{pick(c.note)}</p> : null}
          </article>
        ))}
      </section>
    </div>
  );
}
