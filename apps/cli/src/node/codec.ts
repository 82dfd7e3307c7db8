/**
 * The ZIP layer's byte source and codec on Node: files read with node:fs, raw deflate with
 * node:zlib. Each piece of an entry is deflated on its own with a sync flush (byte-aligned, not
 * final), so the pieces concatenate into one valid deflate stream; `finish` adds the final empty
 * block. Compressing here, at level 1, costs less than waiting for the thread pool, whose streams
 * only move when the producing loop yields.
 */
import { closeSync, createReadStream, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { Readable } from 'node:stream';
import { constants, crc32, createInflateRaw, deflateRawSync } from 'node:zlib';
import type { ByteSource, Codec, Deflater } from '@huinong/roster';

export const nodeCodec: Codec = {
  inflateRaw: (input) =>
    (input instanceof Readable ? input : Readable.from(input, { objectMode: false })).pipe(
      createInflateRaw({ chunkSize: 1 << 18 }),
    ) as AsyncIterable<Uint8Array>,
  deflater(level: number): Deflater {
    const chunks: Uint8Array[] = [];
    return {
      push: (data) => {
        chunks.push(deflateRawSync(data, { level, finishFlush: constants.Z_SYNC_FLUSH }));
      },
      finish: async () => {
        chunks.push(deflateRawSync(Buffer.alloc(0), { level }));
        return chunks;
      },
    };
  },
  crc32: (data, previous) => crc32(data, previous),
};

/** A file on disk as a byte source (its size taken when opened). */
export function fileSource(path: string): ByteSource {
  const fd = openSync(path, 'r');
  let size: number;
  try {
    size = fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
  return {
    size,
    async read(offset, length) {
      const fd = openSync(path, 'r');
      try {
        const b = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
        const n = readSync(fd, b, 0, b.length, offset);
        return b.subarray(0, n);
      } finally {
        closeSync(fd);
      }
    },
    stream: (start, end) =>
      end <= start
        ? Readable.from([])
        : createReadStream(path, { start, end: end - 1, highWaterMark: 1 << 20 }),
  };
}

/** Writes chunks to a file (a temporary one: the caller renames it into place), flushed to disk. */
export function writeChunks(path: string, chunks: readonly Uint8Array[]): void {
  const fd = openSync(path, 'w');
  try {
    for (const b of chunks) {
      let written = 0;
      while (written < b.length) written += writeSync(fd, b, written, b.length - written);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
