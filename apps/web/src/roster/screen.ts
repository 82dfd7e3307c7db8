/**
 * A roster screened in the browser: the uploaded files are read here (never sent anywhere), the
 * same @huinong/roster screen as the CLI's runs on them, and the results come back as the
 * workbook to download plus the first lines, the exceptions and the totals to show. Runs in the
 * roster worker (roster.worker.ts) or, where no worker can start, on the page itself.
 */
import {
  asOfProblem,
  type CompiledPack,
  compilePack,
  formatPackError,
  type Text,
  validatePack,
} from '@huinong/benefits';
import { loadPack, lprSeries, packCatalog, resolvePlace } from '@huinong/policy-data';
import {
  blobSource,
  type Codec,
  type DetailRow,
  type PublicityRow,
  type ResultSink,
  RosterFileError,
  type RosterIssue,
  type RosterPhase,
  type Summary,
  screenRoster,
  XlsxSink,
} from '@huinong/roster';

/** Lines, exceptions and publicity rows kept for the screen (all of them are in the workbook). */
export const SHOWN = { details: 500, issues: 500, publicity: 20_000, awards: 20_000 } as const;

/** The largest file read in the browser: far above a township's roster. */
export const MAX_FILE_BYTES = 200 << 20;

export interface RosterRequest {
  readonly files: readonly File[];
  readonly asOf: string;
  /** the chosen pack: a built-in's id, or a file pack's JSON (validated again here, in the worker) */
  readonly pack: { readonly id: string; readonly json?: unknown };
}

export interface RosterProgress {
  readonly phase: RosterPhase;
  /** 0…1, or null when the phase gives no measure */
  readonly fraction: number | null;
}

export interface RosterDone {
  readonly ok: true;
  readonly fileName: string;
  readonly asOf: string;
  /** the pack the roster was screened with (a kept result names it, whatever is chosen now) */
  readonly pack: { readonly id: string; readonly version: string; readonly name: Text };
  readonly summary: Summary;
  readonly rejected: boolean;
  readonly issues: readonly RosterIssue[];
  readonly details: readonly DetailRow[];
  readonly detailCount: number;
  /** the eligible lines (the 花名册), up to `SHOWN.awards` */
  readonly awards: readonly DetailRow[];
  readonly publicity: readonly PublicityRow[];
  readonly publicityCount: number;
  /** the results workbook: 明细, 汇总, 异常, 公示名单 */
  readonly workbook: Blob;
  readonly seconds: number;
}

export interface RosterFailed {
  readonly ok: false;
  readonly error: Text;
}

export type RosterOutcome = RosterDone | RosterFailed;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const compiled = new Map<string, CompiledPack>();

let lastBreath = 0;
/** Yields to the event loop when 50 ms have passed since the last yield; otherwise goes on at once. */
function breathe(): Promise<void> {
  const now = performance.now();
  if (now - lastBreath < 50) return Promise.resolve();
  lastBreath = now;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The request's pack, compiled: a built-in by its id, a file pack from its JSON, checked again. */
async function packOf(ref: RosterRequest['pack']): Promise<CompiledPack> {
  if (ref.json === undefined) {
    const known = compiled.get(ref.id);
    if (known) return known;
    if (!packCatalog.some((m) => m.id === ref.id))
      throw new RosterFileError({
        zh: `没有编号为 ${ref.id} 的内置政策包`,
        en: `there is no built-in pack with the id ${ref.id}`,
      });
    const c = compilePack(await loadPack(ref.id));
    compiled.set(ref.id, c);
    return c;
  }
  const v = validatePack(ref.json);
  if (!v.ok)
    throw new RosterFileError({
      zh: `政策包文件有误：${v.errors.map((e) => formatPackError(e, 'zh')).join('；')}`,
      en: `the pack file is not valid: ${v.errors.map((e) => formatPackError(e, 'en')).join('; ')}`,
    });
  return compilePack(v.pack);
}

/** Screens the files; every failure comes back as a bilingual message, never as a throw. */
export async function screenUpload(
  request: RosterRequest,
  onProgress: (p: RosterProgress) => void = () => {},
  /** how the result workbook is compressed (the roster worker passes its compressing worker's) */
  codec?: Codec,
): Promise<RosterOutcome> {
  const started = performance.now();
  const { files, asOf } = request;
  try {
    const pack = await packOf(request.pack);
    const outside = asOfProblem(pack.pack, asOf);
    if (outside) throw new RosterFileError(outside);
    const inputs = [];
    for (const f of files) {
      if (f.size > MAX_FILE_BYTES)
        throw new RosterFileError({
          zh: `${f.name} 过大（超过200MB），请按镇或村拆分后再试`,
          en: `${f.name} is larger than 200 MB: split it by township or village`,
        });
      // read from the file as needed (the ZIP's directory, then each part streamed), not all at once
      inputs.push({ name: f.name, source: blobSource(f) });
    }
    const details: DetailRow[] = [];
    const awards: DetailRow[] = [];
    const publicity: PublicityRow[] = [];
    let detailCount = 0;
    let publicityCount = 0;
    let workbook: Blob | null = null;
    let phase: RosterPhase = 'reading';
    let last = 0;
    const makeSink = (): ResultSink => {
      const book = new XlsxSink((chunks) => {
        workbook = new Blob(chunks as BlobPart[], { type: XLSX_TYPE });
      }, codec);
      return {
        detail(row) {
          if (detailCount++ < SHOWN.details) details.push(row);
          if (row.status === '符合' && awards.length < SHOWN.awards) awards.push(row);
          book.detail(row);
        },
        publicity(row) {
          if (publicityCount++ < SHOWN.publicity) publicity.push(row);
          book.publicity(row);
        },
        issue: (i) => book.issue(i),
        // let the page (or the worker's messages) breathe between batches: at most every 50 ms,
        // through a message rather than a timer (timers are held to ≥ 4 ms once nested)
        drain: breathe,
        finish: (s) => book.finish(s),
      };
    };
    const result = await screenRoster(inputs, makeSink, {
      pack,
      asOf,
      lpr: lprSeries,
      resolvePlace,
      keepIssues: SHOWN.issues,
      // the lines the page shows come with their English words too
      englishRows: SHOWN.details,
      onPhase: (p) => {
        phase = p;
        onProgress({ phase, fraction: p === 'writing' ? null : 0 });
      },
      onProgress: (done, total) => {
        const now = performance.now();
        if (now - last < 100 && done < total) return;
        last = now;
        onProgress({ phase, fraction: total > 0 ? Math.min(1, done / total) : null });
      },
    });
    if (!workbook) throw new Error('the workbook was not written');
    return {
      ok: true,
      fileName: files.map((f) => f.name).join('、'),
      asOf,
      pack: { id: pack.pack.id, version: pack.pack.version, name: pack.pack.name },
      summary: result.summary,
      rejected: result.rejected,
      issues: result.issues,
      details,
      detailCount,
      awards,
      publicity,
      publicityCount,
      workbook,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (e) {
    if (e instanceof RosterFileError) return { ok: false, error: e.text };
    return {
      ok: false,
      error: {
        zh: `筛查未能完成：${(e as Error).message}`,
        en: `the screen could not finish: ${(e as Error).message}`,
      },
    };
  }
}
