/**
 * The bounds on every roster file, in the browser and in Node: past one, the file is refused with
 * a message in both languages (the CLI exits 2), in bounded memory and time. Excel's own limits
 * (16,384 columns, 32,767 characters a cell, 1,048,576 rows) are never above ours, so no file
 * Excel can save is refused for its shape; the byte bounds sit far above a county's roster (the
 * 100,000-household bench roster inflates to about 0.2 GB).
 */
import type { Text } from '@huinong/benefits';

export const ROSTER_LIMITS = {
  /** bytes all parts of one workbook may inflate to, together (a ZIP bomb stops here) */
  inflatedBytes: 1024 * 1024 * 1024,
  /** bytes one part may inflate to */
  partBytes: 512 * 1024 * 1024,
  /**
   * rows with content kept over the whole roster (all sheets of a workbook, or all CSV files given
   * together); and the last row number Excel has (of a sheet, or of one CSV file)
   */
  rows: 1_048_576,
  /** cells in one row, and the last column (XFD) */
  columns: 16_384,
  /** items of the shared-string table */
  sharedStrings: 2_000_000,
  /** characters of the shared-string table, together */
  sharedStringChars: 256 * 1024 * 1024,
  /** characters in one cell, as Excel allows */
  cellChars: 32_767,
  /** merged ranges read from one sheet */
  mergedRanges: 1_048_576,
  /** worksheets in one workbook */
  sheets: 1_024,
  /** bytes of a JSON input (read whole) */
  jsonBytes: 64 * 1024 * 1024,
  /** bytes of one CSV input (read whole) */
  csvBytes: 256 * 1024 * 1024,
} as const;

export type RosterLimit = keyof typeof ROSTER_LIMITS;

/**
 * A file past one of `ROSTER_LIMITS`; `at` says where (a cell, a sheet), when known; `bound` is
 * the bound it went past (lower than `ROSTER_LIMITS` only where a caller set a lower one).
 */
export class LimitError extends Error {
  constructor(
    readonly limit: RosterLimit,
    readonly at: string | null = null,
    readonly bound: number = ROSTER_LIMITS[limit],
  ) {
    super(`${limit} above ${bound}${at ? ` at ${at}` : ''}`);
  }
}

/**
 * Bounds lower than `ROSTER_LIMITS` for one read (a test at the bound and one past it, without
 * a million rows); a bound above `ROSTER_LIMITS` is held to it, so a caller can only tighten.
 */
export interface RosterBounds {
  /** rows with content kept over the whole roster (default and at most `ROSTER_LIMITS.rows`) */
  readonly rows?: number;
}

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
const N = (n: number) => n.toLocaleString('en-US');

const WHAT: Record<RosterLimit, (n: number) => Text> = {
  inflatedBytes: (n) => ({ zh: `解压后超过 ${MB(n)}`, en: `inflates to more than ${MB(n)}` }),
  partBytes: (n) => ({
    zh: `其中一个部件解压后超过 ${MB(n)}`,
    en: `has a part that inflates to more than ${MB(n)}`,
  }),
  rows: (n) => ({ zh: `超过 ${N(n)} 行`, en: `has more than ${N(n)} rows` }),
  columns: (n) => ({
    zh: `有单元格超出最后一列 XFD（第 ${N(n)} 列），或一行超过 ${N(n)} 个单元格`,
    en: `has a cell past the last column XFD (${N(n)}), or a row of more than ${N(n)} cells`,
  }),
  sharedStrings: (n) => ({ zh: `共享字符串超过 ${N(n)} 条`, en: `has more than ${N(n)} shared strings` }),
  sharedStringChars: (n) => ({
    zh: `共享字符串合计超过 ${N(n)} 个字符`,
    en: `has more than ${N(n)} characters of shared strings`,
  }),
  cellChars: (n) => ({
    zh: `有单元格超过 ${N(n)} 个字符（Excel 的上限）`,
    en: `has a cell of more than ${N(n)} characters (Excel's limit)`,
  }),
  mergedRanges: (n) => ({ zh: `合并单元格超过 ${N(n)} 处`, en: `has more than ${N(n)} merged ranges` }),
  sheets: (n) => ({ zh: `工作表超过 ${N(n)} 张`, en: `has more than ${N(n)} worksheets` }),
  jsonBytes: (n) => ({ zh: `大于 ${MB(n)}`, en: `is larger than ${MB(n)}` }),
  csvBytes: (n) => ({ zh: `大于 ${MB(n)}`, en: `is larger than ${MB(n)}` }),
};

/**
 * The message for a file past a bound: "名册.xlsx 解压后超过 1024 MB（…）". Several files (CSV
 * files screened together share the rows bound) are all named, and said to be over it together:
 * none of them alone may be, and a cadre must know which files to split.
 */
export function limitText(file: string | readonly string[], e: LimitError): Text {
  const files = typeof file === 'string' ? [file] : file;
  const w = WHAT[e.limit](e.bound);
  const at = e.at ? { zh: `（位置：${e.at}）`, en: ` (at ${e.at})` } : { zh: '', en: '' };
  // several files: what is over the bound is their sum ("have", not "has")
  const zh = files.length > 1 ? `${files.join('、')} 合计` : `${files[0] ?? ''} `;
  const en =
    files.length > 1
      ? `${files.join(', ')} together ${w.en.replace(/^has /, 'have ')}`
      : `${files[0] ?? ''} ${w.en}`;
  return {
    zh: `${zh}${w.zh}${at.zh}，超出名册文件的上限，可能是损坏或恶意的文件；请按镇或村拆分，或在 Excel 中另存后再试`,
    en: `${en}${at.en}: past the bounds of a roster file (a damaged or hostile file?); split it by township or village, or save it again from Excel`,
  };
}
