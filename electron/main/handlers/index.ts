import type { MainDeps } from '../deps';
import { listDocuments, openDocument, saveDocument } from './documents';
import { exportDocument } from './export';
import type { CorpusText } from './export-base';
import { importFile } from './import';
import { getPreferences, setPreferences } from './preferences';
import { recentFiles } from './recent-files';
import { discardRecovery, takeRecovery, writeRecovery } from './recovery';
import { ok } from './result';
import type { Handlers } from './types';
import { unavailable } from './unavailable';

export type CorpusChannel = 'searchCorpus' | 'corpusPassage' | 'corpusSources' | 'addCorpusSource' | 'setCorpusSourceEnabled';

/** Services that live in their own modules and start on their own (the corpus worker). */
export interface Services {
  corpus?: Pick<Handlers, CorpusChannel>;
  /** an adopted resolution's text, for a redline against the corpus */
  corpusText?: CorpusText;
}

const corpusUnavailable = unavailable('the corpus');

/**
 * Every contract channel bound to its handler. The Electron main process and browser mode's server both
 * serve exactly this table, so the two modes cannot drift apart.
 */
export function createHandlers(deps: MainDeps, services: Services = {}): Handlers {
  return {
    openDocument: (req) => openDocument(deps, req),
    saveDocument: (req) => saveDocument(deps, req),
    listDocuments: () => listDocuments(deps),
    recentFiles: () => recentFiles(deps),
    writeRecovery: (req) => writeRecovery(deps, req),
    takeRecovery: () => takeRecovery(deps),
    discardRecovery: () => discardRecovery(deps),
    importFile: (req) => importFile(deps, req),
    exportDocument: (req) => exportDocument(deps, req, services.corpusText),
    searchCorpus: services.corpus?.searchCorpus ?? corpusUnavailable,
    corpusPassage: services.corpus?.corpusPassage ?? corpusUnavailable,
    corpusSources: services.corpus?.corpusSources ?? corpusUnavailable,
    addCorpusSource: services.corpus?.addCorpusSource ?? corpusUnavailable,
    setCorpusSourceEnabled: services.corpus?.setCorpusSourceEnabled ?? corpusUnavailable,
    getPreferences: () => getPreferences(deps),
    setPreferences: (req) => setPreferences(deps, req),
    setWindowState: async (req) => {
      deps.window.setState(req.title, req.dirty);
      return ok({});
    },
    takeLaunchFile: async () => ok({ path: deps.launchFiles?.take() ?? null }),
  };
}
