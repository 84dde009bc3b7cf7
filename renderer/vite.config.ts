import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The renderer as a web bundle (browser mode, e2e, bench); electron-vite builds the desktop copy. */
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  // slate-react's debounce/throttle: see renderer/vendor/debounce.ts for why not lodash's (electron.vite.config.ts too)
  resolve: {
    alias: {
      'lodash/debounce': fileURLToPath(new URL('./vendor/debounce.ts', import.meta.url)),
      'lodash/throttle': fileURLToPath(new URL('./vendor/throttle.ts', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../out/renderer-web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
