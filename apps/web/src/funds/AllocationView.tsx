import {
  type AllocationCheck,
  checkAllocation,
  FundCategory,
  shanxi2023,
  totalsByCategory,
} from '@huinong/funds';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  type AllocationFilter,
  type Bar,
  categoryBars,
  categoryLabel,
  cityBars,
  NO_FILTER,
  selectAllocation,
  seriesOf,
} from './allocation-view.ts';
import { BarChart } from './BarChart.tsx';
import { useFundsText } from './messages.ts';
import './funds.css';
import { placeText, UNIT_AFTER } from './names.ts';
import { addDecimals, groupDigits } from './numbers.ts';

const doc = shanxi2023;

/** The largest and the smallest bar with something in it, for the chart's one-line summary. */
function useSummary(bars: readonly Bar[]): string {
  const { pick, t } = useFundsText();
  const shown = bars.filter((b) => b.count > 0);
  const sorted = [...shown].sort((a, b) => Number(b.amount) - Number(a.amount));
  const top = sorted[0];
  const bottom = sorted.at(-1);
  if (!top || !bottom) return '';
  return t('alloc.chartSummary', {
    top: pick(top.label),
    topAmount: groupDigits(top.amount),
    bottom: pick(bottom.label),
    bottomAmount: groupDigits(bottom.amount),
    total: groupDigits(addDecimals(shown.map((b) => b.amount))),
  });
}

function Mark({ passed }: { passed: boolean }) {
  const { t } = useFundsText();
  return (
    <span className={passed ? 'mark-pass' : 'mark-fail'}>
      <span aria-hidden="true">{passed ? '✓ ' : '✗ '}</span>
      {t(passed ? 'alloc.pass' : 'alloc.fail')}
    </span>
  );
}

