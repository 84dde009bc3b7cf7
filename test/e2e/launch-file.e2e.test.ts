import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFile, serializePenholderFile } from '../../shared/model/read-file';
import { doc, op, pp } from '../support/nodes';
import { startHarness, type Harness } from './harness';

const SEEDS = join(import.meta.dirname, '../../../shared/seeds');

/** `npm start -- <file>` (and, in the desktop app, a double-click on an associated file): the page opens it at start. */
describe('opening the file the app was launched with, in Chromium', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('opens a Penholder document', async () => {
    const file = makeFile(doc(pp('p1', 'Recalling', ' its resolution 78/1,'), op('o1', 'Decides', ' to remain seized of the matter.')));
    h = await startHarness({ launchFile: { name: 'launched.penholder.json', contents: serializePenholderFile(file) } });
    await expect.poll(() => h!.page.locator('.statusbar').textContent()).toContain('launched.penholder.json');
    await expect(h.page.locator('.document [data-id="o1"]').textContent()).resolves.toContain('to remain seized of the matter.');
    expect(h.pageErrors).toEqual([]);
  });

  it('imports a draft and shows what was recognised', async () => {
    const text = await readFile(join(SEEDS, '000_927ae4f0917091cd.txt'));
    h = await startHarness({ launchFile: { name: 'draft.txt', contents: text } });
    await expect(h.page.getByRole('dialog').textContent()).resolves.toMatch(/operative/i);
    expect(h.pageErrors).toEqual([]);
  });
});
