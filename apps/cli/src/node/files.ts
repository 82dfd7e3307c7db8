/**
 * Files that are never left half-written: each output goes to a temporary file in the same folder
 * and is renamed over the target only once complete (a rename within a folder is atomic), so a full
 * disk or a crash leaves the previous results as they were. And outputs are compared with inputs by
 * device and inode, so that no link, alias or CSV companion of an output can be the roster itself.
 */
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let serial = 0;

/** A file being written under a temporary name beside `path`; `commit` puts it in place. */
export class AtomicFile {
  readonly temp: string;
  private fd: number | null;
  private done = false;

  constructor(readonly path: string) {
    this.temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++serial}.tmp`);
    this.fd = openSync(this.temp, 'wx');
  }

  write(b: Uint8Array): void {
    if (this.fd === null) throw new Error(`${this.path} is closed`);
    let written = 0;
    while (written < b.length) written += writeSync(this.fd, b, written, b.length - written);
  }

  /** Flushes to disk and closes; the target is not touched until `commit`. */
  close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** Closes this thread's handle so that another writer (a worker thread) writes `temp`. */
  release(): string {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    return this.temp;
  }

  commit(): void {
    if (this.done) return;
    this.close();
    renameSync(this.temp, this.path);
    this.done = true;
  }

  /** Removes the temporary file; the target keeps what it had. */
  abort(): void {
    if (this.done) return;
    this.done = true;
    try {
      if (this.fd !== null) closeSync(this.fd);
    } catch {}
    this.fd = null;
    try {
      unlinkSync(this.temp);
    } catch {}
  }
}

/** The outputs of one run, committed together at the end or all removed on failure. */
export class OutputSet {
  private readonly files: AtomicFile[] = [];

  open(path: string): AtomicFile {
    const f = new AtomicFile(path);
    this.files.push(f);
    return f;
  }

  commit(): void {
    for (const f of this.files) f.commit();
  }

  abort(): void {
    for (const f of this.files) f.abort();
  }
}

/** Device and inode of a path (following links), or null when there is no such file. */
export function fileId(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/** The first output that is one of the inputs (the same file by device and inode), or null. */
export function sameFile(inputs: readonly string[], outputs: readonly string[]): string | null {
  const ids = new Set(inputs.map(fileId).filter((x): x is string => x !== null));
  for (const o of outputs) {
    const id = fileId(o);
    if (id !== null && ids.has(id)) return o;
  }
  return null;
}
