import { Worker } from 'node:worker_threads';
import type { WorkerLike } from './corpus-service';
import type { CorpusWorkerData } from './worker';

/** worker.ts behind tsx's loader (a worker thread does not inherit the parent's): tests and dev tools. */
export const DEV_WORKER = new URL('./worker-dev.mjs', import.meta.url);

/**
 * A factory for the corpus worker thread. `workerPath` is the built worker (electron-vite output) in the app;
 * the default runs worker.ts with tsx's loader, which is what tests and dev tools use.
 */
export function corpusWorkerFactory(data: CorpusWorkerData, workerPath?: string): () => WorkerLike {
  return () =>
    workerPath
      ? new Worker(workerPath, { workerData: data })
      : new Worker(DEV_WORKER, { workerData: data });
}
