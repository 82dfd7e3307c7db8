import {
  type Adjustment,
  basisText,
  chineseCapital,
  formatYuan,
  type ScreenLine,
  type ScreenResult,
  type Subject,
  type Text,
  thresholdText,
  valueText,
} from '@huinong/benefits';
import { useEffect, useRef } from 'react';
import { ClauseRef, Mixed } from '../components/clause.tsx';
import type { DraftError } from '../engine.ts';
import { inLang, useI18n } from '../i18n/i18n.tsx';
import { usePack } from '../packs/packs.tsx';
import { ruleHref } from '../rules/links.ts';
import { conditionWords, invalidCheck, notDeclared, progressOf, thresholdsOf, whoOf } from './checks.ts';
import { nearMissWorth } from './near-miss.ts';

const STATUS_KEY = {
  eligible: 'results.eligible',
  ineligible: 'results.ineligible',
  'needs-information': 'results.needsInformation',
} as const;

function Basis({ line }: { line: ScreenLine }) {
  const { lang } = useI18n();
  if (line.status !== 'eligible') return null;
  const how = inLang(basisText(line, lang) ?? '', lang);
  if (!how) return null;
  return (
    <p className="basis">
      {how} = <strong>{formatYuan(line.amount)}</strong>
    </p>
  );
}

