import { useId } from 'react';
import type { Bar, SeriesKey } from './allocation-view.ts';
import { useFundsText } from './messages.ts';
import { groupDigits } from './numbers.ts';

// one row per bar: its name and figure on a line, the bar below; every x and width is a percentage
// of the chart's own width, so text keeps its size on a phone and no script measures anything
const ROW = 42;
const LABEL_Y = 15;
const BAR_Y = 22;
const BAR_H = 13;

const pct = (n: number) => `${Math.round(n * 10000) / 100}%`;

/**
 * A horizontal bar chart drawn as SVG, stacked by series where a bar has several parts. The SVG is
 * an image with a title and a one-line summary for screen readers; the figures themselves are in
 * the table under it (open to everyone, in a disclosure).
 */
export function BarChart({
  title,
  bars,
  summary,
  nameHeader,
}: {
  title: string;
  bars: readonly Bar[];
  summary: string;
  /** the header of the table's first column: what the bars are */
  nameHeader: string;
}) {
  const { pick, t } = useFundsText();
  const id = useId();
  const max = Math.max(0, ...bars.map((b) => Number(b.amount)));
  const stacked = bars.some((b) => b.parts.length > 1);
  const series = [
    ...new Map(bars.flatMap((b) => b.parts.map((p) => [p.series, p.label] as const))).entries(),
  ];
  const height = bars.length * ROW;

  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-title">
        {title}
      </figcaption>
      {stacked ? (
        <ul className="legend" aria-label={t('alloc.legend')}>
          {series.map(([key, label]) => (
            <li key={key}>
              <span className={`swatch bar-${key}`} aria-hidden="true" />
              {pick(label)}
            </li>
          ))}
        </ul>
      ) : null}
      <svg
        className="chart-svg"
        width="100%"
        height={height}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((bar, i) => {
          const top = i * ROW;
          let x = 0;
          return (
            <g key={bar.key} className={bar.selected ? 'chart-row chart-selected' : 'chart-row'}>
              <text x="0" y={top + LABEL_Y} className="chart-label">
                {pick(bar.label)}
              </text>
              <text x="100%" y={top + LABEL_Y} textAnchor="end" className="chart-value">
                {groupDigits(bar.amount)}
              </text>
              <rect x="0" y={top + BAR_Y} width="100%" height={BAR_H} className="chart-track" />
              {bar.parts.map((part) => {
                const w = max > 0 ? Number(part.amount) / max : 0;
                const rect = (
                  <rect
                    key={part.series}
                    x={pct(x)}
                    y={top + BAR_Y}
                    width={pct(w)}
                    height={BAR_H}
                    className={`bar bar-${part.series as SeriesKey}`}
                  />
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <details className="chart-data">
        <summary>{t('alloc.chartTable')}</summary>
        {/* seven columns of figures: on a phone, in English, wider than the screen; it scrolls, not the page */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
        <section className="chart-table-scroll" tabIndex={0} aria-label={title}>
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{nameHeader}</th>
                <th scope="col" className="num">
                  {t('alloc.colCount')}
                </th>
                {stacked
                  ? series.map(([key, label]) => (
                      <th key={key} scope="col" className="num">
                        {pick(label)}
                      </th>
                    ))
                  : null}
                <th scope="col" className="num">
                  {t('alloc.colTotal')}
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.key} aria-current={bar.selected ? 'true' : undefined}>
                  <th scope="row">{pick(bar.label)}</th>
                  <td className="num">{bar.count}</td>
                  {stacked
                    ? series.map(([key]) => (
                        <td key={key} className="num">
                          {groupDigits(bar.parts.find((p) => p.series === key)?.amount ?? '0')}
                        </td>
                      ))
                    : null}
                  <td className="num">{groupDigits(bar.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </figure>
  );
}
