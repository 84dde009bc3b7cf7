import { api } from '../api';
import { importDocument as importFile, pickFileToImport } from '../document/import';
import { always, type Command } from './command';

/** File → Import…: main's dialog on the desktop, a file picker in the browser (dropping a file works too). */
export const importDocument: Command = {
  id: 'file.import',
  isEnabled: always,
  run: () => (api.mode === 'desktop' ? importFile({}) : pickFileToImport()),
};
