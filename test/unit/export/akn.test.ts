import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toAkn } from '../../../shared/export/akn';
import { exportDocumentOf } from '../../../shared/export/export-document';
import { importDocument } from '../../../shared/import/index';
import type { PenholderFile } from '../../../shared/model/file-schema';
import { summarize } from '../../../shared/summary/summary';
import { EXPORT_SEEDS, handCase, handCases, importSeed, type SeedKey } from '../../support/export-fixtures';
import { findAll, parseXml, textOf } from '../../support/xml-tree';

const SCHEMA = fileURLToPath(new URL('../../../../shared/data/akn-schema/akomantoso30.xsd', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'penholder-akn-'));

/** xmllint against the OASIS schema; returns its complaint, or '' when the file validates. */
function schemaErrors(xml: string, name: string): string {
  const path = join(folder, `${name.replace(/\W+/g, '-')}.xml`);
  writeFileSync(path, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', SCHEMA, path], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

const inputs: [string, () => Promise<PenholderFile>][] = [
  ...handCases().map((name): [string, () => Promise<PenholderFile>] => [name, async () => handCase(name)]),
  ...(Object.keys(EXPORT_SEEDS) as SeedKey[]).map((key): [string, () => Promise<PenholderFile>] => [`seed ${key}`, () => importSeed(key)]),
];

const counts = (file: PenholderFile) => {
  const s = summarize(file.body, file.settings);
  return { preambular: s.preambular, operative: s.operative, subparagraphs: s.subparagraphs, footnotes: s.footnotes.length, title: s.title };
};

describe.each(inputs)('Akoma Ntoso export of %s', (name, load) => {
  it('validates against the OASIS Akoma Ntoso 3.0 schema', async () => {
    expect(schemaErrors(toAkn(exportDocumentOf(await load())), name)).toBe('');
  });

  it('names each preambular container by its opener and numbers the operative paragraphs', async () => {
    const file = await load();
    const xml = parseXml(toAkn(exportDocumentOf(file)));
    const summary = summarize(file.body, file.settings);
    const pps = summary.paragraphs.filter((p) => p.ref.startsWith('PP'));
    expect(findAll(xml, 'container').map((c) => c.attrs.name)).toEqual(pps.map((p) => p.opener || 'preamble'));
    const ops = summary.paragraphs.filter((p) => /^OP\d+$/.test(p.ref)).map((p) => `${p.ref.slice(2)}.`);
    expect(findAll(xml, 'num').map(textOf).filter((n) => /^\d+\.$/.test(n))).toEqual(ops);
    expect(findAll(xml, 'authorialNote').length).toBeGreaterThanOrEqual(summary.footnotes.length + summary.symbolFootnotes.length);
  });

  it('re-imports with the same counts', async () => {
    const file = await load();
    const back = await importDocument({ name: 'export.xml', bytes: new TextEncoder().encode(toAkn(exportDocumentOf(file))) });
    expect(back.ok, back.ok ? '' : back.error).toBe(true);
    if (back.ok) expect(counts(back.file)).toEqual(counts(file));
  });
});
