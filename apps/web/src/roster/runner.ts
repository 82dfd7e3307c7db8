import type { WorkerMessage, WorkerRequest } from './roster.worker.ts';
import type { RosterOutcome, RosterProgress, RosterRequest } from './screen.ts';

/** A screen under way: its outcome, and a way to stop it. */
export interface RosterRun {
  readonly outcome: Promise<RosterOutcome>;
  cancel(): void;
}

const CANCELLED: RosterOutcome = {
  ok: false,
  error: { zh: '已取消筛查', en: 'the screen was cancelled' },
};

/**
 * Screens the request on a worker thread (the page's thread where workers are missing, as in
 * the unit tests' DOM). Nothing leaves the browser: the worker is a script of this app.
 */
export function startRoster(request: RosterRequest, onProgress: (p: RosterProgress) => void): RosterRun {
  if (typeof Worker === 'undefined' || import.meta.env.MODE === 'test') {
    let cancelled = false;
    const outcome = import('./screen.ts')
      .then((m) => m.screenUpload(request, (p) => !cancelled && onProgress(p)))
      .then((o) => (cancelled ? CANCELLED : o));
    return {
      outcome,
      cancel: () => {
        cancelled = true;
      },
    };
  }
  const worker = new Worker(new URL('./roster.worker.ts', import.meta.url), { type: 'module' });
  // the result workbook is compressed on a second worker, beside the screen rather than in it
  const compressor = new Worker(new URL('./compress.worker.ts', import.meta.url), { type: 'module' });
  const channel = new MessageChannel();
  compressor.postMessage({ port: channel.port2 }, [channel.port2]);
  let settle: (o: RosterOutcome) => void = () => {};
  const outcome = new Promise<RosterOutcome>((resolve) => {
    settle = (o) => {
      worker.terminate();
      compressor.terminate();
      resolve(o);
    };
  });
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
    if (e.data.type === 'progress') onProgress(e.data.progress);
    else settle(e.data.outcome);
  };
  worker.onerror = compressor.onerror = (e) => {
    e.preventDefault();
    settle({
      ok: false,
      error: {
        zh: `筛查程序出错：${e.message || '未知错误'}`,
        en: `the screening worker failed: ${e.message || 'unknown error'}`,
      },
    });
  };
  worker.postMessage({ request, deflate: channel.port1 } satisfies WorkerRequest, [channel.port1]);
  return { outcome, cancel: () => settle(CANCELLED) };
}
