import type * as fsPromises from 'node:fs/promises';

/**
 * What the main-process handlers need from the outside world, injected so that tests run them on real files
 * in a temp folder with a fake dialog, and browser mode runs the same handlers behind HTTP. Only the wiring
 * files (index.ts, window.ts, menu.ts) build these from `electron`.
 */

/** The parts of node:fs/promises the handlers use; tests pass the real module or a wrapper that fails on cue. */
export type FileSystem = Pick<
  typeof fsPromises,
  'readFile' | 'writeFile' | 'open' | 'rename' | 'unlink' | 'mkdir' | 'readdir' | 'stat' | 'realpath' | 'rm'
>;

export interface FileFilter {
  name: string;
  /** without the dot: "docx", "penholder.json" */
  extensions: string[];
}

/** The native file dialogs (Electron) or their browser-mode stand-ins. null = the user cancelled. */
export interface FileDialog {
  chooseOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  chooseSave(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
}

/**
 * Turns a path from the renderer into one the handlers may touch, or throws a UserError. The desktop app
 * accepts any absolute path (the user picked it); browser mode confines every path to its documents folder.
 */
export interface PathPolicy {
  resolve(path: string): Promise<string>;
}

/** The window's title and dirty marker; a no-op in browser mode. */
export interface WindowControl {
  setState(title: string, dirty: boolean): void;
}

/**
 * Prints a self-contained HTML document (shared/export/html.ts) to PDF bytes: Electron's printToPDF in the
 * app (print-pdf.ts), Chromium's page.pdf() in browser mode and the CLI (electron/web/print-pdf-chromium.ts).
 */
export type PrintPdf = (html: string, options: { pageSize: 'A4' | 'Letter' }) => Promise<Uint8Array>;

export interface MainDeps {
  fs: FileSystem;
  /** per-user folder for preferences, recent files and the recovery file */
  userDataDir: string;
  /** the folder listDocuments shows (browser mode: the only folder it may use) */
  documentsDir: string;
  dialog: FileDialog;
  paths: PathPolicy;
  window: WindowControl;
  now: () => Date;
  /** PDF export; without it, exporting to PDF answers that printing is not available */
  printPdf?: PrintPdf;
  /** files the operating system asked to open (launch-files.ts); without it there are none */
  launchFiles?: { take(): string | null };
}
