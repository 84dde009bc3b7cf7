import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedRequest } from '../../electron/main/security';
import { closeAction, windowOptions, windowTitle } from '../../electron/main/window-options';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...sources] = d.trim().split(/\s+/);
    return [name!, sources] as const;
  }),
);

describe('the BrowserWindow options', () => {
  const options = windowOptions('/app/out/preload/index.cjs');
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
  ] as const)('%s is %s', (setting, expected) => {
    expect(options.webPreferences?.[setting]).toBe(expected);
  });

  it('loads the preload it was given and shows nothing until ready', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
  });
});

describe('the content security policy', () => {
  it('allows only the app itself by default', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });

  it('names no remote origin and allows no eval anywhere', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/^(https?:|wss?:|\*)|unsafe-eval|wasm-unsafe-eval/);
      }
    }
  });
});

describe('network requests from the window', () => {
  it.each([
    ['file:///app/out/renderer/index.html', undefined, true],
    ['file:///app/out/renderer/assets/index.js', undefined, true],
    ['data:image/png;base64,AAAA', undefined, true],
    ['devtools://devtools/bundled/inspector.html', undefined, true],
    ['https://fonts.googleapis.com/css', undefined, false],
    ['http://example.org/track.gif', undefined, false],
    ['http://localhost:5173/src/main.tsx', undefined, false],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173', true],
    ['ws://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:9999/', 'http://localhost:5173', false],
    ['https://example.org/', 'https://example.org', false],
    ['not a url', undefined, false],
  ])('%s (dev server %s) → allowed: %s', (url, dev, allowed) => {
    expect(isAllowedRequest(url, dev)).toBe(allowed);
  });
});

describe('title and closing', () => {
  it.each([
    ['Countering the world drug problem', false, 'Countering the world drug problem — Penholder'],
    ['Countering the world drug problem', true, '• Countering the world drug problem — Penholder'],
    ['  ', true, '• Untitled — Penholder'],
  ])('%j dirty=%s → %j', (title, dirty, expected) => {
    expect(windowTitle(title, dirty)).toBe(expected);
  });

  it.each([
    [{ dirty: false, pageResponsive: true }, 'close'],
    [{ dirty: false, pageResponsive: false }, 'close'],
    [{ dirty: true, pageResponsive: true }, 'ask-renderer'],
    [{ dirty: true, pageResponsive: false }, 'ask-native'],
  ] as const)('%j → %s', (state, action) => {
    expect(closeAction(state)).toBe(action);
  });
});
