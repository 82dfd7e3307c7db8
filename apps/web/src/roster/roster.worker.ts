/// <reference lib="webworker" />
/**
 * The roster worker: screens an uploaded roster off the page's thread, so that the page keeps
 * answering (and shows the progress) while thousands of rows are read, screened and written.
 */
import { remoteCodec } from '@huinong/roster/remote-deflate';
import { type RosterOutcome, type RosterProgress, type RosterRequest, screenUpload } from './screen.ts';

export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: RosterProgress }
  | { readonly type: 'done'; readonly outcome: RosterOutcome };

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The request, and the port to the compressing worker. */
export interface WorkerRequest {
  readonly request: RosterRequest;
  readonly deflate: MessagePort;
}

scope.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const { request, deflate } = e.data;
  const outcome = await screenUpload(
    request,
    (progress) => scope.postMessage({ type: 'progress', progress } satisfies WorkerMessage),
    remoteCodec(deflate),
  );
  scope.postMessage({ type: 'done', outcome } satisfies WorkerMessage);
};
