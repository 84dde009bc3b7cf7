import { app, ipcMain, session, type BrowserWindow } from 'electron';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCorpusService } from './corpus/corpus-service';
import { corpusWorkerFactory } from './corpus/start-worker';
import type { MainDeps, WindowControl } from './deps';
import { createHandlers } from './handlers/index';
import { registerIpc } from './ipc/register';
import { LAUNCH_FILE } from './ipc/events';
import { createLaunchFiles } from './launch-files';
import { installMenu } from './menu';
import { nativeDialog } from './native-dialog';
import { desktopPaths } from './paths';
import { electronPrinter } from './print-pdf';
import { createMainWindow, hardenApp } from './window';

/**
 * The desktop app's lifecycle. One instance at a time (a second launch focuses the first), so two
 * processes never write the same recovery, recent-files or preferences file. Crash recovery: while the
 * document is dirty the page autosaves to the recovery file (writeRecovery) and discards it after a save
 * or a deliberate "Don't save"; so a recovery file at start means the last session ended without either,
 * and the page offers it (takeRecovery) before anything else.
 */
const built = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

let mainWindow: BrowserWindow | null = null;
// a file named on the command line (file association) or by a later launch or the OS: the page takes it
const launchFiles = createLaunchFiles();
launchFiles.offerArgs(process.argv.slice(1), process.cwd());
let windowControl: WindowControl = { setState: () => undefined };

function start(): void {
  const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
  hardenApp(session.defaultSession, devServerUrl);
  const documentsDir = app.getPath('documents');
  const deps: MainDeps = {
    fs,
    userDataDir: app.getPath('userData'),
    documentsDir,
    dialog: nativeDialog(() => mainWindow, () => documentsDir),
    paths: desktopPaths,
    window: { setState: (title, dirty) => windowControl.setState(title, dirty) },
    now: () => new Date(),
    printPdf: electronPrinter(),
    launchFiles,
  };
  // the agreed-language index is built and searched in a worker thread, never on main's event loop
  const corpus = createCorpusService(
    corpusWorkerFactory(
      { dataDir: join(deps.userDataDir, 'corpus'), defaultCorpusPath: join(app.getAppPath(), 'assets', 'corpus', 'corpus.json.gz') },
      built('./corpus-worker.js'),
    ),
  );
  app.on('will-quit', () => void corpus.close());
  registerIpc(ipcMain, createHandlers(deps, { corpus: corpus.handlers, corpusText: corpus.corpusText }));
  const created = createMainWindow(built('../preload/index.cjs'), { url: devServerUrl, file: built('../renderer/index.html') });
  mainWindow = created.window;
  windowControl = created.control;
  mainWindow.on('closed', () => {
    mainWindow = null;
    windowControl = { setState: () => undefined };
  });
  installMenu(mainWindow);
}

app.setPath('userData', join(app.getPath('appData'), 'Penholder'));
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // a second launch hands its file to this one; the page takes it (renderer/document/use-launch-file.ts)
  app.on('second-instance', (_event, argv, workingDirectory) => {
    launchFiles.offerArgs(argv.slice(1), workingDirectory);
    if (!mainWindow) return;
    mainWindow.webContents.send(LAUNCH_FILE);
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS names the file in an event, before or after the app is ready
  app.on('open-file', (event, path) => {
    event.preventDefault();
    launchFiles.offer(path);
    mainWindow?.webContents.send(LAUNCH_FILE);
    mainWindow?.focus();
  });
  // one document window: closing it ends the app on every platform
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
