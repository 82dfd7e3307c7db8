/**
 * A roster screen from files to a sink, on any platform: read (.xlsx streamed, CSV, JSON),
 * assemble, screen and write. The CLI gives it files on disk; the web app an uploaded `File`.
 */
import type { CompiledPack, LprFixing, MaskOptions } from '@huinong/benefits';
import { indexRoster, type PlaceResolver, type Roster, type RosterIssue, rosterOf } from './assemble.ts';
import { rosterLayout } from './columns.ts';
import { assembleJson } from './from-json.ts';
import type { PublicityChoice } from './labels.ts';
import { LimitError, limitText, ROSTER_LIMITS, type RosterBounds } from './limits.ts';
import type { ResultSink } from './output.ts';
import { type RunResult, runRoster } from './run.ts';
import {
  csvTooLarge,
  MAX_CSV_BYTES,
  RosterFileError,
  type RosterSource,
  readCsvFiles,
  readXlsx,
  requireData,
} from './sources.ts';
import type { ByteSource, Codec } from './xlsx/codec.ts';

export type RosterFormat = 'xlsx' | 'csv' | 'json';

/** The format of a file by its name's extension, or null when it is none of ours. */
export function formatOf(name: string): RosterFormat | null {
  const dot = name.lastIndexOf('.');
  const ext = dot < 0 ? '' : name.slice(dot).toLowerCase();
  return ext === '.xlsx' || ext === '.xlsm'
    ? 'xlsx'
    : ext === '.csv'
      ? 'csv'
      : ext === '.json'
        ? 'json'
        : null;
}

export interface RosterInput {
  /** the file's name, for messages */
  readonly name: string;
  readonly source: ByteSource;
}

export type RosterPhase = 'reading' | 'screening' | 'writing';

export interface ScreenRosterOptions {
  readonly pack: CompiledPack;
  readonly asOf: string;
  readonly mask?: MaskOptions;
  /** what the 公示名单 shows (default: no bank account, names in full); give the sink the same */
  readonly publicity?: PublicityChoice;
  /** the LPR series for 小额信贷贴息 lines */
  readonly lpr?: readonly LprFixing[];
  /** resolves work places written by names to GB/T 2260 codes (the CLI passes policy-data's) */
  readonly resolvePlace?: PlaceResolver;
  readonly codec?: Codec;
  /** a phase starts, with the amount of work it has (bytes or subjects; 1 when unknown) */
  readonly onPhase?: (phase: RosterPhase, total: number) => void;
  /** progress within the phase */
  readonly onProgress?: (done: number, total: number) => void;
  /** the most issues kept in the result (all go to the sink); default 1,000 */
  readonly keepIssues?: number;
  /** the first this many 明细 rows also carry their item and reason in English (the page's) */
  readonly englishRows?: number;
  /** bounds lower than `ROSTER_LIMITS` while reading (tests at the bound and one past it) */
  readonly bounds?: RosterBounds;
}

export interface ScreenRosterResult extends RunResult {
  /** the first `keepIssues` issues, in the order reported */
  readonly issues: readonly RosterIssue[];
}

export function unusable(zh: string, en: string): never {
  throw new RosterFileError({ zh, en });
}

async function readAll(input: RosterInput, json = false): Promise<Uint8Array> {
  if (json && input.source.size > ROSTER_LIMITS.jsonBytes)
    throw new RosterFileError(limitText(input.name, new LimitError('jsonBytes')));
  if (input.source.size > MAX_CSV_BYTES) throw csvTooLarge(input.name);
  return input.source.read(0, input.source.size);
}

/**
 * Checks the inputs' formats: one .xlsx, one .json, or any number of .csv (one sheet each).
 * Returns the format. Throws `RosterFileError` otherwise.
 */
