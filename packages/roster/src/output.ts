/**
 * The results of a roster screen as rows, and where they go: an .xlsx workbook (明细, 汇总, 异常,
 * 公示名单), four CSV files, or JSON. Every text cell passes through `neutralizeFormula`, so no
 * cell can run as a formula; money is written as numbers (format #,##0.00), never as text.
 */
import { Dec, neutralizeFormula, type Text } from '@huinong/benefits';
import type { RosterIssue } from './assemble.ts';
import { csvField } from './csv.ts';
import { ISSUE_LABELS, type PublicityChoice, publicityNote } from './labels.ts';
import type { Codec } from './xlsx/codec.ts';
import { type NumberFormat, type OutCell, XlsxWriter } from './xlsx/write.ts';

/** One line of 明细: a standard applied to a subject, activity or member. */
export interface DetailRow {
  readonly township: string;
  readonly village: string;
  readonly subjectId: string;
  readonly name: string;
  readonly kind: string;
  /** the activity or member the line is about */
  readonly item: string;
  readonly standardId: string;
  readonly title: string;
  readonly clause: string;
  readonly quantity: string | null;
  readonly unit: string;
  readonly unitAmount: string | null;
  readonly rate: string | null;
  /** two-decimal string, rounded once per line by the engine */
  readonly amount: string;
  readonly status: string;
  readonly reason: string;
  /** sheet and row the line comes from */
  readonly source: string;
  /**
   * The item and the reason in English, on the first rows only when the screen is asked for them
   * (`englishRows`): the page shows those in the reader's language, the sheets stay Chinese.
   */
  readonly itemEn?: string | undefined;
  /** the person `itemEn` is about (a name, not translated) */
  readonly itemPerson?: string | undefined;
  readonly unitEn?: string | undefined;
  readonly reasonEn?: string | undefined;
}

/** One line of 公示名单: a subject's award under one standard. */
export interface PublicityRow {
  readonly township: string;
  readonly village: string;
  readonly name: string;
  /** masked: first 6 and last 4 shown by default */
  readonly idNumber: string;
  /** masked, or empty when the county's 公示名单 shows no account (the default) */
  readonly bankAccount: string;
  readonly standardId: string;
  readonly title: string;
  readonly amount: string;
}

export interface SummaryRow {
  readonly lines: number;
  readonly amount: string;
}

export interface Summary {
  readonly packId: string;
  readonly asOf: string;
  /** a row per standard, then a row per limit of the household stage (a negative amount) */
  readonly byStandard: readonly (SummaryRow & { standardId: string; title: string; clause: string })[];
  readonly byVillage: readonly (SummaryRow & { township: string; village: string; subjects: number })[];
  /** `amount` is the sum of the eligible lines and the limits' deductions */
  readonly total: SummaryRow & { subjects: number; adjustments: number };
  readonly rowsRead: number;
  readonly rejectedRows: number;
  readonly issues: number;
  /** characters shown at each end of masked numbers in the publicity list */
  readonly mask: { readonly head: number; readonly tail: number };
  /** what the publicity list shows */
  readonly publicity: Required<PublicityChoice>;
}

export interface ResultSink {
  detail(row: DetailRow): void;
  publicity(row: PublicityRow): void;
  issue(issue: RosterIssue): void;
  /** resolves when buffered output is small enough to go on */
  drain(): Promise<void>;
  finish(summary: Summary): Promise<void>;
}

const DETAIL_HEADERS = [
  '镇（街道）',
  '村',
  '户编号/主体编号',
  '户主/名称',
  '主体类型',
  '项目/成员',
  '标准编号',
  '标准名称',
  '条款',
  '数量',
  '单位',
  '单价（元）',
  '比例',
  '金额（元）',
  '状态',
  '原因/差额',
  '来源',
];
const DETAIL_WIDTHS = [12, 12, 14, 12, 12, 18, 22, 26, 12, 10, 8, 12, 8, 14, 12, 50, 16];
const PUBLICITY_HEADERS = [
  '镇（街道）',
  '村',
  '户主/名称',
  '身份证号',
  '银行账号',
  '标准编号',
  '补助项目',
  '金额（元）',
];
const PUBLICITY_WIDTHS = [12, 12, 14, 22, 24, 22, 30, 14];
const ISSUE_HEADERS = [
  '类别',
  '工作表',
  '行',
  '列',
  '表头',
  '列名 key',
  '户编号/主体编号',
  '说明',
  'message',
  '未筛查',
];
const ISSUE_WIDTHS = [12, 14, 8, 6, 18, 14, 16, 60, 60, 8];

