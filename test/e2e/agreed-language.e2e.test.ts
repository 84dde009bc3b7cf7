import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCorpusService, type CorpusService } from '../../electron/main/corpus/corpus-service';
import { DEFAULT_CORPUS_PATH } from '../../electron/main/corpus/default-corpus';
import { corpusWorkerFactory } from '../../electron/main/corpus/start-worker';
import { runMenu } from './editor-page';
import { OUTPUT_DIR, startHarness, type Harness } from './harness';

/** The centre of the first "word" in the first agreed paragraph (a string: tsx would rename a function's inner names). */
const WORD_BOX = `((word) => {
  const walker = document.createTreeWalker(document.querySelector('.pp.para-agreed'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  throw new Error('word not found: ' + word);
})`;

/**
 * Issue 7's acceptance in Chromium: in a new GA draft titled "Rights of the child", typing "Reaffirming its
 * commitment to" offers adopted paragraphs; Tab inserts one with its provenance; editing a word marks it as
 * modified agreed language and shows the word diff. The shipped corpus is indexed by the real worker.
 */
describe('agreed language, end to end in Chromium', () => {
  let h: Harness;
  let corpus: CorpusService | null = null;
  beforeAll(async () => {
    h = await startHarness({
      services: (userDataDir) => {
        corpus = createCorpusService(corpusWorkerFactory({ dataDir: join(userDataDir, 'corpus'), defaultCorpusPath: DEFAULT_CORPUS_PATH }));
        return { corpus: corpus.handlers, corpusText: corpus.corpusText };
      },
    });
  }, 120_000);
  afterAll(async () => {
    await corpus?.close();
    await h?.close();
  });

  it('suggests, inserts with provenance, and marks a modified paragraph', async () => {
    const { page } = h;
    await runMenu(page, 'File', 'New…');
    await page.getByRole('dialog').getByLabel(/General Assembly plenary draft/).check();
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await page.locator('.doc-title').click();
    await page.keyboard.type('Rights of the child');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Reaffirming its commitment to');

    // the first answer may wait for the worker to index the shipped corpus
    const list = page.getByRole('listbox', { name: 'Agreed language suggestions' });
    await list.waitFor({ timeout: 150_000 });
    const options = list.getByRole('option');
    expect(await options.count()).toBeGreaterThan(1);
    const first = (await options.first().textContent()) ?? '';
    expect(first).toMatch(/^(A|S)\/RES\/.+?, (preambular )?para\. \d+/);
    expect(first).toMatch(/General Assembly, \d{4}|Security Council, \d{4}/);
    await expect.poll(() => list.textContent()).toContain('Source: United Nations');
    const ghost = (await page.locator('.agreed-ghost').textContent()) ?? '';
    expect(ghost.length).toBeGreaterThan(10);
    const provenance = (await options.first().locator('.agreed-provenance').textContent())!;
    await page.screenshot({ path: join(OUTPUT_DIR, 'agreed-language-suggestions.png') });

    await page.keyboard.press('Tab');
    const paragraph = page.locator('.pp.para-agreed').first();
    await paragraph.waitFor();
    const inserted = (await paragraph.textContent()) ?? '';
    expect(inserted.startsWith(`Reaffirming its commitment to${ghost}`)).toBe(true);
    await expect.poll(() => paragraph.locator('.agreed-badge').getAttribute('data-ref')).toBe(provenance);
    await expect.poll(() => page.locator('.outline-source').first().textContent()).toBe(provenance);
    expect(await page.locator('.pp .opener').first().textContent()).toMatch(/^Reaffirming/);
    await page.screenshot({ path: join(OUTPUT_DIR, 'agreed-language-inserted.png') });

    // edit one word: the paragraph becomes "modified agreed language", with its word diff on demand
    const box = (await page.evaluate(`${WORD_BOX}('commitment')`)) as { x: number; y: number };
    await page.mouse.dblclick(box.x, box.y);
    await page.keyboard.type('pledge');
    const badge = paragraph.locator('.agreed-badge.modified');
    await badge.waitFor();
    await expect.poll(() => page.locator('.outline-source').first().textContent()).toBe(`${provenance} (modified)`);
    await badge.getByRole('button', { name: /modified agreed language/ }).click();
    const drift = paragraph.locator('.agreed-drift');
    await drift.waitFor();
    expect(await drift.locator('del').allTextContents()).toContain('commitment');
    expect(await drift.locator('ins').allTextContents()).toContain('pledge');
    await page.screenshot({ path: join(OUTPUT_DIR, 'agreed-language-modified.png') });
    expect(h.pageErrors).toEqual([]);
  }, 240_000);
});
