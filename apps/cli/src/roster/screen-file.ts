/**
 * `huinong screen ROSTER -o RESULTS`: the checks on paths, then the roster screen of
 * @huinong/roster from files on disk into files (or stdout), with a progress bar. The same
 * function serves the CLI and the benchmark.
 */
import { accessSync, constants } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { CompiledPack, LprFixing, MaskOptions, Text } from '@huinong/benefits';
import { resolvePlace } from '@huinong/policy-data';
import {
  formatOf,
  inputFormat,
  JsonSink,
  type PlaceResolver,
  type ResultSink,
  type RosterInput,
  type RosterIssue,
  type RunResult,
  screenRoster,
  unusable,
} from '@huinong/roster';
import { fileSource, nodeCodec } from '../node/codec.ts';
import { csvFileSink, fileXlsxSink, TextFile, WorkerXlsxSink } from '../node/output.ts';
import type { Progress } from '../progress.ts';

export { formatOf };

export interface ScreenFilesOptions {
  readonly inputs: readonly string[];
  /** the results file (.xlsx, .csv or .json), or null for JSON on stdout */
  readonly output: string | null;
  readonly pack: CompiledPack;
  readonly asOf: string;
  readonly mask?: MaskOptions;
  /** the LPR series for 小额信贷贴息 lines */
  readonly lpr?: readonly LprFixing[];
  /** resolves work places written by names; default policy-data's `resolvePlace`, null for none */
  readonly resolvePlace?: PlaceResolver | null;
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
    return fileXlsxSink(path);
  }
}

const PHASES = { reading: '读取 reading  ', screening: '筛查 screening', writing: '写出 writing  ' } as const;

/**
 * Screens roster files into a results file. Throws `RosterFileError` (exit code 2) when the input
 * cannot be used; rejected rows are reported in the results and make `rejected` true (exit 1).
 */
export async function screenFiles(options: ScreenFilesOptions): Promise<ScreenFilesResult> {
  const { inputs, output, pack, asOf } = options;
  const progress = options.progress;
  inputFormat(inputs);
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
  const files: RosterInput[] = inputs.map((path) => {
    let source: RosterInput['source'];
    try {
      source = fileSource(path);
    } catch (e) {
      unusable(`无法读取文件 ${basename(path)}`, `cannot read ${basename(path)}: ${(e as Error).message}`);
    }
    return { name: basename(path), source };
  });

  const format = output ? formatOf(output) : 'json';
  const makeSink = (): ResultSink => {
    if (!output) return new JsonSink(new TextFile(1), { packId: pack.pack.id, asOf, input: label });
    if (format === 'xlsx') return options.threads === false ? fileXlsxSink(output) : workerSink(output);
    if (format === 'csv') return csvFileSink(output);
    return new JsonSink(new TextFile(output), { packId: pack.pack.id, asOf, input: label });
  };

  const result = await screenRoster(files, makeSink, {
    pack,
    asOf,
    codec: nodeCodec,
    ...(options.mask ? { mask: options.mask } : {}),
    ...(options.lpr ? { lpr: options.lpr } : {}),
    ...(options.resolvePlace !== null ? { resolvePlace: options.resolvePlace ?? resolvePlace } : {}),
    ...(progress
      ? {
          onPhase: (phase, total) => progress.phase(PHASES[phase], total),
          onProgress: (done, total) => progress.update(done, total),
        }
      : {}),
  });
  progress?.done();
  return result;
}

/** "农户及成员!M5「面积（亩）」：应为数字…" — an issue as one line of text in one language. */
export function issueText(i: RosterIssue, lang: keyof Text): string {
  const where = `${i.sheet}${i.row !== null ? `!${i.column ?? ''}${i.row}` : ''}`;
  const header = lang === 'zh' ? (i.header ? `「${i.header}」` : '') : i.key ? ` (${i.key})` : '';
  return `${where}${header}${lang === 'zh' ? '：' : ': '}${i.message[lang]}`;
}
