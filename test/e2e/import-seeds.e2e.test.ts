import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageSnapshot, runMenu } from './editor-page';
import { OUTPUT_DIR, startHarness, type Harness } from './harness';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

interface Expected {
  title: string;
  preambular: number;
  operative: number;
  subparagraphs?: number;
  numberedParagraphs?: number;
}

const expected = JSON.parse(await readFile(new URL('expected.json', SEEDS), 'utf8')).documents as Record<string, Expected>;

/** Every seed imported through File → Import… in the running app shows the structured document. */
describe('importing the seeds in the app, end to end in Chromium', () => {
  let h: Harness;
  // a fresh app per seed: importing over an unsaved import would first ask to discard it
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h?.close();
  });

  it.each(Object.keys(expected))('%s shows its title and its paragraphs, numbered', async (name) => {
    const { page } = h;
    const want = expected[name]!;
    const chooser = page.waitForEvent('filechooser');
    await runMenu(page, 'File', 'Import…');
    await (await chooser).setFiles(new URL(name, SEEDS).pathname);
    await page.getByRole('dialog', { name: `Imported ${name}` }).getByRole('button', { name: 'OK' }).click();
    const { blocks } = await pageSnapshot(page);
    const count = (pattern: RegExp) => blocks.filter((b) => pattern.test(b)).length;
    expect(blocks.find((b) => b.startsWith('doc-title'))).toBe(`doc-title: ${want.title}`);
    expect(count(/^pp: /)).toBe(want.preambular);
    expect(count(/^op \d+\.: /)).toBe(want.operative);
    expect(count(/^op \([a-z]+\): /)).toBe(want.subparagraphs ?? 0);
    if (want.numberedParagraphs) expect(count(/^plain \d+\.: /)).toBe(want.numberedParagraphs);
    await page.screenshot({ path: join(OUTPUT_DIR, `import-${name.slice(0, 3)}.png`) });
    expect(h.pageErrors).toEqual([]);
  });
});
