/**
 * Where the ZIP layer gets its bytes and its compression: a `ByteSource` (a file on disk, an
 * uploaded `Blob`, bytes in memory) and a `Codec` (raw deflate both ways, CRC-32). The web codec
 * uses the platform's `CompressionStream` / `DecompressionStream`, found in browsers and in
 * Node ≥ 20; the CLI passes a faster one built on node:zlib.
 */

/** Random access to the bytes of a file. */
export interface ByteSource {
  readonly size: number;
  /** `length` bytes from `offset` (fewer at the end of the file) */
  read(offset: number, length: number): Promise<Uint8Array>;
  /** the bytes [start, end) in chunks */
  stream(start: number, end: number): AsyncIterable<Uint8Array>;
}

/** Compresses one entry: data is pushed as it comes; `finish` gives the raw deflate stream. */
export interface Deflater {
  push(data: Uint8Array): void;
  finish(): Promise<Uint8Array[]>;
}

/**
 * Compresses one entry elsewhere: each chunk of the entry's bytes is handed over (the writer
 * keeps no hold on it), and the CRC-32 and the deflate are done there (the browser's codec does
 * them on another thread, see remote-deflate.ts).
 */
export interface HandOffDeflater {
  push(data: Uint8Array): void;
  finish(): Promise<{ chunks: Uint8Array[]; crc: number; size: number }>;
}

export interface Codec {
  inflateRaw(input: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array>;
  deflater(level: number): Deflater;
  crc32(data: Uint8Array, previous: number): number;
  /** when given, the ZIP writer hands each entry's bytes over and leaves CRC and deflate to it */
  handOff?(level: number): HandOffDeflater;
}

let CRC_TABLES: Uint32Array | null = null;

/**
 * The CRC tables for "slicing by 8" (eight bytes a step instead of one): table k holds the CRC
 * of a byte followed by k zero bytes. The browser's worker spends a part of a 100,000-household
 * screen in the CRC of the result workbook: 64 MB take ~75 ms this way against ~155 ms a byte at a time.
 */
function crcTables(): Uint32Array {
  if (CRC_TABLES) return CRC_TABLES;
  const t = new Uint32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n] as number;
    for (let k = 1; k < 8; k++) {
      c = (t[c & 0xff] as number) ^ (c >>> 8);
      t[k * 256 + n] = c >>> 0;
    }
  }
  CRC_TABLES = t;
  return t;
}

/** CRC-32 (ISO 3309, as ZIP uses it), continuing from `previous` (0 to start). */
export function crc32(data: Uint8Array, previous = 0): number {
  const t = crcTables();
  let c = ~previous >>> 0;
  const n = data.length;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const a =
      c ^
      ((data[i] as number) |
        ((data[i + 1] as number) << 8) |
        ((data[i + 2] as number) << 16) |
        ((data[i + 3] as number) << 24));
    c =
      (t[1792 + (a & 0xff)] as number) ^
      (t[1536 + ((a >>> 8) & 0xff)] as number) ^
      (t[1280 + ((a >>> 16) & 0xff)] as number) ^
      (t[1024 + (a >>> 24)] as number) ^
      (t[768 + (data[i + 4] as number)] as number) ^
      (t[512 + (data[i + 5] as number)] as number) ^
      (t[256 + (data[i + 6] as number)] as number) ^
      (t[data[i + 7] as number] as number);
  }
  for (; i < n; i++) c = (t[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

/** Reads a web stream chunk by chunk, cancelling it when the loop is left early. */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

function toStream(input: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const it = input[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await it.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await it.return?.();
    },
  });
}

class StreamDeflater implements Deflater {
  private readonly writer: { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> };
  private readonly collected: Promise<Uint8Array[]>;
  private failure: unknown = null;

  constructor() {
    const cs = new CompressionStream('deflate-raw');
    this.writer = cs.writable.getWriter() as unknown as StreamDeflater['writer'];
    this.collected = (async () => {
      const out: Uint8Array[] = [];
      for await (const c of streamChunks(cs.readable as ReadableStream<Uint8Array>)) out.push(c);
      return out;
    })();
    this.collected.catch(() => {});
  }

  push(data: Uint8Array): void {
    this.writer.write(data).catch((e: unknown) => {
      this.failure = e;
    });
  }

  async finish(): Promise<Uint8Array[]> {
    await this.writer.close();
    const out = await this.collected;
    if (this.failure) throw this.failure;
    return out;
  }
}

/** The codec of the web platform (browsers, and Node ≥ 20 for tests). */
export const webCodec: Codec = {
  inflateRaw: (input) =>
    streamChunks(
      toStream(input).pipeThrough(
        new DecompressionStream('deflate-raw') as unknown as {
          writable: WritableStream<Uint8Array>;
          readable: ReadableStream<Uint8Array>;
        },
      ),
    ),
  deflater: () => new StreamDeflater(),
  crc32,
};

/** A source over bytes in memory. */
export function bytesSource(bytes: Uint8Array, chunk = 1 << 20): ByteSource {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
    async *stream(start, end) {
      for (let p = start; p < end; p += chunk) yield bytes.subarray(p, Math.min(end, p + chunk));
    },
  };
}

/** A source over a `Blob` (an uploaded `File`): nothing is read until asked for. */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
    stream: (start, end) => streamChunks(blob.slice(start, end).stream() as ReadableStream<Uint8Array>),
  };
}
