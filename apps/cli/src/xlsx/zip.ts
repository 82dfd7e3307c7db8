/**
 * The little of the ZIP format that .xlsx needs: reading entries through the central directory
 * (inflating one entry at a time, with a cap on the bytes inflated) and writing a workbook from
 * entries deflated in memory. No ZIP64, no encryption: a roster never needs them.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { constants, crc32, createInflateRaw, deflateRawSync } from 'node:zlib';

/** Why a file could not be read as a ZIP (an .xlsx is a ZIP of XML parts). */
export type ZipProblem = 'not-zip' | 'ole' | 'zip64' | 'encrypted' | 'method' | 'too-large' | 'corrupt';

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly headerOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Reads the central directory of a ZIP file. */
export class ZipReader {
  private constructor(
    readonly path: string,
    readonly fileSize: number,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static open(path: string): ZipReader {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const head = Buffer.alloc(Math.min(8, size));
      readSync(fd, head, 0, head.length, 0);
      if (head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0)
        throw new ZipError('ole', 'OLE compound file (.xls or an encrypted workbook)');
      if (head.length < 4 || head.readUInt32LE(0) !== LOCAL) throw new ZipError('not-zip', 'not a ZIP file');
      const tailLength = Math.min(size, 22 + 0xffff);
      const tail = Buffer.alloc(tailLength);
      readSync(fd, tail, 0, tailLength, size - tailLength);
      let at = -1;
      for (let i = tailLength - 22; i >= 0; i--) {
        if (tail.readUInt32LE(i) === EOCD) {
          at = i;
          break;
        }
      }
      if (at < 0) throw new ZipError('not-zip', 'no end of central directory');
      const count = tail.readUInt16LE(at + 10);
      const cdSize = tail.readUInt32LE(at + 12);
      const cdOffset = tail.readUInt32LE(at + 16);
      if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
        throw new ZipError('zip64', 'ZIP64 archives are not supported');
      if (cdOffset + cdSize > size) throw new ZipError('corrupt', 'central directory outside the file');
      const cd = Buffer.alloc(cdSize);
      readSync(fd, cd, 0, cdSize, cdOffset);
      const entries = new Map<string, ZipEntry>();
      let p = 0;
      for (let i = 0; i < count; i++) {
        if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL)
          throw new ZipError('corrupt', 'bad central directory entry');
        const flags = cd.readUInt16LE(p + 8);
        const method = cd.readUInt16LE(p + 10);
        const compressedSize = cd.readUInt32LE(p + 20);
        const fileSize = cd.readUInt32LE(p + 24);
        const nameLength = cd.readUInt16LE(p + 28);
        const extraLength = cd.readUInt16LE(p + 30);
        const commentLength = cd.readUInt16LE(p + 32);
        const headerOffset = cd.readUInt32LE(p + 42);
        const name = cd.toString('utf8', p + 46, p + 46 + nameLength).replace(/\\/g, '/');
        entries.set(name, { name, method, flags, compressedSize, size: fileSize, headerOffset });
        p += 46 + nameLength + extraLength + commentLength;
      }
      return new ZipReader(path, size, entries);
    } finally {
      closeSync(fd);
    }
  }

  /** The entry of that name, matched case-insensitively (some writers vary the case). */
  find(name: string): ZipEntry | undefined {
    const exact = this.entries.get(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    for (const [k, v] of this.entries) if (k.toLowerCase() === lower) return v;
    return undefined;
  }

  /**
   * The inflated bytes of an entry, chunk by chunk. Stops with `too-large` once more than
   * `maxBytes` have come out, whatever the entry claims: a ZIP bomb cannot run away.
   * `onCompressed` is told how many compressed bytes have been read (for a progress bar).
   */
  async *read(
    entry: ZipEntry,
    maxBytes: number,
    onCompressed?: (bytes: number) => void,
  ): AsyncGenerator<Buffer, void, undefined> {
    if (entry.flags & 1) throw new ZipError('encrypted', `${entry.name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipError('method', `${entry.name}: compression method ${entry.method}`);
    const fd = openSync(this.path, 'r');
    let start: number;
    try {
      const local = Buffer.alloc(30);
      if (readSync(fd, local, 0, 30, entry.headerOffset) < 30 || local.readUInt32LE(0) !== LOCAL)
        throw new ZipError('corrupt', `${entry.name}: bad local header`);
      start = entry.headerOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    } finally {
      closeSync(fd);
    }
    if (entry.compressedSize === 0) return;
    if (start + entry.compressedSize > this.fileSize)
      throw new ZipError('corrupt', `${entry.name}: data runs past the end of the file`);
    const raw = createReadStream(this.path, {
      start,
      end: start + entry.compressedSize - 1,
      highWaterMark: 1 << 20,
    });
    let compressed = 0;
    raw.on('data', (b) => {
      compressed += b.length;
      onCompressed?.(compressed);
    });
    const source = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 1 << 18 })) : raw;
    raw.on('error', (e) => source.destroy(e));
    let total = 0;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > maxBytes)
          throw new ZipError('too-large', `${entry.name} inflates to more than ${maxBytes} bytes`);
        yield chunk;
      }
    } catch (e) {
      if (e instanceof ZipError) throw e;
      throw new ZipError('corrupt', `${entry.name}: ${(e as Error).message}`);
    } finally {
      raw.destroy();
      source.destroy();
    }
  }

  /** A whole (small) entry as text. */
  async text(entry: ZipEntry, maxBytes: number): Promise<string> {
    const parts: Buffer[] = [];
    for await (const b of this.read(entry, maxBytes)) parts.push(b);
    return Buffer.concat(parts).toString('utf8');
  }
}

/**
 * One entry being written: text is buffered and deflated in pieces as it comes, the compressed
 * chunks kept in memory. Each piece is deflated on its own and ends with a sync flush (byte-
 * aligned, not final), so the pieces concatenate into one valid deflate stream; `end` adds the
 * final empty block. Compressing here, at level 1, costs less than waiting for the thread pool,
 * whose streams only move when the producing loop yields.
 */
export class ZipEntryWriter {
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly chunks: Buffer[] = [];
  private crc = 0;
  private size = 0;
  private compressed = 0;
  private closed = false;

  constructor(
    readonly name: string,
    private readonly level: number,
  ) {}

  write(text: string): void {
    if (this.closed) throw new Error(`${this.name} is closed`);
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 1 << 20) this.flush(false);
  }

  private flush(final: boolean): void {
    if (this.pendingLength > 0) {
      const buf = Buffer.from(this.pending.join(''), 'utf8');
      this.pending = [];
      this.pendingLength = 0;
      this.crc = crc32(buf, this.crc);
      this.size += buf.length;
      this.push(deflateRawSync(buf, { level: this.level, finishFlush: constants.Z_SYNC_FLUSH }));
    }
    if (final) this.push(deflateRawSync(Buffer.alloc(0), { level: this.level }));
  }

  private push(b: Buffer): void {
    this.chunks.push(b);
    this.compressed += b.length;
  }

  /** Kept for callers that pace themselves: nothing waits on another thread. */
  get backlog(): number {
    return 0;
  }

  end(): void {
    if (this.closed) return;
    this.flush(true);
    this.closed = true;
  }

  async done(): Promise<{ crc: number; size: number; compressed: number; chunks: readonly Buffer[] }> {
    this.end();
    return { crc: this.crc >>> 0, size: this.size, compressed: this.compressed, chunks: this.chunks };
  }
}

/** Writes a ZIP file from entries built in memory, in the order they were added. */
export class ZipWriter {
  private readonly entries: ZipEntryWriter[] = [];

  constructor(private readonly level = 6) {}

  add(name: string): ZipEntryWriter {
    const e = new ZipEntryWriter(name, this.level);
    this.entries.push(e);
    return e;
  }

  addText(name: string, text: string): void {
    const e = this.add(name);
    e.write(text);
    e.end();
  }

  /** Uncompressed bytes waiting for the compressor, over all entries. */
  get backlog(): number {
    let n = 0;
    for (const e of this.entries) n += e.backlog;
    return n;
  }

  /** Writes the archive; times are fixed (1980-01-01) so that the same input gives the same bytes. */
  async save(path: string): Promise<void> {
    const done = await Promise.all(this.entries.map((e) => e.done()));
    const fd = openSync(path, 'w');
    try {
      const central: Buffer[] = [];
      let offset = 0;
      const put = (b: Buffer) => {
        let written = 0;
        while (written < b.length) written += writeSync(fd, b, written, b.length - written);
        offset += b.length;
      };
      for (const [i, e] of this.entries.entries()) {
        const { crc, size, compressed, chunks } = done[i] as Awaited<ReturnType<ZipEntryWriter['done']>>;
        if (size > 0xfffffffe || offset > 0xfffffffe)
          throw new ZipError('zip64', 'output too large for ZIP32');
        const name = Buffer.from(e.name, 'utf8');
        const local = Buffer.alloc(30);
        local.writeUInt32LE(LOCAL, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(0x0800, 6); // UTF-8 names
        local.writeUInt16LE(8, 8);
        local.writeUInt16LE(0, 10);
        local.writeUInt16LE(0x21, 12); // 1980-01-01
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(compressed, 18);
        local.writeUInt32LE(size, 22);
        local.writeUInt16LE(name.length, 26);
        local.writeUInt16LE(0, 28);
        const header = Buffer.alloc(46);
        header.writeUInt32LE(CENTRAL, 0);
        header.writeUInt16LE(20, 4);
        header.writeUInt16LE(20, 6);
        header.writeUInt16LE(0x0800, 8);
        header.writeUInt16LE(8, 10);
        header.writeUInt16LE(0, 12);
        header.writeUInt16LE(0x21, 14);
        header.writeUInt32LE(crc, 16);
        header.writeUInt32LE(compressed, 20);
        header.writeUInt32LE(size, 24);
        header.writeUInt16LE(name.length, 28);
        header.writeUInt32LE(offset, 42);
        central.push(header, name);
        put(local);
        put(name);
        for (const c of chunks) put(c);
      }
      const cdOffset = offset;
      for (const b of central) put(b);
      const end = Buffer.alloc(22);
      end.writeUInt32LE(EOCD, 0);
      end.writeUInt16LE(this.entries.length, 8);
      end.writeUInt16LE(this.entries.length, 10);
      end.writeUInt32LE(offset - cdOffset, 12);
      end.writeUInt32LE(cdOffset, 16);
      put(end);
    } finally {
      closeSync(fd);
    }
  }
}
