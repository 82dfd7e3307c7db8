/**
 * `huinong screen ROSTER -o RESULTS`: read, assemble, screen and write, with a progress bar.
 * The same function serves the CLI and the benchmark.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import type { CompiledPack, LprFixing, MaskOptions, Text } from '@huinong/benefits';
import type { Progress } from '../progress.ts';
import { indexRoster, type Roster, type RosterIssue, rosterOf } from './assemble.ts';
import { assembleJson } from './from-json.ts';
import { CsvSink, JsonSink, type ResultSink, WorkerXlsxSink, XlsxSink } from './output.ts';
import { type RunResult, runRoster } from './run.ts';
import {
  mergeSources,
  RosterFileError,
  type RosterSource,
  readCsv,
  readXlsx,
  requireData,
} from './sources.ts';

export type RosterFormat = 'xlsx' | 'csv' | 'json';

export function formatOf(path: string): RosterFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' || ext === '.xlsm'
    ? 'xlsx'
    : ext === '.csv'
      ? 'csv'
      : ext === '.json'
        ? 'json'
        : null;
}

export interface ScreenFilesOptions {
  readonly inputs: readonly string[];
  /** the results file (.xlsx, .csv or .json), or null for JSON on stdout */
  readonly output: string | null;
  readonly pack: CompiledPack;
  readonly asOf: string;
  readonly mask?: MaskOptions;
  /** the LPR series for 小额信贷贴息 lines (JSON subjects with loans) */
  readonly lpr?: readonly LprFixing[];
  readonly progress?: Progress;
  /** write .xlsx results on a worker thread (default true) */
  readonly threads?: boolean;
}

export interface ScreenFilesResult extends RunResult {
  readonly issues: readonly RosterIssue[];
}

/** The worker-thread writer, or this thread's when a worker cannot be started here. */
function workerSink(path: string): ResultSink {
  try {
    return new WorkerXlsxSink(path);
  } catch {
    return new XlsxSink(path);
  }
}

function unusable(zh: string, en: string): never {
  throw new RosterFileError({ zh, en });
}

/**
 * Screens roster files into a results file. Throws `RosterFileError` (exit code 2) when the input
 * cannot be used; rejected rows are reported in the results and make `rejected` true (exit 1).
 */
export async function screenFiles(options: ScreenFilesOptions): Promise<ScreenFilesResult> {
  const { inputs, output, pack, asOf } = options;
  const progress = options.progress;
  if (inputs.length === 0) unusable('缺少输入文件', 'missing input file');
  const formats = inputs.map(formatOf);
  const first = formats[0];
  if (formats.some((f) => f === null))
    unusable(
      `不支持的输入文件类型：${inputs.filter((_, i) => formats[i] === null).join('、')}（可用 .xlsx、.csv、.json）`,
      'unsupported input type (use .xlsx, .csv or .json)',
    );
  if (inputs.length > 1 && formats.some((f) => f !== 'csv'))
    unusable(
      '多个输入文件时只能都是 .csv（每个文件一张表）',
      'several inputs must all be .csv files (one sheet each)',
    );
  if (output) {
    if (!formatOf(output))
      unusable(
        `不支持的输出文件类型：${output}（可用 .xlsx、.csv、.json）`,
        `unsupported output type: ${output}`,
      );
    if (inputs.some((i) => resolve(i) === resolve(output)))
      unusable('输出文件不能与输入文件相同', 'the output file must not be the input file');
    // before a long screen: can the results be written there?
    try {
      accessSync(dirname(resolve(output)), constants.W_OK);
    } catch {
      unusable(
        `无法写入输出文件夹：${dirname(output)}`,
        `cannot write to the output folder: ${dirname(output)}`,
      );
    }
  }
  const label = inputs.map((i) => basename(i)).join(', ');

  let roster: Roster;
  const notes: RosterIssue[] = [];
  if (first === 'json') {
    let text: string;
    try {
      text = readFileSync(inputs[0] as string, 'utf8');
    } catch (e) {
      unusable(`无法读取文件 ${label}`, `cannot read ${label}: ${(e as Error).message}`);
    }
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (e) {
      unusable(`${label} 不是有效的 JSON`, `${label} is not valid JSON: ${(e as Error).message}`);
    }
    roster = rosterOf(assembleJson(input, label, asOf));
  } else {
    progress?.phase('读取 reading  ', 1);
    let source: RosterSource;
    if (first === 'xlsx') {
      source = await readXlsx(inputs[0] as string, { onProgress: (d, t) => progress?.update(d, t) });
    } else {
      source = mergeSources(inputs.map((i) => readCsv(i)));
    }
    requireData(source, label);
    for (const n of source.notes)
      notes.push({
        kind: 'warning',
        rejected: false,
        sheet: n.sheet,
        row: n.row,
        column: null,
        header: null,
        key: null,
        subjectId: null,
        message: n.message,
      });
    roster = indexRoster(source, pack, asOf);
  }

  let sink: ResultSink;
  const format = output ? formatOf(output) : 'json';
  if (!output) sink = new JsonSink(1, { packId: pack.pack.id, asOf, input: label });
  else if (format === 'xlsx') sink = options.threads === false ? new XlsxSink(output) : workerSink(output);
  else if (format === 'csv') sink = new CsvSink(output);
  else sink = new JsonSink(output, { packId: pack.pack.id, asOf, input: label });

  progress?.phase('筛查 screening', roster.count);
  const issues: RosterIssue[] = [];
  const collecting: ResultSink = {
    detail: (r) => sink.detail(r),
    publicity: (r) => sink.publicity(r),
    issue: (i) => {
      if (issues.length < 1000) issues.push(i);
      sink.issue(i);
    },
    drain: () => sink.drain(),
    finish: async (s) => {
      progress?.phase('写出 writing  ', 1);
      await sink.finish(s);
      progress?.update(1);
    },
  };
  const result = await runRoster(
    roster,
    collecting,
    {
      pack,
      asOf,
      ...(options.mask ? { mask: options.mask } : {}),
      ...(options.lpr ? { lpr: options.lpr } : {}),
      onProgress: (d, t) => progress?.update(d, t),
    },
    notes,
  );
  progress?.done();
  return { ...result, issues };
}

/** "农户及成员!M5「面积（亩）」：应为数字…" — an issue as one line of text in one language. */
export function issueText(i: RosterIssue, lang: keyof Text): string {
  const where = `${i.sheet}${i.row !== null ? `!${i.column ?? ''}${i.row}` : ''}`;
  const header = lang === 'zh' ? (i.header ? `「${i.header}」` : '') : i.key ? ` (${i.key})` : '';
  return `${where}${header}${lang === 'zh' ? '：' : ': '}${i.message[lang]}`;
}
