import { app, BrowserWindow, dialog, type Session } from 'electron';
import type { WindowControl } from './deps';
import { CLOSE_REQUESTED } from './ipc/events';
import { CONTENT_SECURITY_POLICY, isAllowedRequest } from './security';
import { closeAction, windowOptions, windowTitle } from './window-options';

/** Electron wiring: never imported by tests; the decisions it applies live in window-options.ts and security.ts. */

export interface RendererLocation {
  /** electron-vite dev server, during development only */
  url?: string;
  /** the built renderer's index.html */
  file: string;
}

export function createMainWindow(preload: string, renderer: RendererLocation): { window: BrowserWindow; control: WindowControl } {
  const window = new BrowserWindow(windowOptions(preload));
  let dirty = false;
  let responsive = true;
  window.on('unresponsive', () => (responsive = false));
  window.on('responsive', () => (responsive = true));
  window.webContents.on('render-process-gone', () => (responsive = false));
  // the title is ours (document title + dirty marker), not the page's <title>
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('close', (event) => {
    const action = closeAction({ dirty, pageResponsive: responsive && !window.webContents.isCrashed() });
    if (action === 'close') return;
    event.preventDefault();
    if (action === 'ask-renderer') {
      window.webContents.send(CLOSE_REQUESTED);
      return;
    }
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Cancel', 'Close without saving'],
      defaultId: 0,
      cancelId: 0,
      message: 'The document has unsaved changes and the editor is not responding.',
      detail: 'Its last autosaved text stays in the recovery file and will be offered at the next start.',
    });
    if (choice === 1) window.destroy();
  });
  window.once('ready-to-show', () => window.show());
  void (renderer.url ? window.loadURL(renderer.url) : window.loadFile(renderer.file));
  const control: WindowControl = {
    setState: (title, isDirty) => {
      dirty = isDirty;
      if (window.isDestroyed()) return;
      window.setTitle(windowTitle(title, isDirty));
      window.setDocumentEdited(isDirty);
    },
  };
  return { window, control };
}

/**
 * Applied once at start: CSP on every response, every non-local request cancelled, no permission granted
 * (camera, notifications …), and in every web contents no navigation, no new windows, no <webview>.
 */
export function hardenApp(session: Session, devServerUrl?: string): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devServerUrl) }));
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
  );
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
