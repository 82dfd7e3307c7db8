/// <reference lib="webworker" />
/**
 * The compressing worker: the roster worker sends it the result workbook's sheets as text over a
 * MessagePort (handed over by the page), and it encodes, checksums and deflates them on its own
 * thread while the roster worker goes on screening.
 */
import { serveDeflate } from '@huinong/roster/remote-deflate';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<{ readonly port: MessagePort }>) => {
  serveDeflate(e.data.port);
};
