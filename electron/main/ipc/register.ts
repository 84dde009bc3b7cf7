import { channels } from '../../../shared/ipc/contract';
import type { Handlers } from '../handlers/types';
import { dispatch } from './dispatch';

/** The slice of Electron's ipcMain used here; tests pass a fake that records the registrations. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: unknown, request: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/**
 * One ipcMain.handle per contract channel, each going through dispatch (zod first). Returns a function that
 * removes them again. No generic "invoke anything" channel exists: an unknown name never reaches main.
 */
export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, (_event, request) => dispatch(handlers, channel, request));
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