export { publicityNote } from './labels.ts';

const safe = (s: string): string => neutralizeFormula(s);
// amounts and quantities go out as the engine's decimal strings, never through a binary double
const money = (s: string | null): OutCell => (s === null ? null : { d: s, fmt: 'money' });
const dec = (s: string | null, fmt: NumberFormat): OutCell => (s === null ? null : { d: s, fmt });

// number formats by column: plain numbers in these columns are written with them
const DETAIL_FORMATS: (NumberFormat | null)[] = [
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  'decimal',
  null,
  'money',
  'percent',
  'money',
];
const PUBLICITY_FORMATS: (NumberFormat | null)[] = [null, null, null, null, null, null, null, 'money'];

export function detailCells(r: DetailRow): OutCell[] {
  return [
    safe(r.township),
    safe(r.village),
    safe(r.subjectId),
    safe(r.name),
    r.kind,
    safe(r.item),
    r.standardId,
    r.title,
    r.clause,
    dec(r.quantity, 'decimal'),
    r.unit,
    dec(r.unitAmount, 'money'),
    dec(r.rate, 'percent'),
    dec(r.amount, 'money'),
    r.status,
    safe(r.reason),
    safe(r.source),
  ];
}

/** The columns of 公示名单 for what the county chose to show: no account column unless asked. */
export function publicityColumns(choice: PublicityChoice = {}): {
  headers: string[];
  widths: number[];
  formats: (NumberFormat | null)[];
  inline: number[];
} {
  const keep = (i: number) => i !== 4 || choice.account === 'masked';
  const pick = <T>(xs: readonly T[]) => xs.filter((_, i) => keep(i));
  return {
    headers: pick(PUBLICITY_HEADERS),
    widths: pick(PUBLICITY_WIDTHS),
    formats: pick(PUBLICITY_FORMATS),
    inline: choice.account === 'masked' ? [2, 3, 4] : [2, 3],
  };
}

export function publicityCells(r: PublicityRow, choice: PublicityChoice = {}): OutCell[] {
  const cells: OutCell[] = [
    safe(r.township),
    safe(r.village),
    safe(r.name),
    safe(r.idNumber),
    safe(r.bankAccount),
    r.standardId,
    r.title,
    money(r.amount),
  ];
  if (choice.account !== 'masked') cells.splice(4, 1);
  return cells;
}

export function issueCells(i: RosterIssue): OutCell[] {
  return [
    ISSUE_LABELS[i.kind].zh,
    safe(i.sheet),
    i.row,
    i.column,
    i.header === null ? null : safe(i.header),
    i.key,
    i.subjectId === null ? null : safe(i.subjectId),
    safe(i.message.zh),
    safe(i.message.en),
    i.rejected ? '是' : '否',
  ];
}

