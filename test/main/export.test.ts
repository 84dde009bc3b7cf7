import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANCELLED } from '../../electron/main/errors';
import { exportDocument } from '../../electron/main/handlers/export';
import { setPreferences } from '../../electron/main/handlers/preferences';
import { chromiumPrinter } from '../../electron/web/print-pdf-chromium';
import { Preferences } from '../../shared/settings/preferences';
import { serializePenholderFile } from '../../shared/model/read-file';
import { unzipParts } from '../support/docx-parts';
import { handCase } from '../support/export-fixtures';
import { findAll, parseXml } from '../support/xml-tree';
import { crashingBeforeRename, scriptedDialog, tempFolders, testDeps } from './deps';

const file = handCase('draft-with-subparagraphs');

/** The current text with one word changed, and the original kept as a named revision. */
const revised = () => {
  const body = JSON.parse(JSON.stringify(file.body)) as typeof file.body;
  const pp2 = body.find((n) => 'id' in n && n.id === 'pp2') as { children: { text: string }[] };
  pp2.children[1]!.text = ' that the Convention against Corruption represents a major step forward,';
  return { ...file, body, revisions: [{ id: 'rev-zero', label: 'Zero draft', symbol: null, date: '2024-01-01T00:00:00Z', note: '', body: file.body }] };
};

const authorsIn = (bytes: Buffer) =>
  new Set(findAll(parseXml(unzipParts(bytes)['word/document.xml']!), 'w:ins').map((c) => [c.attrs['w:author'], c.attrs['w:date']].join(' ')));

describe('exportDocument (File → Export)', () => {
  it.each([
    ['docx', 'draft.docx', (b: Buffer) => b.subarray(0, 2).toString() === 'PK'],
    ['md', 'draft.md', (b: Buffer) => b.toString().includes('*Recalling*')],
    ['akn', 'draft.xml', (b: Buffer) => b.toString().includes('<akomaNtoso')],
    ['pdf', 'draft.pdf', (b: Buffer) => b.subarray(0, 5).toString() === '%PDF-'],
  ] as const)('writes %s to the chosen path, with the extension added', async (to, name, looksRight) => {
    const folders = await tempFolders();
    const { dialog, asked } = scriptedDialog([join(folders.documentsDir, name.replace(/\.\w+$/, ''))]);
    const result = await exportDocument(testDeps(folders, { dialog, printPdf: chromiumPrinter() }), { file, to });
    expect(result).toEqual({ ok: true, value: { path: join(folders.documentsDir, name) } });
    expect(looksRight(await readFile(join(folders.documentsDir, name)))).toBe(true);
    expect(asked).toMatchObject([{ kind: 'save', title: 'Export' }]);
  });

  it('answers "cancelled" when the dialog is dismissed, and writes nothing', async () => {
    const folders = await tempFolders();
    expect(await exportDocument(testDeps(folders), { file, to: 'docx' })).toEqual({ ok: false, error: CANCELLED });
    expect(await readdir(folders.documentsDir)).toEqual([]);
  });

  it('writes a redline against a named revision, signed by the delegation in the preferences', async () => {
    const folders = await tempFolders();
    const deps = testDeps(folders);
    await setPreferences(deps, Preferences.parse({ author: 'A. Delegate', delegation: 'Mexico' }));
    const path = join(folders.documentsDir, 'redline.docx');
    const result = await exportDocument(deps, { file: revised(), to: 'docx', path, against: { kind: 'revision', id: 'rev-zero' } });
    expect(result).toEqual({ ok: true, value: { path } });
    expect(authorsIn(await readFile(path))).toEqual(new Set(['Mexico 2025-03-14T09:26:53Z']));
  });

  it('takes the base from a file, and the author from the request', async () => {
    const folders = await tempFolders();
    const base = join(folders.documentsDir, 'base.penholder.json');
    await writeFile(base, serializePenholderFile(file));
    const path = join(folders.documentsDir, 'redline.docx');
    const result = await exportDocument(testDeps(folders), { file: revised(), to: 'docx', path, against: { kind: 'file', path: base }, author: 'Peru' });
    expect(result.ok).toBe(true);
    expect(authorsIn(await readFile(path))).toEqual(new Set(['Peru 2025-03-14T09:26:53Z']));
  });

  it.each([
    [{ kind: 'revision' as const, id: 'nope' }, 'the chosen revision is not in this document'],
    [{ kind: 'corpus' as const, symbol: 'A/RES/77/233' }, 'A/RES/77/233 is not available as a base: import its text as a file instead'],
  ])('a base it cannot find is one clear line: %j', async (against, error) => {
    const folders = await tempFolders();
    const path = join(folders.documentsDir, 'x.docx');
    expect(await exportDocument(testDeps(folders), { file, to: 'docx', path, against })).toEqual({ ok: false, error });
  });

  it('refuses PDF where no printer is wired, a redline as PDF, and a redline in Markdown', async () => {
    const folders = await tempFolders();
    const path = join(folders.documentsDir, 'x');
    expect(await exportDocument(testDeps(folders), { file, to: 'pdf', path })).toEqual({ ok: false, error: 'PDF printing is not available here: export a Word document (docx) instead' });
    const printing = testDeps(folders, { printPdf: chromiumPrinter() });
    expect(await exportDocument(printing, { file: revised(), to: 'pdf', path, against: { kind: 'revision', id: 'rev-zero' } })).toMatchObject({ ok: false, error: /tracked changes/ });
    expect(await readdir(folders.documentsDir)).toEqual([]);
    expect(await exportDocument(testDeps(folders), { file, to: 'md', path, against: { kind: 'revision', id: 'rev-zero' } })).toMatchObject({ ok: false });
  });

  it('keeps the previous export when writing fails half-way', async () => {
    const folders = await tempFolders();
    const path = join(folders.documentsDir, 'draft.md');
    await writeFile(path, 'previous export');
    const result = await exportDocument(testDeps(folders, { fs: crashingBeforeRename({ cleanupToo: true }) }), { file, to: 'md', path });
    expect(result.ok).toBe(false);
    expect(await readFile(path, 'utf8')).toBe('previous export');
    expect(await readdir(folders.documentsDir)).toEqual(['draft.md']);
  });
});
