import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import type { FileDialog, MainDeps } from '../main/deps';
import { UserError } from '../main/errors';
import { confinedPaths } from '../main/paths';
import { chromiumPrinter } from './print-pdf-chromium';

/**
 * Browser mode has no native dialogs. "Open" and "Import" need a path (the page lists the documents folder
 * with listDocuments, or uploads a file); "Save As" without a name picks a free one in the folder, from the
 * document's title, so it never overwrites an existing file.
 */
export function folderDialog(folder: string): FileDialog {
  return {
    chooseOpen: async () => {
      throw new UserError('browser mode has no file dialog: choose a document from the documents folder list');
    },
    chooseSave: async ({ defaultName }) => join(folder, await freeName(folder, defaultName)),
  };
}

async function freeName(folder: string, name: string): Promise<string> {
  const dot = name.toLowerCase().endsWith('.penholder.json') ? name.length - '.penholder.json'.length : name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? name : `${stem} (${n})${ext}`;
    const taken = await fs.stat(join(folder, candidate)).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}

/** The same MainDeps as the desktop app, confined to one documents folder. */
export function webDeps(documentsDir: string, userDataDir: string, now: () => Date = () => new Date()): MainDeps {
  return {
    fs,
    userDataDir,
    documentsDir,
    dialog: folderDialog(documentsDir),
    paths: confinedPaths(fs, documentsDir),
    window: { setState: () => undefined },
    now,
    // Chromium starts only when a PDF is exported, and closes after it
    printPdf: chromiumPrinter(),
  };
}
