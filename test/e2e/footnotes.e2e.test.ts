import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMenu } from './editor-page';
import { OUTPUT_DIR, startHarness, type Harness } from './harness';

/**
 * Issue 5, end to end: in a new draft, typing a treaty's name offers its footnote; Alt+Enter takes it, ¹
 * appears and the pane shows the citation; a second treaty of the same series right after is "Ibid., …";
 * editing the first citation by hand re-derives the second.
 */
describe('footnotes, end to end in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  // Slate pads inline voids with a zero-width character; the delegate does not see it
  const clean = (texts: (string | null)[]) => texts.map((t) => (t ?? '').replace(/\uFEFF/g, ''));
  const paneTexts = async () => clean(await h.page.locator('.footnotes-pane li .fn-jump').allTextContents());
  const markers = async () => clean(await h.page.locator('.document sup.footnote-ref').allTextContents());

  it('offers the footnote for a typed treaty, and Ibid. for the next one of the series', async () => {
    const { page } = h;
    await page.locator('.doc-title').click();
    await page.keyboard.type('Rights of the child');
    await page.keyboard.press('Enter'); // on to the formula
    await page.keyboard.press('Enter'); // on to the first preambular paragraph
    await page.keyboard.type('Recalling the Convention on the Rights of the Child,');

    const chip = page.locator('.footnote-offer-chip');
    await expect.poll(() => chip.textContent()).toMatch(/footnote it: United Nations, Treaty Series, vol\. 1577, No\. 27531\./);
    await page.screenshot({ path: join(OUTPUT_DIR, 'footnotes-chip.png') });
    await page.keyboard.press('Alt+Enter');
    await expect.poll(markers).toEqual(['1']);
    await expect.poll(paneTexts).toEqual(['1United Nations, Treaty Series, vol. 1577, No. 27531.']);
    expect(await chip.count()).toBe(0);

    await page.keyboard.type(' the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography,');
    await expect.poll(() => chip.textContent()).toMatch(/vol\. 2171, No\. 27531/);
    await page.keyboard.press('Alt+Enter');
    await expect.poll(markers).toEqual(['1', '2']);
    await expect.poll(paneTexts).toEqual(['1United Nations, Treaty Series, vol. 1577, No. 27531.', '2Ibid., vol. 2171, No. 27531.']);
    // Ibid. is italic (ibidStyle italic, the default), so is Treaty Series
    expect(await page.locator('.footnotes-pane li').nth(1).locator('em').allTextContents()).toEqual(['Ibid.']);
    // typing went on after the marker: the paragraph reads as a delegate would write it
    await expect.poll(async () => clean([await page.locator('.document .pp').first().textContent()])[0]).toMatch(/Child,1 the Optional Protocol .* pornography,2$/);
    await page.screenshot({ path: join(OUTPUT_DIR, 'footnotes-offer.png') });
    expect(h.pageErrors).toEqual([]);
  });

  it('jumps to a reference from the pane and re-derives Ibid. after a citation is edited by hand', async () => {
    const { page } = h;
    await page.locator('.footnotes-pane li .fn-jump').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-slate-editor]') !== null)).toBe(true);

    const first = page.locator('.footnotes-pane li').first();
    await first.getByRole('button', { name: 'Edit citation' }).click();
    await first.getByPlaceholder(/Treaty Series/).fill('Council of Europe, European Treaty Series, No. 185.');
    await first.getByRole('button', { name: 'Read' }).click();
    await first.getByRole('button', { name: 'Save citation' }).click();
    await expect.poll(paneTexts).toEqual([
      '1Council of Europe, European Treaty Series, No. 185.',
      '2United Nations, Treaty Series, vol. 2171, No. 27531.',
    ]);
    await page.screenshot({ path: join(OUTPUT_DIR, 'footnotes-edited.png') });
    expect(h.pageErrors).toEqual([]);
  });

  it('Insert → Footnote adds a note at the caret and opens its citation form', async () => {
    const { page } = h;
    await page.locator('.document .op').first().click();
    await page.keyboard.type('Decides to remain seized of the matter.');
    await runMenu(page, 'Insert', 'Footnote…');
    const form = page.getByRole('form', { name: 'Citation' });
    await form.getByLabel('Kind').selectOption('text');
    await form.getByLabel(/Text/).fill('An *explanatory* note.');
    await form.getByRole('button', { name: 'Save citation' }).click();
    await expect.poll(paneTexts).toEqual([
      '1Council of Europe, European Treaty Series, No. 185.',
      '2United Nations, Treaty Series, vol. 2171, No. 27531.',
      '3An explanatory note.',
    ]);
    await expect.poll(async () => clean([await page.locator('.document .op').first().textContent()])[0]).toMatch(/matter\.3$/);
    expect(h.pageErrors).toEqual([]);
  });
});
