import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFile, serializePenholderFile } from '../../shared/model/read-file';
import { doc, op, pp } from '../support/nodes';
import { pageSnapshot, runMenu } from './editor-page';
import { OUTPUT_DIR, startHarness, type Harness } from './harness';

/**
 * A facilitator runs informals on a zero draft: saves it as a named revision, tables the EU and African
 * Group's addition and Cuba's deletion on OP2, records the room's decisions (agreed ad ref, withdrawn),
 * applies the outcome as Rev.1, and reads the compare view that maps old numbers to new.
 */
describe('negotiation, end to end in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    const zeroDraft = doc(
      pp('p1', 'Recalling', ' the United Nations Millennium Declaration,'),
      op('o1', 'Welcomes', ' the report of the Secretary-General;'),
      op('o2', 'Calls upon', ' Member States to implement the outcomes of the World Summit;'),
      op('o3', 'Decides', ' to remain seized of the matter.'),
    );
    await writeFile(join(h.documentsDir, 'informals.penholder.json'), serializePenholderFile(makeFile(zeroDraft)));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('tables proposals, settles them and applies the outcome as Rev.1', async () => {
    const { page } = h;
    await runMenu(page, 'File', 'Open…');
    await page.getByRole('dialog').locator('button[data-path$="informals.penholder.json"]').first().click();
    await page.locator('[data-id="o2"]').waitFor();
    await runMenu(page, 'View', 'Revisions and proposals');
    const panel = page.getByRole('region', { name: 'Revisions and proposals' });
    await panel.getByRole('button', { name: 'Save named revision' }).click();
    await expect.poll(() => panel.locator('[data-revision]').allTextContents()).toHaveLength(1);

    await panel.getByRole('tab', { name: 'Proposals' }).click();
    await page.locator('[data-id="o2"]').click();
    await page.keyboard.press('End');
    for (let i = 0; i < 'the World Summit;'.length; i += 1) await page.keyboard.press('ArrowLeft');
    await panel.getByLabel('Delegations').fill('EU; African Group');
    await panel.getByLabel('Words').fill('the 2000 Millennium Summit and');
    await panel.getByRole('button', { name: 'Table proposal' }).click();
    await page.locator('[data-id="o2"]').click();
    await panel.getByLabel('Delegations').fill('Cuba');
    await panel.locator('select[name="proposalOp"]').selectOption('delete-paragraph');
    await panel.getByRole('button', { name: 'Table proposal' }).click();
    await expect
      .poll(() => panel.locator('.compilation li[data-label="OP2"]').textContent())
      .toBe('OP2 [Cuba: delete paragraph] Calls upon Member States to implement the outcomes of [EU; African Group: add: the 2000 Millennium Summit and] the World Summit;');

    await panel.getByLabel('Status of the proposal by EU; African Group').selectOption('agreed-ad-ref');
    await panel.getByLabel('Status of the proposal by Cuba').selectOption('withdrawn');
    await panel.getByRole('button', { name: /Apply outcome → Rev\.1/ }).click();

    await expect.poll(async () => (await pageSnapshot(page)).blocks.filter((b) => b.startsWith('op'))).toEqual([
      'op 1.: Welcomes the report of the Secretary-General;',
      'op 2.: Calls upon Member States to implement the outcomes of the 2000 Millennium Summit and the World Summit;',
      'op 3.: Decides to remain seized of the matter.',
    ]);
    await expect.poll(() => panel.locator('.compare-pairs ins').allTextContents()).toEqual([' the 2000 Millennium Summit and']);
    await page.screenshot({ path: join(OUTPUT_DIR, 'negotiation.png'), fullPage: true });
    expect(h.pageErrors).toEqual([]);
  });
});
