import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintPdf } from './deps';
import { windowOptions } from './window-options';

/**
 * PDF printing in the desktop app (Electron wiring: never imported by tests). Each export gets a hidden
 * window, created when the PDF is asked for and destroyed right after, with the app window's secure
 * webPreferences minus the preload (sandboxed, isolated, no Node) and JavaScript off. The print document
 * goes through a private temp file rather than a data: URL, which Chromium caps at 2 MB. Page size, margins,
 * running header and page numbers come from the document's own @page rules (preferCSSPageSize).
 */
export function electronPrinter(): PrintPdf {
  const { preload: _preload, ...secure } = windowOptions('').webPreferences ?? {};
  return async (html, { pageSize }) => {
    const folder = await mkdtemp(join(tmpdir(), 'penholder-print-'));
    const window = new BrowserWindow({ show: false, width: 800, height: 1130, webPreferences: { ...secure, javascript: false, spellcheck: false } });
    try {
      const file = join(folder, 'print.html');
      await writeFile(file, html, { mode: 0o600 });
      await window.loadFile(file);
      const pdf = await window.webContents.printToPDF({ pageSize, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
      return new Uint8Array(pdf);
    } finally {
      window.destroy();
      await rm(folder, { recursive: true, force: true });
    }
  };
}