/** The sum checks: a one-line verdict, the province total, and each city's subtotal. */
function SumChecks({ checks }: { checks: readonly AllocationCheck[] }) {
  const { lang, pick, t } = useFundsText();
  const failed = checks.filter((c) => !c.passed).length;
  const byId = new Map(checks.map((c) => [c.id, c]));
  const province = checks.filter((c) => c.id.startsWith('province-total.'));
  return (
    <section className="panel alloc-checks" aria-labelledby="alloc-checks-heading">
      <h3 id="alloc-checks-heading">{t('alloc.checks')}</h3>
      <p
        className={failed === 0 ? 'verdict verdict-pass' : 'verdict verdict-fail'}
        data-testid="alloc-verdict"
      >
        <span aria-hidden="true">{failed === 0 ? '✓ ' : '✗ '}</span>
        {failed === 0
          ? t('alloc.checksAll', { n: checks.length })
          : t('alloc.checksSome', { n: checks.length, failed })}
      </p>
      <ul className="sum-checks">
        {province.map((c) => (
          <li key={c.id} className={c.passed ? 'pass' : 'fail'}>
            <Mark passed={c.passed} />
            <span className="sum-check-label">{pick(c.label)}</span>
            <span className="sum-check-figures">
              {t('alloc.checkStated')} {groupDigits(c.expected)} {c.passed ? '=' : '≠'} {t('alloc.checkSum')}{' '}
              {groupDigits(c.actual)} {pick(UNIT_AFTER.万元)}
            </span>
          </li>
        ))}
      </ul>
      <p className="sum-check-source">
        {t('alloc.checkSource')}
        <span lang="zh-CN">{[...new Set(province.map((c) => c.source))].join('；')}</span>
      </p>
      <details className="city-checks" open={failed > 0}>
        <summary>{t('alloc.cityChecks', { n: doc.cities.length })}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{t('alloc.cityChecksCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('alloc.colCity')}</th>
              <th scope="col" className="num">
                {t('alloc.amount')}
              </th>
              <th scope="col" className="num">
                {t('alloc.health')}
              </th>
            </tr>
          </thead>
          <tbody>
            {doc.cities.map((city) => (
              <tr key={city.name}>
                <th scope="row">{lang === 'zh' ? city.seedName : pick(placeText(city.name))}</th>
                {(['amount', 'health'] as const).map((col) => {
                  const c = byId.get(`city-subtotal.${city.name}.${col}`);
                  if (!c) return <td key={col} />;
                  return (
                    <td key={col} className="num">
                      {groupDigits(c.expected)} {c.passed ? '=' : '≠'} {groupDigits(c.actual)}{' '}
                      <Mark passed={c.passed} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

/**
 * 资金分配: the 晋乡振发〔2023〕8号 table with filters by city and county category, the filtered
 * subtotal in both columns, the document's sum checks and a chart by city and by category.
 */
export function AllocationView({ focusHeading = false }: { focusHeading?: boolean }) {
  const { lang, pick, t, tx } = useFundsText();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  const [filter, setFilter] = useState<AllocationFilter>(NO_FILTER);
  const checks = useMemo(() => checkAllocation(doc), []);
  const totals = useMemo(() => totalsByCategory(doc), []);
  const selection = useMemo(() => selectAllocation(filter, doc), [filter]);
  const byCity = useMemo(() => cityBars(filter, doc), [filter]);
  const byCategory = useMemo(() => categoryBars(filter, doc), [filter]);
  const cityTitle =
    filter.category === null
      ? t('alloc.chartByCity')
      : t('alloc.chartByCityIn', { category: pick(categoryLabel(filter.category)) });
  const categoryTitle = t('alloc.chartByCategory', {
    place: filter.city === null ? t('alloc.province') : pick(placeText(filter.city)),
  });
  const wan = pick(UNIT_AFTER.万元);
  const tableTitle = t('alloc.tableTitle', { title: doc.attachmentTitle });
  const cityChartSummary = useSummary(byCity);
  const categoryChartSummary = useSummary(byCategory);
  const filtered = filter.city !== null || filter.category !== null;

  return (
    <div className="funds alloc">
      <section className="panel alloc-head" aria-labelledby="view-heading">
        <h2 id="view-heading" tabIndex={-1} ref={heading}>
          {tx('alloc.heading', {
            doc: (
              // inline is the browser's default; stated because happy-dom has no default style for a
              // span and would put spaces around the number in the heading's accessible name
              <span lang="zh-CN" style={{ display: 'inline' }}>
                {doc.documentNumber}
              </span>
            ),
          })}
        </h2>
        <p className="doc-title" lang="zh-CN">
          {doc.title}
        </p>
        <dl className="doc-facts">
          <div>
            <dt>{t('alloc.document')}</dt>
            <dd lang="zh-CN" data-testid="document-number">
              {doc.documentNumber}
            </dd>
          </div>
          <div>
            <dt>{t('alloc.issuer')}</dt>
            <dd lang="zh-CN">{doc.issuer}</dd>
          </div>
          <div>
            <dt>{t('alloc.attachment')}</dt>
            <dd lang="zh-CN">{doc.attachmentTitle}</dd>
          </div>
          <div>
            <dt>{t('alloc.subtotalProvince')}</dt>
            <dd>
              {t('alloc.amount')} {groupDigits(doc.total.amount)} {wan}
              {lang === 'zh' ? '；' : '; '}
              {t('alloc.health')} {groupDigits(doc.total.health)} {wan}
            </dd>
          </div>
          <div>
            <dt>{t('alloc.counties')}</dt>
            <dd>
              {totals
                .filter((c) => c.category !== null)
                .map((c) =>
                  t('alloc.categoryCount', { category: pick(categoryLabel(c.category)), n: c.count }),
                )
                .join(lang === 'zh' ? '，' : ', ')}
              {totals.some((c) => c.category === null && c.count > 0) ? t('alloc.plusCommittee') : null}
            </dd>
          </div>
        </dl>
      </section>

      <SumChecks checks={checks} />

      <section className="panel alloc-filter" aria-labelledby={`${id}-filters`}>
        <h3 id={`${id}-filters`}>{t('alloc.filters')}</h3>
        <div className="filters">
          <div className="field">
            <label htmlFor={`${id}-city`}>{t('alloc.city')}</label>
            <select
              id={`${id}-city`}
              value={filter.city ?? ''}
              onChange={(e) => setFilter({ ...filter, city: e.currentTarget.value || null })}
            >
              <option value="">{t('alloc.allCities')}</option>
              {doc.cities.map((city) => (
                <option key={city.name} value={city.name}>
                  {pick(placeText(city.name))}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-category`}>{t('alloc.category')}</label>
            <select
              id={`${id}-category`}
              value={filter.category ?? ''}
              onChange={(e) => {
                const parsed = FundCategory.safeParse(e.currentTarget.value);
                setFilter({ ...filter, category: parsed.success ? parsed.data : null });
              }}
            >
              <option value="">{t('alloc.allCategories')}</option>
              {FundCategory.options.map((category) => (
                <option key={category} value={category}>
                  {pick(categoryLabel(category))}
                </option>
              ))}
            </select>
          </div>
        </div>
        <output className="subtotal" aria-live="polite" data-testid="filtered-subtotal">
          <span className="subtotal-count" data-testid="filtered-count">
            {t(selection.count > selection.counties ? 'alloc.shownWithCommittee' : 'alloc.shown', {
              n: selection.counties,
            })}
          </span>
          <span className="subtotal-label">
            {t(filtered ? 'alloc.subtotalFiltered' : 'alloc.subtotalProvince')}
          </span>
          <span className="subtotal-figure">
            <span className="subtotal-name">{t('alloc.amount')}</span>{' '}
            <strong data-testid="filtered-amount">{groupDigits(selection.amount)}</strong> {wan}
          </span>
          <span className="subtotal-figure">
            <span className="subtotal-name">{t('alloc.health')}</span>{' '}
            <strong data-testid="filtered-health">{groupDigits(selection.health)}</strong> {wan}
          </span>
        </output>
      </section>

      <div className="alloc-body">
        <section className="panel alloc-charts" aria-labelledby={`${id}-charts`}>
          <h3 id={`${id}-charts`}>{t('alloc.charts')}</h3>
          <BarChart
            title={cityTitle}
            bars={byCity}
            summary={cityChartSummary}
            nameHeader={t('alloc.chartColCity')}
          />
          <BarChart
            title={categoryTitle}
            bars={byCategory}
            summary={categoryChartSummary}
            nameHeader={t('alloc.chartColCategory')}
          />
        </section>

        <section className="panel alloc-table" aria-labelledby={`${id}-table`}>
          <h3 id={`${id}-table`}>{tableTitle}</h3>
          <table className="data-table allocation-table">
            <caption className="visually-hidden">{t('alloc.tableCaption', { title: tableTitle })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('alloc.colName')}</th>
                <th scope="col" className="num">
                  {t('alloc.colAmount')}
                </th>
                <th scope="col" className="num">
                  {t('alloc.colHealth')}
                </th>
                <th scope="col" className="col-category">
                  {t('alloc.colCategory')}
                </th>
              </tr>
            </thead>
            {selection.groups.map((group) => (
              <tbody key={group.city.name} data-city={group.city.name}>
                <tr className="row-subtotal">
                  <th scope="rowgroup">
                    {filter.category === null
                      ? lang === 'zh'
                        ? group.city.seedName
                        : t('alloc.citySubtotal', { city: pick(placeText(group.city.name)) })
                      : t('alloc.cityCategorySubtotal', {
                          city: pick(placeText(group.city.name)),
                          category: pick(categoryLabel(filter.category)),
                        })}
                  </th>
                  <td className="num">{groupDigits(group.amount)}</td>
                  <td className="num">{groupDigits(group.health)}</td>
                  <td className="col-category" />
                </tr>
                {group.rows.map((row) => (
                  <tr key={row.name}>
                    <th scope="row">
                      {lang === 'zh' ? (
                        <span lang="zh-CN">{row.name}</span>
                      ) : (
                        <span>{pick(placeText(row.name))}</span>
                      )}
                      <span className={`cat-inline cat-${seriesOf(row.category)}`}>
                        {pick(categoryLabel(row.category))}
                      </span>
                    </th>
                    <td className="num">{groupDigits(row.amount)}</td>
                    <td className={row.health === '0' ? 'num zero' : 'num'}>{groupDigits(row.health)}</td>
                    <td className="col-category">
                      <span className={`cat cat-${seriesOf(row.category)}`}>
                        {pick(categoryLabel(row.category))}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
            <tfoot>
              <tr className="row-total">
                <th scope="row">{t(filtered ? 'alloc.subtotalFiltered' : 'alloc.subtotalProvince')}</th>
                <td className="num">{groupDigits(selection.amount)}</td>
                <td className="num">{groupDigits(selection.health)}</td>
                <td className="col-category" />
              </tr>
            </tfoot>
          </table>
        </section>
      </div>

      <p className="funds-basis muted">
        {t('alloc.basis')}
        <span lang="zh-CN">
          {doc.issuer}《{doc.title}》（{doc.documentNumber}）
        </span>
      </p>
    </div>
  );
}