export function inputFormat(names: readonly string[]): RosterFormat {
  if (names.length === 0) unusable('缺少输入文件', 'missing input file');
  const formats = names.map(formatOf);
  if (formats.some((f) => f === null))
    unusable(
      `不支持的输入文件类型：${names.filter((_, i) => formats[i] === null).join('、')}（可用 .xlsx、.csv、.json）`,
      'unsupported input type (use .xlsx, .csv or .json)',
    );
  if (names.length > 1 && formats.some((f) => f !== 'csv'))
    unusable(
      '多个输入文件时只能都是 .csv（每个文件一张表）',
      'several inputs must all be .csv files (one sheet each)',
    );
  return formats[0] as RosterFormat;
}

/** Reads and assembles the inputs into a roster; reading notes go to `notes`. */
export async function loadRoster(
  inputs: readonly RosterInput[],
  options: ScreenRosterOptions,
  notes: RosterIssue[],
): Promise<Roster> {
  const format = inputFormat(inputs.map((i) => i.name));
  const label = inputs.map((i) => i.name).join(', ');
  const { pack, asOf } = options;
  if (format === 'json') {
    const input = inputs[0] as RosterInput;
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await readAll(input, true));
    } catch (e) {
      if (e instanceof RosterFileError) throw e;
      unusable(`无法读取文件 ${label}`, `cannot read ${label}: ${(e as Error).message}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      unusable(`${label} 不是有效的 JSON`, `${label} is not valid JSON: ${(e as Error).message}`);
    }
    return rosterOf(
      assembleJson(
        parsed,
        label,
        asOf,
        pack,
        options.resolvePlace ? { resolvePlace: options.resolvePlace } : {},
      ),
    );
  }
  options.onPhase?.('reading', 1);
  const layout = rosterLayout(pack);
  let source: RosterSource;
  if (format === 'xlsx') {
    const input = inputs[0] as RosterInput;
    source = await readXlsx(input.source, input.name, layout, {
      ...(options.codec ? { codec: options.codec } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.bounds ? { bounds: options.bounds } : {}),
    });
  } else {
    // one roster in several files: read one at a time, their rows bounded together
    source = await readCsvFiles(
      inputs.map((input) => ({ name: input.name, bytes: () => readAll(input) })),
      layout,
      options.bounds ? { bounds: options.bounds } : {},
    );
  }
  requireData(source, label);
  for (const n of source.notes)
    notes.push({
      kind: n.kind ?? 'warning',
      rejected: n.rejected ?? false,
      sheet: n.sheet,
      row: n.row,
      column: n.column ?? null,
      header: n.header ?? null,
      key: null,
      subjectId: n.subjectId ?? null,
      message: n.message,
      ...(n.rows === undefined ? {} : { rows: n.rows }),
    });
  return indexRoster(source, pack, asOf, options.resolvePlace ? { resolvePlace: options.resolvePlace } : {});
}

/**
 * Screens roster files into a sink, made once the roster has been read (so that an unusable file
 * leaves no output behind). Throws `RosterFileError` when the input cannot be used; rejected rows
 * are reported to the sink and make `rejected` true.
 */
export async function screenRoster(
  inputs: readonly RosterInput[],
  makeSink: () => ResultSink,
  options: ScreenRosterOptions,
): Promise<ScreenRosterResult> {
  const notes: RosterIssue[] = [];
  const roster = await loadRoster(inputs, options, notes);
  const sink = makeSink();
  const keep = options.keepIssues ?? 1000;
  options.onPhase?.('screening', roster.count);
  const issues: RosterIssue[] = [];
  const collecting: ResultSink = {
    detail: (r) => sink.detail(r),
    publicity: (r) => sink.publicity(r),
    issue: (i) => {
      if (issues.length < keep) issues.push(i);
      sink.issue(i);
    },
    drain: () => sink.drain(),
    finish: async (s) => {
      options.onPhase?.('writing', 1);
      await sink.finish(s);
      options.onProgress?.(1, 1);
    },
  };
  const result = await runRoster(
    roster,
    collecting,
    {
      pack: options.pack,
      asOf: options.asOf,
      ...(options.mask ? { mask: options.mask } : {}),
      ...(options.publicity ? { publicity: options.publicity } : {}),
      ...(options.lpr ? { lpr: options.lpr } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.englishRows ? { englishRows: options.englishRows } : {}),
    },
    notes,
  );
  return { ...result, issues };
}
