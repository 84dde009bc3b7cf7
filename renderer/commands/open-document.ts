import { api } from '../api';
import { openDocument as open } from '../document/open';
import { useAppStore } from '../state/store';
import { always, type Command } from './command';

/** File → Open: main's native dialog on the desktop; in browser mode a list of the documents folder. */
export const openDocument: Command = {
  id: 'file.open',
  isEnabled: always,
  run: () => (api.mode === 'desktop' ? open() : useAppStore.getState().openDialog({ kind: 'open' })),
};
