import type { Descendant } from 'slate';
import type { Passage, ScoredPassage } from '../../../shared/agreed-language/passage';
import { passagesToValue } from '../../../shared/agreed-language/to-value';
import type { CorpusSource } from '../../../shared/ipc/contract';
import type { CorpusChannel } from '../handlers/index';
import { fail, ok } from '../handlers/result';
import type { Handlers } from '../handlers/types';
import type { CorpusCall, CorpusMessage, CorpusReply } from './protocol';

/** The parts of a worker_threads Worker the service uses (tests may pass a real Worker or an in-process one). */
export interface WorkerLike {
  postMessage(message: CorpusMessage): void;
  on(event: 'message', listener: (reply: CorpusReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export interface CorpusService {
  /** the five corpus channels of the contract, for createHandlers' `services.corpus` */
  handlers: Pick<Handlers, CorpusChannel>;
  /** an adopted resolution's text as a document value, for `services.corpusText` (redline base) */
  corpusText: (symbol: string) => Promise<readonly Descendant[] | null>;
  close(): Promise<void>;
}

/**
 * Main's side of the corpus worker: one request, one reply. A worker that dies fails the requests in flight
 * with a clear message and is started again on the next request.
 */
export function createCorpusService(createWorker: () => WorkerLike): CorpusService {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, { from: WorkerLike; resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  // only the requests sent to the worker that died fail: a new worker may already be serving others
  const failAll = (dead: WorkerLike, message: string) => {
    for (const [id, p] of pending) {
      if (p.from !== dead) continue;
      pending.delete(id);
      p.reject(new Error(message));
    }
    if (worker === dead) worker = null;
  };
  const start = (): WorkerLike => {
    const w = createWorker();
    w.on('message', (reply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.value);
      else waiting?.reject(new Error(reply.error));
    });
    w.on('error', (error) => failAll(w, `the agreed-language search stopped: ${error.message}`));
    w.on('exit', (code) => failAll(w, `the agreed-language search stopped (exit ${code})`));
    return w;
  };
  const call = <T>(message: CorpusCall): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const w = (worker ??= start());
      const id = nextId++;
      pending.set(id, { from: w, resolve: resolve as (v: unknown) => void, reject });
      w.postMessage({ ...message, id });
    });
  const guard = async <T>(work: () => Promise<T>) => {
    try {
      return ok(await work());
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  };
  const sources = (sourceList: Promise<CorpusSource[]>) => guard(async () => ({ sources: await sourceList }));
  return {
    handlers: {
      searchCorpus: (req) => guard(() => call<{ results: ScoredPassage[]; ms: number }>({ op: 'search', request: req })),
      corpusPassage: (req) => guard(async () => ({ passage: await call<Passage | null>({ op: 'passage', ref: req.ref }) })),
      corpusSources: () => sources(call({ op: 'sources' })),
      addCorpusSource: (req) => sources(call({ op: 'addSource', kind: req.kind, path: req.path })),
      setCorpusSourceEnabled: (req) => sources(call({ op: 'setEnabled', source: req.id, enabled: req.enabled })),
    },
    corpusText: async (symbol) => {
      const passages = await call<Passage[]>({ op: 'documentPassages', symbol });
      return passages.length > 0 ? passagesToValue(passages) : null;
    },
    close: async () => {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
