import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePenholderFile } from '../../shared/model/read-file';
import { runMenu, waitSaved } from './editor-page';
import { OUTPUT_DIR, startHarness, type Harness } from './harness';

/**
 * Issue 6, end to end: format checks as the delegate types. A wrong end mark is corrected when the next
 * paragraph starts, straight quotes turn curly, "internet" is underlined with its message as tooltip; the
 * Format checks panel fixes it (undo gives it back) and ignores a diagnostic, remembered in the saved file.
 */
describe('format checks, end to end in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const paragraphTexts = async () =>
    (await h.page.locator('.document .pp, .document .op').allTextContents()).map((t) => t.replace(/\uFEFF/g, ''));

  it('autoformats while typing and underlines what is wrong', async () => {
    const { page } = h;
    await page.locator('.doc-title').click();
    await page.keyboard.type('Countering child sexual exploitation online');
    await page.keyboard.press('Enter'); // on to the formula
    await page.keyboard.press('Enter'); // on to the first preambular paragraph
    await page.keyboard.type('Recalling the role of the internet;');
    await page.keyboard.press('Enter');
    // the paragraph left behind now ends with the preambular comma
    await expect.poll(async () => (await paragraphTexts())[0]).toBe('Recalling the role of the internet,');
    await page.keyboard.type('Noting that the term "survivor" is used,');
    await expect.poll(async () => (await paragraphTexts())[1]).toBe('Noting that the term “survivor” is used,');

    const underline = page.locator('.document .lint-mark[data-lint-rule="cap-internet"]');
    await expect.poll(() => underline.count()).toBe(1);
    expect(await underline.getAttribute('title')).toBe('UN style writes “Internet” with a capital I.');
    expect(await underline.textContent()).toBe('internet');
    await page.screenshot({ path: join(OUTPUT_DIR, 'diagnostics-underline.png') });
    expect(h.pageErrors).toEqual([]);
  });

  it('fixes from the Format checks panel, undoes the fix, and ignores a diagnostic in the document', async () => {
    const { page } = h;
    await runMenu(page, 'View', 'Format checks');
    const panel = page.locator('.diagnostics-panel');
    const internet = panel.locator('.diagnostic[data-rule="cap-internet"]');
    await expect.poll(() => internet.count()).toBe(1);
    // outline, page and panel share the window: nothing is pushed past its right edge
    expect(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    await internet.getByRole('button', { name: 'Fix', exact: true }).click();
    await expect.poll(async () => (await paragraphTexts())[0]).toBe('Recalling the role of the Internet,');
    await expect.poll(() => internet.count()).toBe(0);

    await page.locator('.document .pp').first().click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await paragraphTexts())[0]).toBe('Recalling the role of the internet,');
    await expect.poll(() => internet.count()).toBe(1);

    await internet.getByRole('button', { name: 'Ignore' }).click();
    await expect.poll(() => internet.count()).toBe(0);
    await expect.poll(() => page.locator('.document .lint-mark[data-lint-rule="cap-internet"]').count()).toBe(0);
    await page.screenshot({ path: join(OUTPUT_DIR, 'diagnostics-panel.png') });

    await page.keyboard.press('Control+s');
    await page.getByRole('dialog').getByLabel('File name').fill('checked');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await waitSaved(page);
    const parsed = parsePenholderFile(await readFile(join(h.documentsDir, 'checked.penholder.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.file.ignored).toEqual([expect.objectContaining({ rule: 'cap-internet', text: 'internet' })]);
    expect(h.pageErrors).toEqual([]);
  });
});