/** A loan line's quarters (结息日): which are counted in this plan's amount. */
function Periods({ line }: { line: ScreenLine }) {
  const { t } = useI18n();
  if (!line.periods || line.periods.length === 0) return null;
  return (
    <details className="periods">
      <summary>{t('results.periods', { n: line.periods.length })}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('results.quarter')}</th>
            <th scope="col">{t('results.settlement')}</th>
            <th scope="col">{t('results.days')}</th>
            <th scope="col">{t('results.interest')}</th>
            <th scope="col">{t('results.counted')}</th>
          </tr>
        </thead>
        <tbody>
          {line.periods.map((p) => (
            <tr key={p.quarter}>
              <td>{p.quarter}</td>
              <td>{p.settlementDate}</td>
              <td className="num">{p.days}</td>
              <td className="num">{formatYuan(p.amount)}</td>
              <td>{t(p.counted ? 'field.yes' : 'field.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** One standard applied to one activity or section: award, checks, near miss, clause. */
export function LineCard({
  line,
  subject,
  result,
  errors = [],
}: {
  line: ScreenLine;
  subject: Subject | null;
  /** the screen the line is from: a near miss is screened again with the shortfall met */
  result?: ScreenResult;
  /** the draft's errors: a check whose field was refused reads "see the field", not "not given" */
  errors?: readonly DraftError[];
}) {
  const { lang, pick, t } = useI18n();
  const pack = usePack();
  const worth = subject && result && line.nearMiss ? nearMissWorth(pack, subject, result, line) : null;
  const headingId = `line-${line.key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const checks = line.trace.filter((e) => e.condition !== 'inForce' || !e.passed);
  const who = whoOf(line, subject, lang);
  return (
    <article
      className={`line line-${line.status}`}
      aria-labelledby={headingId}
      data-standard={line.standardId}
    >
      <header className="line-head">
        <h3 id={headingId}>{pick(line.title)}</h3>
        <span className={`status status-${line.status}`}>{t(STATUS_KEY[line.status])}</span>
        <span className="line-amount">{formatYuan(line.amount)}</span>
      </header>
      {who ? <p className="line-who">{who}</p> : null}
      <Basis line={line} />
      <Periods line={line} />
      {line.nearMiss ? (
        <p className="near-miss">
          {pick(line.nearMiss.message)}
          {worth ? (
            <>
              {' → '}
              <strong className="near-miss-worth">+{formatYuan(worth)}</strong>
              <span className="visually-hidden">{t('results.nearMissWorth')}</span>
            </>
          ) : null}
        </p>
      ) : null}
      {subject?.kind === 'operator' ? (
        <ul className="progress-list" aria-label={t('results.progress')}>
          {thresholdsOf(pack, line, subject).map((e) => {
            const p = progressOf(e, lang);
            if (!p) return null;
            return (
              <li key={e.condition} className={p.passed ? 'pass' : 'fail'}>
                <span className="progress-label">{p.text}</span>
                <meter
                  min={0}
                  max={p.max}
                  low={p.max}
                  high={p.max}
                  optimum={p.max}
                  value={p.value}
                  aria-label={p.text}
                />
              </li>
            );
          })}
        </ul>
      ) : null}
      <ul className="checks" aria-label={t('results.checks')}>
        {checks.map((e) => {
          const words = conditionWords(pack, line, e);
          return (
            <li key={e.condition} className={e.passed ? 'pass' : 'fail'}>
              <span className="mark" aria-hidden="true">
                {e.passed ? '✓' : '✗'}
              </span>
              <span className="visually-hidden">{t(e.passed ? 'results.passed' : 'results.failed')}</span>
              <span className="check-label">{inLang(e.label[lang], lang)}</span>{' '}
              <span className="check-value">
                {e.value === null && invalidCheck(pack, line, e, errors)
                  ? t('results.valueInvalid')
                  : inLang(valueText(e, lang), lang)}
              </span>{' '}
              <span className="check-threshold">{inLang(thresholdText(e, lang), lang)}</span>
              {words ? (
                <q className="check-words" lang="zh-CN">
                  {words}
                </q>
              ) : null}
            </li>
          );
        })}
      </ul>
      {line.notes.map((n) => (
        <p className="line-note" key={n.zh}>
          <Mixed text={pick(n)} lang={lang} />
        </p>
      ))}
      <details className="clause">
        <summary>
          <ClauseRef clause={line.clause} lang={lang} /> {t('results.clauseText')}
        </summary>
        <blockquote lang="zh-CN">{line.clauseText}</blockquote>
      </details>
      <p className="line-rule">
        <a href={ruleHref(pack.id, line.standardId)}>{t('results.rulePage')}</a>
      </p>
    </article>
  );
}

/**
 * What the household stage took off (a cap over several lines, an exclusion): its own line with
 * a negative amount, the plan's words and clause, and the lines it reduced.
 */
export function AdjustmentCard({
  adjustment: a,
  lines,
}: {
  adjustment: Adjustment;
  lines: readonly ScreenLine[];
}) {
  const { pick, t, lang } = useI18n();
  const headingId = `adj-${a.key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const reduced = lines.filter((l) => a.lines.includes(l.key)).map((l) => pick(l.title));
  return (
    <article className="line line-adjustment" aria-labelledby={headingId} data-limit={a.limitId}>
      <header className="line-head">
        <h3 id={headingId}>{pick(a.label)}</h3>
        <span className="status status-adjustment">{t('results.adjustment')}</span>
        <span className="line-amount">{formatYuan(a.amount)}</span>
      </header>
      <p className="adjustment-message">{pick(a.message)}</p>
      {reduced.length > 0 ? <p className="line-who">{reduced.join(lang === 'zh' ? '、' : ', ')}</p> : null}
      {a.notes.map((n) => (
        <p className="line-note" key={n.zh}>
          <Mixed text={pick(n)} lang={lang} />
        </p>
      ))}
      <p className="adjustment-clause">
        <strong>
          <ClauseRef clause={a.clause} lang={lang} />
        </strong>{' '}
        <q lang="zh-CN">{a.clauseText}</q>
      </p>
    </article>
  );
}

/**
 * The screen of the draft as it is typed: the total, each declared line, the household stage's
 * adjustments, the notes, and the standards of the category not asked about, folded away.
 */
export function ResultsPanel({
  result,
  subject,
  errors,
  asOfProblem = null,
  focusHeading = false,
}: {
  /** move the focus to the heading (when the person has just arrived at the results step) */
  focusHeading?: boolean;
  result: ScreenResult | null;
  /** the subject screened (its declared values feed the operator's progress) */
  subject: Subject | null;
  errors: readonly DraftError[];
  /** the as-of date is outside the plan's period: nothing is screened */
  asOfProblem?: Text | null;
}) {
  const { pick, t, lang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  useEffect(() => {
    // the keystroke-to-result figure of `pnpm size`: input marked in App, measured after render
    if (performance.getEntriesByName('huinong:input', 'mark').length > 0) {
      performance.measure('huinong:recalc', 'huinong:input');
      performance.clearMarks('huinong:input');
    }
  });
  if (!result) {
    return (
      <section className="results" aria-labelledby="results-heading">
        <h2 id="results-heading" tabIndex={-1} ref={heading}>
          {t('results.heading')}
        </h2>
        {asOfProblem ? (
          <p className="callout callout-error">{pick(asOfProblem)}</p>
        ) : (
          <p className="muted">{t('results.empty')}</p>
        )}
      </section>
    );
  }
  const declared = result.lines.filter((l) => !notDeclared(l));
  const others = result.lines.filter(notDeclared);
  return (
    <section className="results" aria-labelledby="results-heading">
      <h2 id="results-heading" tabIndex={-1} ref={heading}>
        {t('results.heading')}
      </h2>
      <div className="total" aria-live="polite" aria-atomic="true">
        <span className="total-label">{t('results.total')}</span>
        <span className="total-amount" data-testid="total">
          {formatYuan(result.total)}
        </span>
        <span className="total-capital" lang="zh-CN">
          {chineseCapital(result.total)}
        </span>
      </div>
      {errors.length > 0 ? (
        <div className="callout callout-error" role="status">
          <p>{t('results.inputErrors', { n: errors.length })}</p>
        </div>
      ) : null}
      {result.notes.map((n) => (
        <p className={`callout callout-${n.code}`} key={`${n.code}-${n.ref?.id ?? ''}-${n.message.zh}`}>
          {pick(n.message)}
        </p>
      ))}
      {declared.length === 0 ? <p className="muted">{t('results.nothingDeclared')}</p> : null}
      <div className="lines">
        {declared.map((l) => (
          <LineCard key={l.key} line={l} subject={subject} result={result} errors={errors} />
        ))}
      </div>
      {result.adjustments.length > 0 ? (
        <section className="lines adjustments" aria-label={t('results.adjustments')}>
          {result.adjustments.map((a) => (
            <AdjustmentCard key={a.key} adjustment={a} lines={result.lines} />
          ))}
        </section>
      ) : null}
      {others.length > 0 ? (
        <details className="others">
          <summary>{t('results.otherStandards', { n: others.length })}</summary>
          <ul>
            {others.map((l) => (
              <li key={l.key}>
                {pick(l.title)}{' '}
                <span className="muted">
                  {lang === 'zh' ? '（' : '('}
                  <ClauseRef clause={l.clause} lang={lang} />
                  {lang === 'zh' ? '）' : ')'}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
