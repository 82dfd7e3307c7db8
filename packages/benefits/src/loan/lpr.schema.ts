import { z } from 'zod';

/**
 * The loan prime rate (贷款市场报价利率, LPR) as dated data. Since the reform announced in 中国人民银行
 * 公告〔2019〕第15号, 全国银行间同业拆借中心 publishes the one-year and five-year-and-above LPR at
 * 9:00 on the 20th of each month (the next working day when the 20th is not one). A fixing is in
 * force from its publication date until the next one, so the rate in force is piecewise constant.
 */

/** The first fixing under the reformed mechanism; no LPR in this sense exists before it. */
export const LPR_REFORM_DATE = '2019-08-20';

/** A real calendar date `YYYY-MM-DD` (2023-02-30 is refused; the regex knows leap years). */
export function isoDate(label: string) {
  return z.iso.date({ error: `${label}: 不是有效日期 not a real date (YYYY-MM-DD)` });
}

/** A percentage as a decimal string with at most two decimals: "3.45" means 3.45 %. */
export function percent(label: string) {
  return z
    .string({ error: `${label}: 应为百分数字符串 expected a percent string such as "3.45"` })
    .regex(/^\d{1,2}(\.\d{1,2})?$/, `${label}: 应为百分数字符串 expected a percent string such as "3.45"`)
    .refine((s) => Number(s) > 0, `${label}: 应大于0 must be above 0`);
}

/** One LPR fixing: the publication date, both tenors in percent, and the announcement cited. */
export const LprFixing = z.object({
  date: isoDate('公布日期 publication date').refine(
    (d) => d >= LPR_REFORM_DATE,
    `公布日期 publication date: 早于LPR改革首次报价 before the first reformed fixing (${LPR_REFORM_DATE})`,
  ),
  oneYear: percent('1年期LPR one-year LPR'),
  fiveYear: percent('5年期以上LPR five-year-and-above LPR'),
  /** the announcement, e.g. "全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告（2023年8月21日）" */
  source: z.string().min(1, '来源 source: 不能为空 must cite the announcement'),
});
export type LprFixing = z.infer<typeof LprFixing>;

/** The whole series: at least one fixing, publication dates strictly increasing. */
export const LprSeries = z
  .array(LprFixing)
  .min(1, 'LPR序列 LPR series: 不能为空 must hold at least one fixing')
  .superRefine((series, ctx) => {
    for (let i = 1; i < series.length; i++) {
      const prev = series[i - 1];
      const cur = series[i];
      if (prev && cur && cur.date <= prev.date) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'date'],
          message: `公布日期 publication date: 应晚于上一期 ${prev.date} must be after the previous fixing (dates strictly increasing)`,
        });
      }
    }
  });
export type LprSeries = z.infer<typeof LprSeries>;

/**
 * The fixing in force on `date`: the last one published on or before it. Throws a RangeError when
 * `date` precedes the reform (2019-08-20) or the first fixing of the series. The caller decides
 * whether the series is recent enough (see `lprNextFixingDue`). This is a pure function.
 */
export function lprInForce(series: readonly LprFixing[], date: string): LprFixing {
  if (date < LPR_REFORM_DATE) {
    throw new RangeError(`no LPR before the reform fixing of ${LPR_REFORM_DATE}: ${date}`);
  }
  let found: LprFixing | undefined;
  for (const fixing of series) {
    if (fixing.date <= date) found = fixing;
    else break;
  }
  if (!found) throw new RangeError(`the LPR series starts after ${date}`);
  return found;
}

/**
 * The day by which the fixing after the series' last one is due: the 20th of the following month.
 * From that day on, the series cannot tell the rate in force (a new LPR is a data change). When the
 * 20th is a holiday the new fixing comes a little later, so this errs on the side of asking.
 */
export function lprNextFixingDue(series: readonly LprFixing[]): string {
  const last = series[series.length - 1];
  if (!last) throw new RangeError('empty LPR series');
  const year = Number(last.date.slice(0, 4));
  const month = Number(last.date.slice(5, 7));
  const [y, m] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return `${y}-${String(m).padStart(2, '0')}-20`;
}
