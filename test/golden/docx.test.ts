import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/export/docx/build-document';
import { exportDocumentOf } from '../../shared/export/export-document';
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

describe.each(Object.keys(EXPORT_SEEDS) as SeedKey[])('docx export of seed %s', (key) => {
  it('matches the committed word/*.xml', async () => {
    await expectGolden(`seed-${key}`, await importSeed(key));
  });
});
