import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFile, serializePenholderFile } from '../../shared/model/read-file';
import { bigResolution } from '../bench/support/big-resolution';
import { runMenu } from './editor-page';
import { startHarness, type Harness } from './harness';

// the caret against the page area, in the page (a string: serialized functions break under tsx)
const CARET_IN_VIEW = `(() => {
  const rect = window.getSelection().getRangeAt(0).getBoundingClientRect();
  const desk = document.querySelector('.desk').getBoundingClientRect();
  return { top: rect.top, bottom: rect.bottom, deskTop: desk.top, deskBottom: desk.bottom };
})()`;

/** The 300-paragraph draft of the editor benchmark: typing far down a long draft keeps the caret in view. */
describe('a long draft, end to end in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ viewport: { width: 1200, height: 800 } });
    await writeFile(join(h.documentsDir, 'long.penholder.json'), serializePenholderFile(makeFile(bigResolution(60, 240))));
    await runMenu(h.page, 'File', 'Open…');
    await h.page.getByRole('dialog').locator('button[data-path$="long.penholder.json"]').click();
    await h.page.locator('.document [data-id="op-240"]').waitFor({ state: 'attached' });
  });
  afterAll(async () => {
    await h?.close();
  });

  // Enter is Slate's own transform, not the browser's typing, so only the editor's scrolling keeps the caret in
  // view: each Enter before the text of a paragraph leaves an empty paragraph above and moves the caret a line down
  it('scrolls the page with the caret when Enter pushes it below the window', async () => {
    const { page } = h;
    const paragraph = page.locator('.document [data-id="pp-10"]');
    await paragraph.click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+ArrowRight');
    const scrolledBefore = await page.locator('.desk').evaluate((desk) => desk.scrollTop);
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Enter');
      const caret = (await page.evaluate(CARET_IN_VIEW)) as { top: number; bottom: number; deskTop: number; deskBottom: number };
      expect(caret.top).toBeGreaterThanOrEqual(caret.deskTop);
      expect(caret.bottom).toBeLessThanOrEqual(caret.deskBottom);
    }
    expect(await page.locator('.desk').evaluate((desk) => desk.scrollTop)).toBeGreaterThan(scrolledBefore);
    expect(h.pageErrors).toEqual([]);
  });

  it('types where the caret is, far into the document', async () => {
    const { page } = h;
    const target = page.locator('.document [data-id="op-200"]');
    await target.scrollIntoViewIfNeeded();
    const before = (await target.textContent()) ?? '';
    await target.click();
    await page.keyboard.type('Zq wx');
    const after = (await target.textContent()) ?? '';
    expect(after.length).toBe(before.length + 5);
    expect(after).toContain('Zq wx');
    await expect(page.locator('.document [data-id]').filter({ hasText: 'Zq wx' }).count()).resolves.toBe(1);
    expect(h.pageErrors).toEqual([]);
  });
});
