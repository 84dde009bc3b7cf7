import { access } from 'node:fs/promises';
import type { PrintPdf } from '../main/deps';
import { UserError } from '../main/errors';

/** Debian's Chromium unless PENHOLDER_CHROMIUM names another build. */
export const CHROMIUM_PATH = process.env['PENHOLDER_CHROMIUM'] ?? '/usr/bin/chromium';

/** The flags Chromium needs to run headless as root in a container, and nothing that phones home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ChromiumPrinterOptions {
  executablePath?: string;
  /** launch and print time limit, ms */
  timeout?: number;
}

/**
 * PDF printing for browser mode, the CLI and the tests: Chromium through playwright-core, started only when
 * a PDF is asked for and closed right after, so nothing keeps running between exports. The page has
 * JavaScript off and every request refused; the print document has neither scripts nor external resources
 * anyway (shared/export/html.ts). Page size, margins and running header and footer come from its @page rules.
 */
export function chromiumPrinter(options: ChromiumPrinterOptions = {}): PrintPdf {
  const executablePath = options.executablePath ?? CHROMIUM_PATH;
  const timeout = options.timeout ?? 60_000;
  return async (html, { pageSize }) => {
    await access(executablePath).catch(() => {
      throw new UserError(`PDF printing needs Chromium, which is not at ${executablePath} (set PENHOLDER_CHROMIUM to its path)`);
    });
    // loaded on first use: the CLI's other commands and a browser-mode session without PDF exports never pay for it
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true, timeout });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load', timeout });
      const pdf = await page.pdf({ format: pageSize, printBackground: true, preferCSSPageSize: true });
      return new Uint8Array(pdf);
    } finally {
      await browser.close();
    }
  };
}
