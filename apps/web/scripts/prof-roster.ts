/**
 * The browser's roster screen run in Node, for `node --cpu-prof`: the same `screenUpload` as the
 * roster worker, with the result workbook compressed on a worker thread as the compressing worker
 * does in the browser. Prints the phases and the total; RUNS=n to repeat.
 *
 * Run: node --cpu-prof --import tsx apps/web/scripts/prof-roster.ts [roster.xlsx]
 * (the roster: `node --import tsx apps/web/scripts/prof-browser.ts` leaves one in /tmp)
 */
import { readFileSync } from 'node:fs';
import { MessageChannel, Worker } from 'node:worker_threads';
import { remoteCodec } from '@huinong/roster';
import { screenUpload } from '../src/roster/screen.ts';

const path = process.argv[2] ?? '/tmp/roster-web-100000.xlsx';
const bytes = readFileSync(path);
const file = new File([bytes], 'roster.xlsx');
const { port1, port2 } = new MessageChannel();
const w = new Worker(new URL('./prof-deflate-worker.mjs', import.meta.url), {
  workerData: { port: port2 },
  transferList: [port2],
});
for (let i = 0; i < Number(process.env.RUNS ?? 1); i++) {
  const t0 = performance.now();
  const out = await screenUpload(
    { files: [file], asOf: '2023-12-31', pack: { id: 'xixiang-2023' } },
    (p) => {
      if (p.fraction === 0 || p.fraction === null)
        console.log(((performance.now() - t0) / 1000).toFixed(2), p.phase);
    },
    remoteCodec(port1 as never),
  );
  console.log(
    'total',
    ((performance.now() - t0) / 1000).toFixed(2),
    out.ok ? out.summary.total.amount : out.error,
  );
}
await w.terminate();
port1.close();
