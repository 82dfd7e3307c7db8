// The compressing side for prof-roster.ts, on a worker thread (tsx loads the TypeScript).
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { serveDeflate } = await tsImport('@huinong/roster', import.meta.url);
serveDeflate(workerData.port);
