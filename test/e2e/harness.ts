import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Services } from '../../electron/main/handlers/index';
import { createLaunchFiles } from '../../electron/main/launch-files';
// the Chromium and flags browser mode prints PDFs with
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../electron/web/print-pdf-chromium';
import { startWebServer, type WebServer } from '../../electron/web/server';

/** The built renderer (npm test runs build:web before vitest; so does bench:editor). PENHOLDER_RENDERER_DIR points elsewhere, e.g. an experimental build. */
export const RENDERER_DIR = process.env['PENHOLDER_RENDERER_DIR'] ?? fileURLToPath(new URL('../../out/renderer-web', import.meta.url));
/** Screenshots and other e2e artefacts (gitignored). */
export const OUTPUT_DIR = fileURLToPath(new URL('../output/e2e', import.meta.url));

export interface Harness {
  page: Page;
  browser: Browser;
  server: WebServer;
  /** the temporary documents folder the server opens and saves in */
  documentsDir: string;
  userDataDir: string;
  /** errors the page logged or threw: a test should expect none */
  pageErrors: string[];
  /** stops browser and server and removes the temporary folders */
  close: () => Promise<void>;
}

export interface HarnessOptions {
  viewport?: { width: number; height: number };
  /** a file placed in the documents folder and named as the launch file, as `npm start -- <file>` does */
  launchFile?: { name: string; contents: string | Uint8Array };
  /** services the server offers besides the handlers (the agreed-language corpus), built for the user-data folder */
  services?: (userDataDir: string) => Services;
  /** more Chromium switches (the editor bench can turn the display's frame clock off) */
  chromiumArgs?: string[];
}

/**
 * Browser mode end to end: the built renderer served by electron/web/server.ts on a free port with fresh
 * documents and user-data folders, opened in Debian's Chromium through playwright-core.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error(`no built renderer in ${RENDERER_DIR}: run npm run build:web`);
  const root = await mkdtemp(join(tmpdir(), 'penholder-e2e-'));
  const documentsDir = join(root, 'documents');
  const userDataDir = join(root, 'user-data');
  await mkdir(OUTPUT_DIR, { recursive: true });
  const services = options.services?.(userDataDir);
  const launchFiles = createLaunchFiles();
  if (options.launchFile) {
    await mkdir(documentsDir, { recursive: true });
    await writeFile(join(documentsDir, options.launchFile.name), options.launchFile.contents);
    launchFiles.offerArgs([options.launchFile.name], documentsDir);
  }
  const server = await startWebServer({ rendererDir: RENDERER_DIR, documentsDir, userDataDir, port: 0, launchFiles, ...(services ? { services } : {}) });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS, ...(options.chromiumArgs ?? [])], headless: true });
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 1000 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(server.url);
  await page.waitForSelector('[data-slate-editor]');
  return {
    page,
    browser,
    server,
    documentsDir,
    userDataDir,
    pageErrors,
    close: async () => {
      await browser.close().catch(() => undefined);
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
