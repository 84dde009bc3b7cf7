import { dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { FileDialog } from './deps';

/** Electron wiring: the FileDialog of deps.ts over the native dialogs, attached to the window. */
export function nativeDialog(window: () => BrowserWindow | null, defaultFolder: () => string): FileDialog {
  return {
    chooseOpen: async ({ title, filters }) => {
      const parent = window();
      const options = { title, filters, properties: ['openFile' as const], defaultPath: defaultFolder() };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseSave: async ({ title, defaultName, filters }) => {
      const parent = window();
      const options = { title, filters, defaultPath: join(defaultFolder(), defaultName) };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
