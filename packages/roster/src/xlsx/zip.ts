/**
 * The little of the ZIP format that .xlsx needs: reading entries through the central directory
 * (inflating one entry at a time, with a cap on the bytes inflated) and writing a workbook from
 * entries deflated in memory. No ZIP64, no encryption: a roster never needs them.
 */
import { LimitError, ROSTER_LIMITS } from '../limits.ts';
import { type ByteSource, type Codec, type Deflater, type HandOffDeflater, webCodec } from './codec.ts';

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

const utf8 = new TextDecoder('utf-8');
const le = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Reads the central directory of a ZIP file. */
export class ZipReader {
  /** bytes inflated so far, over every entry read */
  private inflated = 0;

  private constructor(
    private readonly source: ByteSource,
    private readonly codec: Codec,
    readonly entries: ReadonlyMap<string, ZipEntry>,
    /** the most bytes all entries together may inflate to */
    private readonly maxTotalBytes: number,
  ) {}

  get fileSize(): number {
    return this.source.size;
  }

  static async open(
    source: ByteSource,
    codec: Codec = webCodec,
    maxTotalBytes: number = ROSTER_LIMITS.inflatedBytes,
  ): Promise<ZipReader> {
    const size = source.size;
    const head = await source.read(0, Math.min(8, size));
    if (head.length >= 4 && le(head).getUint32(0, false) === 0xd0cf11e0)
      throw new ZipError('ole', 'OLE compound file (.xls or an encrypted workbook)');
    if (head.length < 4 || le(head).getUint32(0, true) !== LOCAL)
      throw new ZipError('not-zip', 'not a ZIP file');
    const tailLength = Math.min(size, 22 + 0xffff);
    const tailBytes = await source.read(size - tailLength, tailLength);
    const tail = le(tailBytes);
    let at = -1;
    for (let i = tailBytes.length - 22; i >= 0; i--) {
      if (tail.getUint32(i, true) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new ZipError('not-zip', 'no end of central directory');
    const count = tail.getUint16(at + 10, true);
    const cdSize = tail.getUint32(at + 12, true);
    const cdOffset = tail.getUint32(at + 16, true);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
      throw new ZipError('zip64', 'ZIP64 archives are not supported');
    if (cdOffset + cdSize > size) throw new ZipError('corrupt', 'central directory outside the file');
    const cdBytes = await source.read(cdOffset, cdSize);
    const cd = le(cdBytes);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cdBytes.length || cd.getUint32(p, true) !== CENTRAL)
        throw new ZipError('corrupt', 'bad central directory entry');
      const flags = cd.getUint16(p + 8, true);
      const method = cd.getUint16(p + 10, true);
      const compressedSize = cd.getUint32(p + 20, true);
      const fileSize = cd.getUint32(p + 24, true);
      const nameLength = cd.getUint16(p + 28, true);
      const extraLength = cd.getUint16(p + 30, true);
      const commentLength = cd.getUint16(p + 32, true);
      const headerOffset = cd.getUint32(p + 42, true);
      const name = utf8.decode(cdBytes.subarray(p + 46, p + 46 + nameLength)).replace(/\\/g, '/');
      entries.set(name, { name, method, flags, compressedSize, size: fileSize, headerOffset });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipReader(source, codec, entries, maxTotalBytes);
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
   * `maxBytes` have come out, whatever the entry claims, and with a `LimitError` once all entries
   * read together pass the reader's total: a ZIP bomb cannot run away, part by part either.
   * `onCompressed` is told how many compressed bytes have been read (for a progress bar).
   */
  async *read(
    entry: ZipEntry,
    maxBytes: number,
    onCompressed?: (bytes: number) => void,
  ): AsyncGenerator<Uint8Array, void, undefined> {
    if (entry.flags & 1) throw new ZipError('encrypted', `${entry.name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipError('method', `${entry.name}: compression method ${entry.method}`);
    const local = await this.source.read(entry.headerOffset, 30);
    if (local.length < 30 || le(local).getUint32(0, true) !== LOCAL)
      throw new ZipError('corrupt', `${entry.name}: bad local header`);
    const start = entry.headerOffset + 30 + le(local).getUint16(26, true) + le(local).getUint16(28, true);
    if (entry.compressedSize === 0) return;
    if (start + entry.compressedSize > this.source.size)
      throw new ZipError('corrupt', `${entry.name}: data runs past the end of the file`);
    const raw = this.source.stream(start, start + entry.compressedSize);
    const counted = onCompressed ? countBytes(raw, onCompressed) : raw;
    const source = entry.method === 8 ? this.codec.inflateRaw(counted) : counted;
    let total = 0;
    try {
      for await (const chunk of source) {
        total += chunk.length;
        this.inflated += chunk.length;
        if (total > maxBytes)
          throw new ZipError('too-large', `${entry.name} inflates to more than ${maxBytes} bytes`);
        if (this.inflated > this.maxTotalBytes) throw new LimitError('inflatedBytes', entry.name);
        yield chunk;
      }
    } catch (e) {
      if (e instanceof ZipError || e instanceof LimitError) throw e;
      throw new ZipError('corrupt', `${entry.name}: ${(e as Error).message}`);
    }
  }

  /** A whole (small) entry as text. */
  async text(entry: ZipEntry, maxBytes: number): Promise<string> {
    const decoder = new TextDecoder('utf-8');
    let s = '';
    for await (const b of this.read(entry, maxBytes)) s += decoder.decode(b, { stream: true });
    return s + decoder.decode();
  }
}

async function* countBytes(
  input: AsyncIterable<Uint8Array>,
  report: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  let n = 0;
  for await (const b of input) {
    n += b.length;
    report(n);
    yield b;
  }
}

const encoder = new TextEncoder();

/** The size of the pieces an entry is handed to its deflater in. */
const CHUNK = 1 << 20;

/**
 * One entry being written, straight into bytes: markup and numbers a byte a character, text as
 * UTF-8, into pieces of 1 MB that go to the codec's deflater as they fill (or are handed over to
 * a codec that deflates elsewhere). Writing bytes rather than strings: a 100,000-household result
 * workbook is ~150 MB of XML, and as strings it was built, joined and encoded again, most of the
 * writer's time and much of the collector's.
 */
export class ZipEntryWriter {
  private buf = new Uint8Array(CHUNK);
  private pos = 0;
  private readonly deflater: Deflater | null;
  private readonly handOff: HandOffDeflater | null;
  private crc = 0;
  private size = 0;
  private closed = false;

  constructor(
    readonly name: string,
    private readonly codec: Codec,
    level: number,
  ) {
    this.handOff = codec.handOff?.(level) ?? null;
    this.deflater = this.handOff ? null : codec.deflater(level);
  }

  /** Room for `n` more bytes. */
  private room(n: number): void {
    if (this.closed) throw new Error(`${this.name} is closed`);
    if (this.pos + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = new Uint8Array(n);
  }

  /** Appends text, as UTF-8 (a lone surrogate as U+FFFD, as TextEncoder writes it). */
  write(text: string): void {
    const n = text.length;
    this.room(n * 3);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) b[p++] = c;
      else if (c < 0x800) {
        b[p++] = 0xc0 | (c >> 6);
        b[p++] = 0x80 | (c & 0x3f);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) {
          const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
          if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
            const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            i++;
            b[p++] = 0xf0 | (cp >> 18);
            b[p++] = 0x80 | ((cp >> 12) & 0x3f);
            b[p++] = 0x80 | ((cp >> 6) & 0x3f);
            b[p++] = 0x80 | (cp & 0x3f);
            continue;
          }
          c = 0xfffd;
        }
        b[p++] = 0xe0 | (c >> 12);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
      }
    }
    this.pos = p;
  }

  /** Appends markup or digits: characters below U+0080 only, a byte each. */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** Appends a whole number ≥ 0 in decimal digits. */
  uint(v: number): void {
    this.room(16);
    const b = this.buf;
    if (v < 10) {
      b[this.pos++] = 48 + v;
      return;
    }
    let digits = 0;
    for (let x = v; x >= 1; x = Math.floor(x / 10)) digits++;
    let p = this.pos + digits;
    this.pos = p;
    for (let x = v; x >= 1; x = Math.floor(x / 10)) b[--p] = 48 + (x % 10);
  }

  private flush(): void {
    if (this.pos === 0) return;
    const piece = this.buf.subarray(0, this.pos);
    this.size += this.pos;
    if (this.handOff) this.handOff.push(piece);
    else {
      this.crc = this.codec.crc32(piece, this.crc);
      this.deflater?.push(piece);
    }
    // the piece now belongs to the deflater: the next ones go into a buffer of their own
    this.buf = new Uint8Array(CHUNK);
    this.pos = 0;
  }

  end(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
  }

  async done(): Promise<{ crc: number; size: number; compressed: number; chunks: readonly Uint8Array[] }> {
    this.end();
    let chunks: readonly Uint8Array[];
    if (this.handOff) {
      const f = await this.handOff.finish();
      chunks = f.chunks;
      this.crc = f.crc;
      this.size = f.size;
    } else chunks = await (this.deflater as Deflater).finish();
    let compressed = 0;
    for (const c of chunks) compressed += c.length;
    return { crc: this.crc >>> 0, size: this.size, compressed, chunks };
  }
}

/** Writes a ZIP file from entries built in memory, in the order they were added. */
export class ZipWriter {
  private readonly entries: ZipEntryWriter[] = [];

  constructor(
    private readonly level = 6,
    private readonly codec: Codec = webCodec,
  ) {}

  add(name: string): ZipEntryWriter {
    const e = new ZipEntryWriter(name, this.codec, this.level);
    this.entries.push(e);
    return e;
  }

  addText(name: string, text: string): void {
    const e = this.add(name);
    e.write(text);
    e.end();
  }

  /** The archive's bytes in order; times are fixed (1980-01-01) so that the same input gives the same bytes. */
  async bytes(): Promise<Uint8Array[]> {
    const done = await Promise.all(this.entries.map((e) => e.done()));
    const out: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    const put = (b: Uint8Array) => {
      out.push(b);
      offset += b.length;
    };
    for (const [i, e] of this.entries.entries()) {
      const { crc, size, compressed, chunks } = done[i] as Awaited<ReturnType<ZipEntryWriter['done']>>;
      if (size > 0xfffffffe || offset > 0xfffffffe) throw new ZipError('zip64', 'output too large for ZIP32');
      const name = encoder.encode(e.name);
      const local = new Uint8Array(30);
      const l = le(local);
      l.setUint32(0, LOCAL, true);
      l.setUint16(4, 20, true);
      l.setUint16(6, 0x0800, true); // UTF-8 names
      l.setUint16(8, 8, true);
      l.setUint16(10, 0, true);
      l.setUint16(12, 0x21, true); // 1980-01-01
      l.setUint32(14, crc, true);
      l.setUint32(18, compressed, true);
      l.setUint32(22, size, true);
      l.setUint16(26, name.length, true);
      const header = new Uint8Array(46);
      const h = le(header);
      h.setUint32(0, CENTRAL, true);
      h.setUint16(4, 20, true);
      h.setUint16(6, 20, true);
      h.setUint16(8, 0x0800, true);
      h.setUint16(10, 8, true);
      h.setUint16(14, 0x21, true);
      h.setUint32(16, crc, true);
      h.setUint32(20, compressed, true);
      h.setUint32(24, size, true);
      h.setUint16(28, name.length, true);
      h.setUint32(42, offset, true);
      central.push(header, name);
      put(local);
      put(name);
      for (const c of chunks) put(c);
    }
    const cdOffset = offset;
    for (const b of central) put(b);
    const end = new Uint8Array(22);
    const d = le(end);
    d.setUint32(0, EOCD, true);
    d.setUint16(8, this.entries.length, true);
    d.setUint16(10, this.entries.length, true);
    d.setUint32(12, offset - cdOffset, true);
    d.setUint32(16, cdOffset, true);
    put(end);
    return out;
  }
}
