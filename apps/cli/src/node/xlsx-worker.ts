/**
 * The worker thread of `WorkerXlsxSink`: builds the results workbook from batches of cells and
 * saves it when told to finish.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type PublicityChoice, ResultBook, type Summary } from '@huinong/roster';
import { nodeCodec, writeChunks } from './codec.ts';
import type { RowBatch } from './output.ts';

const port = parentPort;
if (!port) throw new Error('xlsx-worker runs as a worker thread');
const { path, choice } = workerData as { path: string; choice: PublicityChoice };
const book = new ResultBook(nodeCodec, choice);

type Message = { type: 'rows'; batch: RowBatch } | { type: 'finish'; summary: Summary };

port.on('message', (m: Message) => {
  try {
    if (m.type === 'rows') {
      for (const r of m.batch.details) book.detail(r);
      for (const r of m.batch.publicity) book.publicity(r);
      for (const r of m.batch.issues) book.issue(r);
      port.postMessage({ type: 'ack' });
    } else {
      book
        .bytes(m.summary)
        .then((chunks) => {
          writeChunks(path, chunks);
          port.postMessage({ type: 'done' });
        })
        .catch((e: unknown) =>
          port.postMessage({
            type: 'error',
            message: (e as Error).message,
            code: (e as NodeJS.ErrnoException).code,
          }),
        );
    }
  } catch (e) {
    port.postMessage({ type: 'error', message: (e as Error).message });
  }
});
