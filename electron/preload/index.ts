import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CommandId } from '../../shared/commands/catalog';
import type { Channel, RendererApi, Req, Res } from '../../shared/ipc/contract';
import { CLOSE_REQUESTED, LAUNCH_FILE, MENU_COMMAND } from '../main/ipc/events';

/**
 * The page's only door to main: one named function per contract channel (typed as RendererApi, so a channel
 * left out is a compile error), three event subscriptions, and the mode. The page never sees ipcRenderer,
 * cannot name a channel of its own choosing, and gets no Node API.
 */
const call =
  <C extends Channel>(channel: C) =>
  (request: Req<C>): Promise<Res<C>> =>
    ipcRenderer.invoke(channel, request) as Promise<Res<C>>;

function subscribe<A extends unknown[]>(event: string, listener: (...args: A) => void): () => void {
  const forward = (_event: IpcRendererEvent, ...args: unknown[]) => listener(...(args as A));
  ipcRenderer.on(event, forward);
  return () => ipcRenderer.off(event, forward);
}

const api: RendererApi = {
  openDocument: call('openDocument'),
  saveDocument: call('saveDocument'),
  listDocuments: call('listDocuments'),
  recentFiles: call('recentFiles'),
  writeRecovery: call('writeRecovery'),
  takeRecovery: call('takeRecovery'),
  discardRecovery: call('discardRecovery'),
  importFile: call('importFile'),
  exportDocument: call('exportDocument'),
  searchCorpus: call('searchCorpus'),
  corpusPassage: call('corpusPassage'),
  corpusSources: call('corpusSources'),
  addCorpusSource: call('addCorpusSource'),
  setCorpusSourceEnabled: call('setCorpusSourceEnabled'),
  getPreferences: call('getPreferences'),
  setPreferences: call('setPreferences'),
  setWindowState: call('setWindowState'),
  takeLaunchFile: call('takeLaunchFile'),
  onMenuCommand: (listener) => subscribe<[CommandId]>(MENU_COMMAND, listener),
  onCloseRequested: (listener) => subscribe<[]>(CLOSE_REQUESTED, listener),
  onLaunchFile: (listener) => subscribe<[]>(LAUNCH_FILE, listener),
  mode: 'desktop',
};

contextBridge.exposeInMainWorld('api', api);
