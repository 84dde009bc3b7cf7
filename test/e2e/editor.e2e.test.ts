import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePenholderFile } from '../../shared/model/read-file';
import { summarize } from '../../shared/summary/summary';
import { pageSnapshot, runMenu, waitSaved, type PageSnapshot } from './editor-page';
import { OUTPUT_DIR, startHarness, type Harness } from './harness';

/**
 * A new user drafts a General Assembly resolution with the keyboard only: a title, three preambular and four
 * operative paragraphs with one list of sub-paragraphs, using Enter, Tab and undo; saves, reopens, and finds
 * the same document.
 */
describe('editor, end to end in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  let before: PageSnapshot;

  it('drafts a resolution with the keys a drafter expects', async () => {
    const { page } = h;
    await runMenu(page, 'File', 'New…');
    await page.getByRole('dialog').getByLabel(/General Assembly plenary draft/).check();
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();

    await page.locator('.header-form input[name="agendaItem"]').fill('Agenda item 75 (a)');
    await page.getByRole('button', { name: 'Add sponsor' }).click();
    await page.getByLabel('Sponsor 1', { exact: true }).fill('Norway');

    await page.locator('.doc-title').click();
    await page.keyboard.type('Oceans and the law of the sea');
    await page.keyboard.press('Enter'); // on to the formula
    await page.keyboard.press('Enter'); // on to the first preambular paragraph
    await page.keyboard.type('Recalling its resolution 77/248 of 30 December 2022,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Noting with concern the state of the marine environment,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Welcoming the work of the Secretariat,');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // an empty last PP becomes the first operative paragraph
    await page.keyboard.type('Decides to convene a conference in 2028;');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Requests the Secretary-General:');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // OP → (a)
    await page.keyboard.type('To report annually on progress;');
    await page.keyboard.press('Enter');
    await page.keyboard.type('To consult Member States;');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // an empty (b) is promoted back to an OP
    await page.keyboard.type('Calls upon States to cooperate;');
    await page.keyboard.press('Control+End'); // the template's empty operative paragraph
    await page.keyboard.type('Decides to remain seized of the matter.');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('.op.level-1').count()).toBe(3);
    await page.keyboard.press('Control+z'); // undo the demotion
    await expect.poll(() => page.locator('.op.level-1').count()).toBe(2);

    before = await pageSnapshot(page);
    expect(before.blocks).toEqual([
      'doc-title: Oceans and the law of the sea',
      'adopting-body: The General Assembly,',
      'pp: Recalling its resolution 77/248 of 30 December 2022,',
      'pp: Noting with concern the state of the marine environment,',
      'pp: Welcoming the work of the Secretariat,',
      'op 1.: Decides to convene a conference in 2028;',
      'op 2.: Requests the Secretary-General:',
      'op (a): To report annually on progress;',
      'op (b): To consult Member States;',
      'op 3.: Calls upon States to cooperate;',
      'op 4.: Decides to remain seized of the matter.',
    ]);
    // openers are marked as they are typed
    await expect.poll(() => page.locator('.pp .opener').allTextContents()).toEqual(['Recalling', 'Noting with concern', 'Welcoming']);
    await expect.poll(() => page.locator('.outline-ref').allTextContents()).toEqual(['PP1', 'PP2', 'PP3', 'OP1', 'OP2', '(a)', '(b)', 'OP3', 'OP4']);
    expect(await page.title()).toBe('• Untitled — Penholder');
  });

  it('saves, reopens and shows the same document', async () => {
    const { page } = h;
    await page.keyboard.press('Control+s'); // never saved: browser mode asks for a name
    await page.getByRole('dialog').getByLabel('File name').fill('oceans');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await waitSaved(page);
    expect(await page.title()).toBe('oceans.penholder.json — Penholder');

    const parsed = parsePenholderFile(await readFile(join(h.documentsDir, 'oceans.penholder.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const summary = summarize(parsed.file.body, parsed.file.settings);
    expect(summary).toMatchObject({ organ: 'General Assembly', preambular: 3, operative: 4, subparagraphs: 2, sponsors: ['Norway'] });

    await page.reload();
    await page.waitForSelector('[data-slate-editor]');
    await runMenu(page, 'File', 'Open…');
    await page.getByRole('dialog').locator('button[data-path$="oceans.penholder.json"]').first().click();
    await expect.poll(async () => (await pageSnapshot(page)).blocks).toEqual(before.blocks);
    expect((await pageSnapshot(page)).header).toEqual(before.header);
    expect(await page.title()).toBe('oceans.penholder.json — Penholder');
    await page.screenshot({ path: join(OUTPUT_DIR, 'editor.png'), fullPage: true });
    expect(h.pageErrors).toEqual([]);
  });
});
