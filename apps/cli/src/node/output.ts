/**
 * Where the results of `huinong screen` go on Node: files (the .xlsx written on a worker thread
 * when one can start), CSV files next to each other, or JSON on stdout.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  CsvSink,
  type DetailRow,
  detailCells,
  issueCells,
  type OutCell,
  type PublicityRow,
  publicityCells,
  type ResultSink,
  type RosterIssue,
  type Summary,
  type TextOut,
  XlsxSink,
} from '@huinong/roster';
import { nodeCodec, writeChunks } from './codec.ts';

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

  constructor(path: string) {
    const api = import.meta.resolve('tsx/esm/api');
    const script = new URL('./xlsx-worker.ts', import.meta.url).href;
    this.worker = new Worker(
      `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(script)}); });`,
      { eval: true, workerData: { path } },
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
    this.batch.publicity.push(publicityCells(row));
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

/** A file written through a buffer, for CSV and JSON. */
export class TextFile implements TextOut {
  private parts: string[] = [];
  private size = 0;
  private gone = false;
  private readonly fd: number;

  constructor(path: string | 1) {
    this.fd = path === 1 ? 1 : openSync(path, 'w');
  }
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.gone) this.parts = [];
    if (this.parts.length === 0) return;
    const b = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.size = 0;
    let written = 0;
    while (written < b.length) {
      try {
        written += writeSync(this.fd, b, written, b.length - written);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // the reader went away (… | head): nothing more to write
        if (code === 'EPIPE') {
          this.gone = true;
          return;
        }
        // stdout may be a non-blocking pipe: wait for the reader and go on
        if (code !== 'EAGAIN') throw e;
        Atomics.wait(PAUSE, 0, 0, 5);
      }
    }
  }
  close(): void {
    this.flush();
    if (this.fd !== 1) closeSync(this.fd);
  }
}

/** The four CSV files of the results, written next to `path`. */
export function csvFileSink(path: string): CsvSink {
  const p = csvPaths(path);
  return new CsvSink({
    details: new TextFile(p.details),
    summary: new TextFile(p.summary),
    issues: new TextFile(p.issues),
    publicity: new TextFile(p.publicity),
  });
}

/** The results workbook built in this thread and written to `path`. */
export function fileXlsxSink(path: string): XlsxSink {
  return new XlsxSink((chunks) => writeChunks(path, chunks), nodeCodec);
}
