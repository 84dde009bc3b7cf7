// The corpus worker (worker_threads): opens the sources (index caches, or builds them) and answers searches,
// so index building and search never block the main process. Started by start-worker.ts.
import * as fs from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { importDocument } from '../../../shared/import/index';
import { CorpusEngine } from './corpus-engine';
import { serveEngine, type Port } from './protocol';

export interface CorpusWorkerData {
  dataDir: string;
  defaultCorpusPath: string;
}

const data = workerData as CorpusWorkerData;
if (parentPort) {
  serveEngine(parentPort as unknown as Port, CorpusEngine.open({ fs, dataDir: data.dataDir, defaultCorpusPath: data.defaultCorpusPath, importDocument }));
}
