import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The BrowserWindow options, as data so a test can hold them to the checklist: the page is isolated from
 * the preload (contextIsolation), runs in Chromium's sandbox, has no Node, no <webview>, no insecure content.
 */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Penholder',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

/** "• Draft on crime prevention — Penholder": the bullet is the unsaved-changes marker. */
export function windowTitle(documentTitle: string, dirty: boolean): string {
  const name = documentTitle.trim() || 'Untitled';
  return `${dirty ? '• ' : ''}${name} — Penholder`;
}

export type CloseAction = 'close' | 'ask-renderer' | 'ask-native';

/**
 * What to do when the user closes the window. With unsaved changes the page asks (Save / Don't save /
 * Cancel) and closes itself when done; if the page has crashed or hangs, main asks natively instead, so a
 * broken page can neither lose work silently nor keep the window open forever.
 */
export function closeAction(state: { dirty: boolean; pageResponsive: boolean }): CloseAction {
  if (!state.dirty) return 'close';
  return state.pageResponsive ? 'ask-renderer' : 'ask-native';
}
