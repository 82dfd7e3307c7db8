import { checkBreakdown, type PlanBreakdown } from '@huinong/funds';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { groupDigits } from './numbers.ts';

const TEXT = {
  heading: { zh: '方案核对：{plan}', en: 'Plan check: {plan}' },
  intro: {
    zh: '本县方案按项目类别列出资金：核对各类资金之和、项目个数之和与所列占比。',
    en: "This county's plan states its funds by category: the categories must add up, in money and in projects, and the stated share must match.",
  },
  category: { zh: '类别', en: 'Category' },
  projects: { zh: '项目（个）', en: 'Projects' },
  amount: { zh: '资金（万元）', en: 'Funds (10k yuan)' },
  total: { zh: '合计', en: 'Total' },
  passed: { zh: '通过', en: 'passed' },
  failed: { zh: '不通过', en: 'failed' },
  summary: {
    zh: '（摘要）表示惠农对方案的摘录，以正式文件为准。',
    en: "（摘要） marks HuiNong's summary of the plan; the official document prevails.",
  },
} as const;

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
  const { lang, pick } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  const checks = checkBreakdown(plan);
  const t = (k: keyof typeof TEXT) => TEXT[k][lang];
  return (
    <div className="funds plan">
      <section className="panel" aria-labelledby="view-heading">
        <h2 id="view-heading" tabIndex={-1} ref={heading}>
          {t('heading').split('{plan}')[0]}
          <span data-proper-name lang="zh-CN">
            {plan.county}
          </span>{' '}
          {plan.year}
        </h2>
        <p className="intro muted">{t('intro')}</p>
        <p className="muted" lang="zh-CN" data-proper-name>
          {plan.source}（{plan.clause}）
        </p>
        <blockquote lang="zh-CN">{plan.quote}</blockquote>
        <p className="muted">{t('summary')}</p>
        <div className="table-scroll">
          <table data-testid="breakdown">
            <thead>
              <tr>
                <th scope="col">{t('category')}</th>
                <th scope="col" className="num">
                  {t('projects')}
                </th>
                <th scope="col" className="num">
                  {t('amount')}
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
                <th scope="row">{t('total')}</th>
                <td className="num">{plan.projects}</td>
                <td className="num">{groupDigits(plan.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <section className="panel plan-results" aria-label={pick({ zh: '核对结果', en: 'Results' })}>
        {checks.map((c) => (
          <article key={c.id} className={`check ${c.passed ? 'pass' : 'fail'}`} aria-label={pick(c.label)}>
            <h3>{pick(c.label)}</h3>
            <p>
              <strong data-testid="check-status">{t(c.passed ? 'passed' : 'failed')}</strong>{' '}
              <span className="comparison">
                {c.actual} {c.unit} {c.passed ? '=' : '≠'} {c.expected} {c.unit}
              </span>
            </p>
            {c.note ? <p className="muted">{pick(c.note)}</p> : null}
          </article>
        ))}
      </section>
    </div>
  );
}
