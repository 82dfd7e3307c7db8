/**
 * Where the results of `huinong screen` go on Node: files (the .xlsx written on a worker thread
 * when one can start), CSV files next to each other, or JSON on stdout.
 */
import { writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  CsvSink,
  type DetailRow,
  detailCells,
  issueCells,
  type OutCell,
  type PublicityChoice,
  type PublicityRow,
  publicityCells,
  type ResultSink,
  type RosterIssue,
  type Summary,
  type TextOut,
  XlsxSink,
} from '@huinong/roster';
import { nodeCodec } from './codec.ts';
import type { AtomicFile, OutputSet } from './files.ts';

/** The CSV files written next to `path`: results.csv (明细) and results.汇总.csv and so on. */
export function csvPaths(path: string): {
  details: string;
  summary: string;
  issues: string;
  publicity: string;
} {
  const dir = dirname(path);
  const stem = basename(path, extname(path));
  return {
    details: path,
    summary: join(dir, `${stem}.汇总.csv`),
    issues: join(dir, `${stem}.异常.csv`),
    publicity: join(dir, `${stem}.公示名单.csv`),
  };
}

/** A batch of rows for the writer thread. */
export interface RowBatch {
  readonly details: OutCell[][];
  readonly publicity: OutCell[][];
  readonly issues: OutCell[][];
}

/**
 * Writes the results workbook on a worker thread: this thread turns results into cells (and
 * neutralises formula-like text) and posts them in batches; the worker builds the XML and
 * compresses it, so the two cores share the work.
 */
export class WorkerXlsxSink implements ResultSink {
  private batch: RowBatch = { details: [], publicity: [], issues: [] };
  private size = 0;
  private inflight = 0;
  private failure: Error | null = null;
  private waiters: (() => void)[] = [];
  private readonly worker: Worker;
  private readonly done: Promise<void>;

  /** `path` is written by the worker (a temporary file, put in place by the caller). */
  constructor(
    path: string,
    private readonly choice: PublicityChoice = {},
  ) {
    const api = import.meta.resolve('tsx/esm/api');
    const script = new URL('./xlsx-worker.ts', import.meta.url).href;
    this.worker = new Worker(
      `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(script)}); });`,
      { eval: true, workerData: { path, choice } },
    );
    this.done = new Promise((resolve, reject) => {
      this.worker.on('message', (m: { type: 'ack' | 'done' | 'error'; message?: string; code?: string }) => {
        if (m.type === 'ack') {
          this.inflight--;
          for (const w of this.waiters.splice(0)) w();
        } else if (m.type === 'done') resolve();
        else {
          const e: NodeJS.ErrnoException = new Error(m.message ?? 'writer failed');
          if (m.code) e.code = m.code;
          this.failure = e;
          reject(e);
        }
      });
      this.worker.on('error', (e) => {
        this.failure = e;
        for (const w of this.waiters.splice(0)) w();
        reject(e);
      });
    });
    // a failure before `finish` is reported by `drain` or `finish`
    this.done.catch(() => {});
  }

  private add(): void {
    if (++this.size >= 2000) this.post();
  }
  private post(): void {
    if (this.size === 0) return;
    this.inflight++;
    this.worker.postMessage({ type: 'rows', batch: this.batch });
    this.batch = { details: [], publicity: [], issues: [] };
    this.size = 0;
  }

  detail(row: DetailRow): void {
    this.batch.details.push(detailCells(row));
    this.add();
  }
  publicity(row: PublicityRow): void {
    this.batch.publicity.push(publicityCells(row, this.choice));
    this.add();
  }
  issue(issue: RosterIssue): void {
    this.batch.issues.push(issueCells(issue));
    this.add();
  }
  async drain(): Promise<void> {
    while (this.inflight > 4 && !this.failure) await new Promise<void>((r) => this.waiters.push(r));
    if (this.failure) throw this.failure;
  }
  async finish(summary: Summary): Promise<void> {
    this.post();
    this.worker.postMessage({ type: 'finish', summary });
    try {
      await this.done;
    } finally {
      await this.worker.terminate();
    }
  }
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** Standard output failed (the reader went away: EPIPE; the disk under a redirect is full: ENOSPC). */
export class StdoutError extends Error {
  constructor(readonly code: string) {
    super(`cannot write to standard output (${code})`);
  }
}

/** Writes all of `b` to stdout, waiting on a non-blocking pipe; a failure is a `StdoutError`. */
export function writeStdout(b: Uint8Array): void {
  let written = 0;
  while (written < b.length) {
    try {
      written += writeSync(1, b, written, b.length - written);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      // stdout may be a non-blocking pipe: wait for the reader and go on
      if (code !== 'EAGAIN') throw new StdoutError(code);
      Atomics.wait(PAUSE, 0, 0, 5);
    }
  }
}

/** Text written through a buffer, for CSV and JSON: to a file being written, or to stdout. */
export class TextFile implements TextOut {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly target: AtomicFile | 1) {}
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    const b = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.size = 0;
    if (this.target === 1) writeStdout(b);
    else this.target.write(b);
  }
  close(): void {
    this.flush();
    if (this.target !== 1) this.target.close();
  }
}

/** The four CSV files of the results, written next to `path` (put in place by `files.commit()`). */
export function csvFileSink(path: string, files: OutputSet, choice: PublicityChoice = {}): CsvSink {
  const p = csvPaths(path);
  return new CsvSink(
    {
      details: new TextFile(files.open(p.details)),
      summary: new TextFile(files.open(p.summary)),
      issues: new TextFile(files.open(p.issues)),
      publicity: new TextFile(files.open(p.publicity)),
    },
    choice,
  );
}

/** The results workbook built in this thread and written to `path` (put in place by `files.commit()`). */
export function fileXlsxSink(path: string, files: OutputSet, choice: PublicityChoice = {}): XlsxSink {
  const f = files.open(path);
  return new XlsxSink(
    (chunks) => {
      for (const c of chunks) f.write(c);
      f.close();
    },
    nodeCodec,
    choice,
  );
}
