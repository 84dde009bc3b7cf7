import { join } from 'node:path';
import type { Channel, Req } from '../../shared/ipc/contract';
import { makeFile } from '../../shared/model/read-file';
import { doc, op, pp } from '../support/nodes';

export const sampleFile = makeFile(doc(pp('p1', 'Recalling', ' its resolution 74/174,'), op('o1', 'Decides', ' to remain seized of the matter.')));

/**
 * One valid request per contract channel (typed: a new channel without a sample is a compile error), in an
 * order that works on an empty documents folder: the document is saved before it is opened.
 */
export function sampleRequests(documentsDir: string): { [C in Channel]: Req<C> } {
  const path = join(documentsDir, 'sample.penholder.json');
  return {
    saveDocument: { path, file: sampleFile },
    openDocument: { path },
    listDocuments: {},
    recentFiles: {},
    writeRecovery: { path, file: sampleFile },
    takeRecovery: {},
    discardRecovery: {},
    importFile: { name: 'draft.txt', dataBase64: Buffer.from('The General Assembly,\n\n1. Decides to act.\n').toString('base64') },
    exportDocument: { file: sampleFile, to: 'md', path: join(documentsDir, 'sample.md') },
    searchCorpus: { text: 'combating transnational organized crime', k: 5 },
    corpusPassage: { ref: 'A/RES/78/201 OP5' },
    corpusSources: {},
    addCorpusSource: { kind: 'akn-folder', path: documentsDir },
    setCorpusSourceEnabled: { id: 'default', enabled: true },
    getPreferences: {},
    setPreferences: { author: 'Colombia', delegation: 'Colombia', userTreaties: [], disabledRules: [], trackChanges: false },
    setWindowState: { title: 'Countering the world drug problem', dirty: true },
    takeLaunchFile: {},
  };
}

/** Channels whose work is this process's own (documents, preferences, recovery …): they must answer ok. */
export const ownChannels: Channel[] = [
  'saveDocument',
  'openDocument',
  'listDocuments',
  'recentFiles',
  'writeRecovery',
  'takeRecovery',
  'discardRecovery',
  'getPreferences',
  'setPreferences',
  'setWindowState',
  'exportDocument',
  'takeLaunchFile',
];

/** Requests the contract refuses: main must answer `{ ok: false }` without running the handler. */
export const invalidRequests: [Channel, unknown][] = [
  ['openDocument', { path: 42 }],
  ['saveDocument', { path: '/tmp/x.penholder.json' }],
  ['saveDocument', { file: { format: 'word', version: 1, body: [] } }],
  ['saveDocument', null],
  ['searchCorpus', { text: '', k: 5 }],
  ['searchCorpus', { text: 'crime', k: 500 }],
  ['setWindowState', { title: 3, dirty: 'yes' }],
  ['setPreferences', { author: 7 }],
  ['addCorpusSource', { kind: 'web', path: 'https://example.org' }],
  ['exportDocument', { file: {}, to: 'exe' }],
  ['importFile', 'draft.docx'],
];
