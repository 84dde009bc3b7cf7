import type { CorpusEngine, SearchRequest } from './corpus-engine';

/** What main asks the corpus worker; one reply per request, matched by id. */
export type CorpusCall =
  | { op: 'search'; request: SearchRequest }
  | { op: 'passage'; ref: string }
  | { op: 'sources' }
  | { op: 'addSource'; kind: 'akn-folder' | 'documents'; path: string }
  | { op: 'setEnabled'; source: string; enabled: boolean }
  | { op: 'documentPassages'; symbol: string };

export type CorpusMessage = CorpusCall & { id: number };
export type CorpusReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** The side of a MessagePort (or worker_threads' parentPort) the worker uses. */
export interface Port {
  on(event: 'message', listener: (message: CorpusMessage) => void): unknown;
  postMessage(reply: CorpusReply): void;
}

function run(engine: CorpusEngine, call: CorpusCall): Promise<unknown> {
  switch (call.op) {
    case 'search':
      return engine.search(call.request);
    case 'passage':
      return engine.passage(call.ref);
    case 'sources':
      return engine.sources();
    case 'addSource':
      return engine.addSource(call.kind, call.path);
    case 'setEnabled':
      return engine.setEnabled(call.source, call.enabled);
    case 'documentPassages':
      return engine.documentPassages(call.symbol);
  }
}

/** Answers every message on `port` with the engine (which may still be opening); failures become replies. */
export function serveEngine(port: Port, opening: Promise<CorpusEngine>): void {
  port.on('message', (message) => {
    opening
      .then((engine) => run(engine, message))
      .then(
        (value) => port.postMessage({ id: message.id, ok: true, value }),
        (error: unknown) => port.postMessage({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  });
}
