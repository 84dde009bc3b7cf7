import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageSnapshot, runMenu } from './editor-page';
import { OUTPUT_DIR, startHarness, type Harness } from './harness';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const SEED_004 = '004_2212778934c84f96.txt';

/** File flows in browser mode: a corrupt file, crash recovery, importing by picker and by drop. */
describe('files, end to end in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('shows main’s clear message for a corrupt file and leaves the file alone', async () => {
    const corrupt = '{"format":"penholder","version":1,"body":[{"type":"title"';
    await writeFile(join(h.documentsDir, 'broken.penholder.json'), corrupt);
    await runMenu(h.page, 'File', 'Open…');
    await h.page.getByRole('dialog').locator('button[data-path$="broken.penholder.json"]').click();
    const message = h.page.getByRole('dialog', { name: 'The document could not be opened' });
    await expect.poll(() => message.textContent()).toMatch(/broken\.penholder\.json cannot be opened: .*not valid JSON/);
    await message.getByRole('button', { name: 'OK' }).click();
    expect(await readFile(join(h.documentsDir, 'broken.penholder.json'), 'utf8')).toBe(corrupt);
  });

  it('autosaves unsaved text and offers it at the next start', async () => {
    const { page } = h;
    await page.locator('.doc-title').click();
    await page.keyboard.type('Text that was never saved');
    // autosave runs every few seconds while there are unsaved edits
    await expect.poll(() => readFile(join(h.userDataDir, 'recovery.json'), 'utf8').catch(() => ''), { timeout: 15_000 }).toContain('never saved');
    await page.reload();
    const offer = page.getByRole('dialog', { name: 'Recover unsaved changes?' });
    await offer.getByRole('button', { name: 'Recover' }).click();
    await expect.poll(async () => (await pageSnapshot(page)).blocks[0]).toBe('doc-title: Text that was never saved');
    expect(await page.title()).toBe('• Untitled — Penholder');
  });

  it('imports a text conversion through File → Import… and reports what it recognized', async () => {
    const { page } = h;
    const chooser = page.waitForEvent('filechooser');
    await runMenu(page, 'File', 'Import…');
    await (await chooser).setFiles(new URL(SEED_004, SEEDS).pathname);
    const report = page.getByRole('dialog', { name: `Imported ${SEED_004}` });
    await expect.poll(() => report.textContent()).toMatch(/Recognized/);
    await page.screenshot({ path: join(OUTPUT_DIR, 'import-report.png') });
    await report.getByRole('button', { name: 'OK' }).click();
    const blocks = (await pageSnapshot(page)).blocks;
    expect(blocks.filter((b) => b.startsWith('pp:')).length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.startsWith('op ')).length).toBeGreaterThan(0);
    expect(await page.title()).toBe('• Untitled — Penholder');
  });

  it('imports a file dropped on the window', async () => {
    const { page } = h;
    const text = await readFile(new URL(SEED_004, SEEDS), 'utf8');
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.items.add(new File([${JSON.stringify(text)}], 'dropped.txt', { type: 'text/plain' }));
      document.querySelector('.desk').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    })()`);
    await page.getByRole('dialog', { name: 'Imported dropped.txt' }).getByRole('button', { name: 'OK' }).click();
    expect((await pageSnapshot(page)).blocks.some((b) => b.startsWith('op '))).toBe(true);
    expect(h.pageErrors).toEqual([]);
  });
});
