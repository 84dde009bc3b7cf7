import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/export/docx/build-document';
import { exportDocumentOf } from '../../../shared/export/export-document';
import { toMarkdown } from '../../../shared/export/markdown';
import { importDocument } from '../../../shared/import/index';
import type { PenholderFile } from '../../../shared/model/file-schema';
import { summarize } from '../../../shared/summary/summary';
import { EXPORT_SEEDS, handCase, handCases, importSeed, type SeedKey } from '../../support/export-fixtures';

const FORMATS = {
  md: async (file: PenholderFile) => new TextEncoder().encode(toMarkdown(exportDocumentOf(file))),
  docx: async (file: PenholderFile) => new Uint8Array(await Packer.toBuffer(buildDocument(exportDocumentOf(file)))),
};

/** What must survive export → import: every paragraph (ref, opener, text), the footnotes, the structure. */
const kept = (file: PenholderFile) => {
  const s = summarize(file.body, file.settings);
  return { kind: s.kind, title: s.title, adoptingBody: s.adoptingBody, nested: s.nested?.adoptingBody ?? null, paragraphs: s.paragraphs, footnotes: s.footnotes };
};

const inputs: [string, () => Promise<PenholderFile>][] = [
  ...handCases().map((name): [string, () => Promise<PenholderFile>] => [name, async () => handCase(name)]),
  ...(Object.keys(EXPORT_SEEDS) as SeedKey[]).map((key): [string, () => Promise<PenholderFile>] => [`seed ${key}`, () => importSeed(key)]),
];

describe.each(Object.keys(FORMATS) as (keyof typeof FORMATS)[])('round trip through %s', (format) => {
  it.each(inputs)('%s: import(export(x)) keeps the paragraphs, openers and footnotes', async (_name, load) => {
    const file = await load();
    const back = await importDocument({ name: `export.${format}`, bytes: await FORMATS[format](file) });
    expect(back.ok, back.ok ? '' : back.error).toBe(true);
    if (!back.ok) return;
    expect(kept(back.file)).toEqual(kept(file));
  });
});