export function summaryRows(s: Summary): { cells: OutCell[]; style: 'header' | 'note' | null }[] {
  const out: { cells: OutCell[]; style: 'header' | 'note' | null }[] = [];
  out.push({ cells: [`筛查日期 as of ${s.asOf}；政策包 policy pack ${s.packId}`], style: 'note' });
  out.push({ cells: [], style: null });
  out.push({ cells: ['按标准汇总 by standard'], style: 'header' });
  out.push({ cells: ['标准编号', '标准名称', '条款', '符合行数', '金额（元）'], style: 'header' });
  for (const r of s.byStandard)
    out.push({ cells: [r.standardId, r.title, r.clause, r.lines, money(r.amount)], style: null });
  out.push({ cells: [], style: null });
  out.push({ cells: ['按村汇总 by village'], style: 'header' });
  out.push({ cells: ['镇（街道）', '村', '户/主体数', '符合行数', '金额（元）'], style: 'header' });
  for (const r of s.byVillage)
    out.push({
      cells: [safe(r.township), safe(r.village), r.subjects, r.lines, money(r.amount)],
      style: null,
    });
  out.push({ cells: [], style: null });
  out.push({ cells: ['合计 grand total', '', '户/主体数', '符合行数', '金额（元）'], style: 'header' });
  out.push({ cells: ['合计', '', s.total.subjects, s.total.lines, money(s.total.amount)], style: null });
  out.push({ cells: [], style: null });
  out.push({
    cells: [
      `读取数据行 ${s.rowsRead}；未筛查（被拒绝）行 ${s.rejectedRows}；异常 ${s.issues} 条（见「异常」）`,
    ],
    style: 'note',
  });
  out.push({
    cells: [
      '合计为各行四舍五入到分后的金额之和（含封顶、不重复享受等扣减行，金额为负）。The total is the sum of the lines, each rounded to the fen, and of the deductions (caps and exclusions, negative).',
    ],
    style: 'note',
  });
  return out;
}

/** The four sheets of the results workbook, fed with rows of cells. */
export class ResultBook {
  private readonly book;
  private readonly details;
  private readonly summary;
  private readonly issues;
  private readonly publicityList;

  constructor(
    codec?: Codec,
    private readonly choice: PublicityChoice = {},
  ) {
    const publicity = publicityColumns(choice);
    // shared strings: 镇, 村, names of standards and statuses repeat on every line
    this.book = new XlsxWriter(codec ? { sharedStrings: true, codec } : { sharedStrings: true });
    this.details = this.book.addSheet('明细', {
      widths: DETAIL_WIDTHS,
      freezeRows: 1,
      formats: DETAIL_FORMATS,
      // id, name, reason and source seldom repeat
      inline: [2, 3, 15, 16],
    });
    this.summary = this.book.addSheet('汇总', { widths: [22, 28, 14, 12, 16] });
    this.issues = this.book.addSheet('异常', { widths: ISSUE_WIDTHS, freezeRows: 1 });
    this.publicityList = this.book.addSheet('公示名单', {
      widths: publicity.widths,
      freezeRows: 1,
      formats: publicity.formats,
      inline: publicity.inline,
    });
    this.details.addRow(DETAIL_HEADERS, 'header');
    this.issues.addRow(ISSUE_HEADERS, 'header');
    this.publicityList.addRow(publicity.headers, 'header');
  }

  detail(cells: readonly OutCell[]): void {
    this.details.addRow(cells);
  }
  publicity(cells: readonly OutCell[]): void {
    this.publicityList.addRow(cells);
  }
  issue(cells: readonly OutCell[]): void {
    this.issues.addRow(cells);
  }
  /** Adds the summary and the publicity note, and gives the workbook's bytes. */
  async bytes(summary: Summary): Promise<Uint8Array[]> {
    for (const r of summaryRows(summary)) this.summary.addRow(r.cells, r.style);
    this.publicityList.addRow([]);
    this.publicityList.addRow([publicityNote(summary.mask, this.choice)], 'note');
    return this.book.bytes();
  }
}

/**
 * Builds 明细, 汇总, 异常 and 公示名单 as one .xlsx workbook in this thread and hands its bytes
 * to `save` (a file on disk, a download in the browser).
 */
export class XlsxSink implements ResultSink {
  private readonly book;

  constructor(
    private readonly save: (bytes: Uint8Array[]) => Promise<void> | void,
    codec?: Codec,
    private readonly choice: PublicityChoice = {},
  ) {
    this.book = new ResultBook(codec, choice);
  }

  detail(row: DetailRow): void {
    this.book.detail(detailCells(row));
  }
  publicity(row: PublicityRow): void {
    this.book.publicity(publicityCells(row, this.choice));
  }
  issue(issue: RosterIssue): void {
    this.book.issue(issueCells(issue));
  }
  async drain(): Promise<void> {}
  async finish(summary: Summary): Promise<void> {
    await this.save(await this.book.bytes(summary));
  }
}

