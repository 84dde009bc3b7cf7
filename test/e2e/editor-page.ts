import type { Page } from 'playwright-core';

/** What the delegate sees of the page, for comparing before and after: one line per block. */
export interface PageSnapshot {
  header: Record<string, string>;
  blocks: string[];
}

/** Runs a command from browser mode's menubar, by menu title and item label. */
export async function runMenu(page: Page, menu: string, item: string): Promise<void> {
  await page.getByRole('menubar').getByRole('menuitem', { name: menu, exact: true }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: item }).click();
}

/** Title, formula and every paragraph with its derived label ("1.", "(a)") as drawn, plus the header inputs. */
export async function pageSnapshot(page: Page): Promise<PageSnapshot> {
  // a string, not a function: tools that rename functions (tsx's keepNames) would break a serialized one
  return page.evaluate(SNAPSHOT) as Promise<PageSnapshot>;
}

const SNAPSHOT = `(() => {
  const header = {};
  for (const input of document.querySelectorAll('.header-form input, .header-form select')) {
    header[input.getAttribute('aria-label') || input.name] = input.value;
  }
  const blocks = [...document.querySelectorAll('.document .doc-title, .document .adopting-body, .document [data-id]')].map((el) => {
    const clone = el.cloneNode(true);
    clone.querySelectorAll('.placeholder').forEach((n) => n.remove());
    const text = (clone.textContent || '').replace(/\uFEFF/g, '').trim();
    const label = el.getAttribute('data-label');
    return el.className.split(' ')[0] + (label ? ' ' + label : '') + ': ' + text;
  });
  return { header, blocks };
})()`;

/** Waits until the status bar says the document is saved (or shows an error). */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('.statusbar .status-saved').waitFor();
}
