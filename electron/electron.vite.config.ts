import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';

/**
 * `npm run build` (electron-vite build --config electron/electron.vite.config.ts) → out/main/index.js (ESM) and
 * out/main/corpus-worker.js,
 * out/preload/index.cjs (CommonJS: a sandboxed preload cannot be an ES module) and out/renderer/index.html.
 * Every input is named here; nothing relies on electron-vite's default src/ layout.
 */
const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: at('out/main'),
      // the corpus worker is its own entry: main starts it with new Worker(out/main/corpus-worker.js)
      rolldownOptions: { input: { index: at('electron/main/index.ts'), 'corpus-worker': at('electron/main/corpus/worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: at('out/preload'),
      // bundled whole: a sandboxed preload can require nothing but electron
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    // relative asset URLs: the window loads out/renderer/index.html from file://
    base: './',
    plugins: [react()],
    // slate-react's debounce/throttle: see renderer/vendor/debounce.ts for why not lodash's
    resolve: { alias: { 'lodash/debounce': at('renderer/vendor/debounce.ts'), 'lodash/throttle': at('renderer/vendor/throttle.ts') } },
    build: {
      outDir: at('out/renderer'),
      emptyOutDir: true,
      rolldownOptions: { input: { index: at('renderer/index.html') } },
    },
  },
});