/** Where CSV and JSON text goes: a file, stdout, or memory. */
export interface TextOut {
  write(text: string): void;
  close(): void;
}

/** Text kept in memory (the browser's downloads, tests). */
export class MemoryText implements TextOut {
  private readonly parts: string[] = [];
  write(text: string): void {
    this.parts.push(text);
  }
  close(): void {}
  get text(): string {
    return this.parts.join('');
  }
}

function csvCell(c: OutCell, format: NumberFormat | null | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return csvField(c);
  if (typeof c === 'object' && 'd' in c) return c.fmt === 'money' ? new Dec(c.d).toFixed(2) : c.d;
  const [n, fmt] = typeof c === 'number' ? [c, format] : [c.n, c.fmt];
  return fmt === 'money' ? n.toFixed(2) : String(n);
}

/**
 * Writes 明细 and the other three sheets as four CSV texts, UTF-8 with a BOM (so that
 * Excel reads the Chinese) and CRLF line ends. Formula-like text is neutralised here too: CSV
 * is where formula injection usually happens.
 */
export class CsvSink implements ResultSink {
  private readonly publicityFormats: (NumberFormat | null)[];

  constructor(
    private readonly files: Record<'details' | 'summary' | 'issues' | 'publicity', TextOut>,
    private readonly choice: PublicityChoice = {},
  ) {
    const publicity = publicityColumns(choice);
    this.publicityFormats = publicity.formats;
    this.row(this.files.details, DETAIL_HEADERS);
    this.row(this.files.issues, ISSUE_HEADERS);
    this.row(this.files.publicity, publicity.headers);
  }

  private started = new Set<TextOut>();
  private row(f: TextOut, cells: readonly OutCell[], formats: readonly (NumberFormat | null)[] = []): void {
    if (!this.started.has(f)) {
      this.started.add(f);
      f.write('\uFEFF');
    }
    f.write(`${cells.map((c, i) => csvCell(c, formats[i])).join(',')}\r\n`);
  }

  detail(row: DetailRow): void {
    this.row(this.files.details, detailCells(row), DETAIL_FORMATS);
  }
  publicity(row: PublicityRow): void {
    this.row(this.files.publicity, publicityCells(row, this.choice), this.publicityFormats);
  }
  issue(issue: RosterIssue): void {
    this.row(this.files.issues, issueCells(issue));
  }
  async drain(): Promise<void> {}
  async finish(summary: Summary): Promise<void> {
    for (const r of summaryRows(summary)) this.row(this.files.summary, r.cells);
    for (const f of Object.values(this.files)) f.close();
  }
}

/**
 * Writes the results as one JSON document (to a file, stdout or memory): lines are
 * streamed, exceptions and the publicity list follow. Text is not neutralised here: JSON is not
 * opened by a spreadsheet, and other tools need the values as they are.
 */
export class JsonSink implements ResultSink {
  private first = true;
  private readonly issues: RosterIssue[] = [];
  private readonly publicityRows: PublicityRow[] = [];

  constructor(
    private readonly file: TextOut,
    header: { packId: string; asOf: string; input: string },
  ) {
    this.file.write(
      `{"packId":${JSON.stringify(header.packId)},"asOf":${JSON.stringify(header.asOf)},"input":${JSON.stringify(header.input)},"lines":[`,
    );
  }

  detail(row: DetailRow): void {
    this.file.write(`${this.first ? '\n' : ',\n'}${JSON.stringify(row)}`);
    this.first = false;
  }
  publicity(row: PublicityRow): void {
    this.publicityRows.push(row);
  }
  issue(issue: RosterIssue): void {
    this.issues.push(issue);
  }
  async drain(): Promise<void> {}
  async finish(summary: Summary): Promise<void> {
    const tail = {
      summary,
      exceptions: this.issues.map((i) => ({ ...i, kindLabel: ISSUE_LABELS[i.kind] as Text })),
      publicity: this.publicityRows,
    };
    this.file.write(`\n],${JSON.stringify(tail).slice(1)}\n`);
    this.file.close();
  }
}
