import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/export/docx/build-document';
import { exportDocumentOf } from '../../shared/export/export-document';
import { redlineDocument } from '../../shared/export/redline';
import type { PenholderFile } from '../../shared/model/file-schema';
import { packParts, prettyXml } from '../support/docx-parts';
import { EXPORT_SEEDS, handCase, handCases, importSeed, type SeedKey } from '../support/export-fixtures';

const PARTS = ['document', 'footnotes', 'numbering', 'styles'] as const;

/** The committed word/*.xml of a case; with CI set a missing or changed golden fails (update locally, read the diff). */
async function expectGolden(name: string, file: PenholderFile) {
  const parts = await packParts(buildDocument(exportDocumentOf(file)));
  for (const part of PARTS) {
    const xml = parts[`word/${part}.xml`];
    expect(xml, `word/${part}.xml is missing`).toBeDefined();
    await expect(prettyXml(xml!)).toMatchFileSnapshot(`./docx/${name}/${part}.xml`);
  }
}

describe.each(handCases())('docx export of the hand-written case %s', (name) => {
  it('matches the committed word/*.xml', async () => {
    await expectGolden(name, handCase(name));
  });
});

describe('docx redline of seed 003 against seed 001', () => {
  it('matches the committed word/document.xml and word/footnotes.xml', async () => {
    const [draft, adopted] = await Promise.all([importSeed('001'), importSeed('003')]);
    const redline = redlineDocument(draft.body, adopted.body, adopted.settings, { author: 'Mexico', date: '2024-05-01T12:00:00Z' });
    const parts = await packParts(buildDocument(redline));
    for (const part of ['document', 'footnotes'] as const) {
      await expect(prettyXml(parts[`word/${part}.xml`]!)).toMatchFileSnapshot(`./docx/redline-001-003/${part}.xml`);
    }
  });
});

describe.each(Object.keys(EXPORT_SEEDS) as SeedKey[])('docx export of seed %s', (key) => {
  it('matches the committed word/*.xml', async () => {
    await expectGolden(`seed-${key}`, await importSeed(key));
  });
});
