/// <reference lib="webworker" />
/**
 * The roster worker: screens an uploaded roster off the page's thread, so that the page keeps
 * answering (and shows the progress) while thousands of rows are read, screened and written.
 */
import { type RosterOutcome, type RosterProgress, type RosterRequest, screenUpload } from './screen.ts';

export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: RosterProgress }
  | { readonly type: 'done'; readonly outcome: RosterOutcome };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<RosterRequest>) => {
  const outcome = await screenUpload(e.data, (progress) =>
    scope.postMessage({ type: 'progress', progress } satisfies WorkerMessage),
  );
  scope.postMessage({ type: 'done', outcome } satisfies WorkerMessage);
};
