/**
 * `huinong screen ROSTER -o RESULTS`: the checks on paths, then the roster screen of
 * @huinong/roster from files on disk into files (or stdout), with a progress bar. The same
 * function serves the CLI and the benchmark.
 */
import { accessSync, constants } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { CompiledPack, LprFixing, MaskOptions, Text } from '@huinong/benefits';
import { resolvePlace } from '@huinong/policy-data';
import type { PublicityChoice } from '@huinong/roster';
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
import { OutputSet, sameFile } from '../node/files.ts';
import { csvFileSink, csvPaths, fileXlsxSink, TextFile, WorkerXlsxSink } from '../node/output.ts';
import type { Progress } from '../progress.ts';

export { formatOf };

export interface ScreenFilesOptions {
  readonly inputs: readonly string[];
  /** the results file (.xlsx, .csv or .json), or null for JSON on stdout */
  readonly output: string | null;
  readonly pack: CompiledPack;
  readonly asOf: string;
  readonly mask?: MaskOptions;
  /** what the 公示名单 shows (default: no bank account, names in full) */
  readonly publicity?: PublicityChoice;
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
function workerSink(path: string, files: OutputSet, choice: PublicityChoice): ResultSink {
  const f = files.open(path);
  try {
    return new WorkerXlsxSink(f.release(), choice);
  } catch {
    f.abort();
    return fileXlsxSink(path, files, choice);
  }
}

/** Every file an output path writes: the CSV companions too. */
function outputPaths(output: string): string[] {
  if (formatOf(output) !== 'csv') return [output];
  return Object.values(csvPaths(output));
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
    const written = outputPaths(output);
    // by path, and by device and inode: a link to the roster, or a CSV companion that is an input
    const same =
      written.find((o) => inputs.some((i) => resolve(i) === resolve(o))) ?? sameFile(inputs, written);
    if (same)
      unusable(
        `输出文件不能与输入文件相同（${basename(same)} 就是输入文件或指向它的链接）`,
        `the output must not be an input (${basename(same)} is an input, or a link to one)`,
      );
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
  const choice = options.publicity ?? {};
  // every output goes to a temporary file beside it, put in place only when all is written
  const outputs = new OutputSet();
  const makeSink = (): ResultSink => {
    if (!output) return new JsonSink(new TextFile(1), { packId: pack.pack.id, asOf, input: label });
    if (format === 'xlsx')
      return options.threads === false
        ? fileXlsxSink(output, outputs, choice)
        : workerSink(output, outputs, choice);
    if (format === 'csv') return csvFileSink(output, outputs, choice);
    return new JsonSink(new TextFile(outputs.open(output)), { packId: pack.pack.id, asOf, input: label });
  };

  let result: ScreenFilesResult;
  try {
    result = await screen();
    outputs.commit();
  } catch (e) {
    outputs.abort();
    throw e;
  }
  progress?.done();
  return result;

  async function screen() {
    return screenRoster(files, makeSink, {
      pack,
      asOf,
      codec: nodeCodec,
      ...(options.publicity ? { publicity: options.publicity } : {}),
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
  }
}

/** "农户及成员!M5「面积（亩）」：应为数字…" — an issue as one line of text in one language. */
export function issueText(i: RosterIssue, lang: keyof Text): string {
  const where = `${i.sheet}${i.row !== null ? `!${i.column ?? ''}${i.row}` : ''}`;
  const header = lang === 'zh' ? (i.header ? `「${i.header}」` : '') : i.key ? ` (${i.key})` : '';
  return `${where}${header}${lang === 'zh' ? '：' : ': '}${i.message[lang]}`;
}
