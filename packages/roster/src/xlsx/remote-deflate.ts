/**
 * The result workbook's compression on another thread. In the browser, the CRC-32 and the
 * deflate of the sheets (CompressionStream compresses on the thread that writes to it) took
 * about a third of a 100,000-household screen on the roster worker; a second worker, joined to it
 * by a MessagePort, does them while the first goes on screening.
 *
 * `remoteCodec(port)` is the screening side: a codec whose entries' bytes are handed over (moved,
 * not copied) as they are written.
 * `serveDeflate(port)` is the compressing side. Both work over any MessagePort (workers, Node's
 * worker_threads or a MessageChannel in tests).
 */
import { type Codec, crc32, type HandOffDeflater, webCodec } from './codec.ts';

/** The little of a MessagePort both sides use (typed here: the CLI builds without the DOM's types). */
export interface PortLike {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  // biome-ignore lint/suspicious/noExplicitAny: a MessagePort's handler takes its own event type
  onmessage: ((e: any) => void) | null;
}

type Request =
  | { readonly op: 'push'; readonly id: number; readonly bytes: Uint8Array }
  | { readonly op: 'finish'; readonly id: number };

type Reply =
  | {
      readonly op: 'done';
      readonly id: number;
      readonly chunks: Uint8Array[];
      readonly crc: number;
      readonly size: number;
    }
  | { readonly op: 'error'; readonly id: number; readonly message: string };

type Finished = Awaited<ReturnType<HandOffDeflater['finish']>>;

/**
 * A codec that reads as the web codec does and writes each ZIP entry by sending its bytes over
 * `port` to `serveDeflate`, in the order written; `finish` resolves when the other side has
 * compressed all of it.
 */
export function remoteCodec(port: PortLike): Codec {
  let next = 0;
  const waiting = new Map<number, { resolve: (f: Finished) => void; reject: (e: Error) => void }>();
  port.onmessage = (e: { readonly data: Reply }) => {
    const r = e.data;
    const w = waiting.get(r.id);
    if (!w) return;
    waiting.delete(r.id);
    if (r.op === 'done') w.resolve({ chunks: r.chunks, crc: r.crc, size: r.size });
    else w.reject(new Error(r.message));
  };
  return {
    ...webCodec,
    handOff(): HandOffDeflater {
      const id = next++;
      return {
        push(bytes) {
          // a chunk of its own buffer is moved; a view into a shared one is copied
          const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
          const own = whole ? bytes : bytes.slice();
          port.postMessage({ op: 'push', id, bytes: own } satisfies Request, [own.buffer as ArrayBuffer]);
        },
        finish() {
          return new Promise<Finished>((resolve, reject) => {
            waiting.set(id, { resolve, reject });
            port.postMessage({ op: 'finish', id } satisfies Request, []);
          });
        },
      };
    },
  };
}

/** Compresses the entries `remoteCodec` sends over `port`, and sends each back when finished. */
export function serveDeflate(port: PortLike): void {
  const entries = new Map<
    number,
    { readonly deflater: ReturnType<Codec['deflater']>; crc: number; size: number }
  >();
  const entry = (id: number) => {
    let e = entries.get(id);
    if (!e) {
      e = { deflater: webCodec.deflater(1), crc: 0, size: 0 };
      entries.set(id, e);
    }
    return e;
  };
  port.onmessage = (m: { readonly data: Request }) => {
    const r = m.data;
    const e = entry(r.id);
    if (r.op === 'push') {
      const bytes = r.bytes;
      e.crc = crc32(bytes, e.crc);
      e.size += bytes.length;
      e.deflater.push(bytes);
      return;
    }
    entries.delete(r.id);
    e.deflater.finish().then(
      (chunks) => {
        // the chunks' memory moves to the other thread rather than being copied
        const buffers = [...new Set(chunks.map((c) => c.buffer as ArrayBuffer))];
        port.postMessage(
          { op: 'done', id: r.id, chunks, crc: e.crc >>> 0, size: e.size } satisfies Reply,
          buffers,
        );
      },
      (err: unknown) =>
        port.postMessage({ op: 'error', id: r.id, message: (err as Error).message } satisfies Reply, []),
    );
  };
}
