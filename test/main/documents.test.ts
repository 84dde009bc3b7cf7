import { chmod, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANCELLED } from '../../electron/main/errors';
import { listDocuments, openDocument, saveDocument } from '../../electron/main/handlers/documents';
import { MAX_RECENT, recentFiles } from '../../electron/main/handlers/recent-files';
import { makeFile, parsePenholderFile, serializePenholderFile } from '../../shared/model/read-file';
import type { PenholderFile } from '../../shared/model/file-schema';
import { doc, op, pp } from '../support/nodes';
import { crashingBeforeRename, diskFullHalfway, scriptedDialog, tempFolders, testDeps } from './deps';

const draft = (rest: string): PenholderFile =>
  makeFile(doc(pp('p1', 'Recalling', ' its resolution 74/174,'), op('o1', 'Decides', rest)));

const value = <T extends { ok: boolean }>(result: T) => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return (result as Extract<T, { ok: true }> & { value: unknown }).value as Extract<T, { ok: true }> extends { value: infer V } ? V : never;
};

describe('open and save', () => {
  it('round-trips a document through a real file', async () => {
    const folders = await tempFolders();
    const deps = testDeps(folders);
    const path = join(folders.documentsDir, 'draft.penholder.json');
    const file = draft(' to remain seized of the matter.');
    expect(value(await saveDocument(deps, { path, file }))).toEqual({ path });
    const opened = value(await openDocument(deps, { path }));
    expect(opened).toEqual({ path, file, migratedFrom: null });
    expect(await readFile(path, 'utf8')).toBe(serializePenholderFile(file));
  });

  it('Save As asks for a name from the title and adds the extension', async () => {
    const folders = await tempFolders();
    const { dialog, asked } = scriptedDialog([join(folders.documentsDir, 'my draft')]);
    const deps = testDeps(folders, { dialog });
    const saved = value(await saveDocument(deps, { file: draft(' to act.') }));
    expect(asked).toEqual([{ kind: 'save', title: 'Save the resolution', defaultName: 'Test.penholder.json' }]);
    expect(saved.path).toBe(join(folders.documentsDir, 'my draft.penholder.json'));
    expect((await stat(saved.path)).isFile()).toBe(true);
  });

  it('a cancelled dialog is reported as cancelled and writes nothing', async () => {
    const folders = await tempFolders();
    const deps = testDeps(folders, { dialog: scriptedDialog([null, null]).dialog });
    expect(await saveDocument(deps, { file: draft(' to act.') })).toEqual({ ok: false, error: CANCELLED });
    expect(await openDocument(deps, {})).toEqual({ ok: false, error: CANCELLED });
    expect(await readdir(folders.documentsDir)).toEqual([]);
  });
});

describe('atomic save', () => {
  it.each([
    ['a crash between writing the temp file and the rename (temp file left behind)', crashingBeforeRename({ cleanupToo: false }), 1],
    ['a rename that fails (temp file cleaned up)', crashingBeforeRename({ cleanupToo: true }), 0],
    ['a disk that fills up half-way through the write', diskFullHalfway(), 0],
  ] as const)('keeps the previous file intact after %s', async (_case, brokenFs, tempFilesLeft) => {
    const folders = await tempFolders();
    const path = join(folders.documentsDir, 'draft.penholder.json');
    const before = draft(' to remain seized of the matter.');
    value(await saveDocument(testDeps(folders), { path, file: before }));
    const bytesBefore = await readFile(path, 'utf8');

    const result = await saveDocument(testDeps(folders, { fs: brokenFs }), { path, file: draft(' something else entirely.') });

    expect(result.ok).toBe(false);
    expect(await readFile(path, 'utf8')).toBe(bytesBefore);
    const temps = (await readdir(folders.documentsDir)).filter((name) => name.endsWith('.tmp'));
    expect(temps).toHaveLength(tempFilesLeft);
    const reopened = value(await openDocument(testDeps(folders), { path }));
    expect(reopened.file).toEqual(before);
    const listed = value(await listDocuments(testDeps(folders)));
    expect(listed.entries.map((e) => e.name)).toEqual(['draft.penholder.json']);
  });

  it('leaves no temp file behind after a failure it survives', async () => {
    const folders = await tempFolders();
    const path = join(folders.documentsDir, 'draft.penholder.json');
    await saveDocument(testDeps(folders, { fs: diskFullHalfway() }), { path, file: draft(' to act.') });
    expect(await readdir(folders.documentsDir)).toEqual([]);
  });
});

describe('files this version cannot read', () => {
  const cases = [
    ['corrupt JSON', '{"format":"penholder","version":1,"body":[', /not valid JSON/],
    ['a newer format version', JSON.stringify({ format: 'penholder', version: 99, body: [] }), /newer Penholder \(format 99/],
    ['a foreign JSON file', JSON.stringify({ name: 'package' }), /not a Penholder document/],
    ['a damaged body', JSON.stringify({ format: 'penholder', version: 1, body: [{ type: 'nonsense' }] }), /damaged at body/],
  ] as const;

  it.each(cases)('%s: a clear message on open, and the file is never overwritten', async (_case, text, message) => {
    const folders = await tempFolders();
    const deps = testDeps(folders);
    const path = join(folders.documentsDir, 'broken.penholder.json');
    await writeFile(path, text);

    const opened = await openDocument(deps, { path });
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error).toMatch(message);
      expect(opened.error).toMatch(/^broken\.penholder\.json cannot be opened: .*The file was not changed\.$/);
      expect(opened.error).not.toMatch(/\n|at .*\.ts:/);
    }
    const saved = await saveDocument(deps, { path, file: draft(' to act.') });
    expect(saved).toMatchObject({ ok: false, error: expect.stringMatching(/it was not overwritten/) });
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('opens a version-0 file through the migration hook and says so', async () => {
    const folders = await tempFolders();
    const path = join(folders.documentsDir, 'old.penholder.json');
    const current = draft(' to act.');
    const { body, ...rest } = current;
    await writeFile(path, JSON.stringify({ ...rest, version: 0, document: body }));
    const opened = value(await openDocument(testDeps(folders), { path }));
    expect(opened.migratedFrom).toBe(0);
    expect(opened.file).toEqual(current);
  });

  it('a missing file is one plain line', async () => {
    const folders = await tempFolders();
    const result = await openDocument(testDeps(folders), { path: join(folders.documentsDir, 'gone.penholder.json') });
    expect(result).toEqual({ ok: false, error: 'gone.penholder.json: no such file or folder' });
  });
});

describe('recent files', () => {
  it('keeps the last ten opened or saved, most recent first, without duplicates or vanished files', async () => {
    const folders = await tempFolders();
    const deps = testDeps(folders);
    const paths = Array.from({ length: 12 }, (_, i) => join(folders.documentsDir, `d${i}.penholder.json`));
    for (const path of paths) value(await saveDocument(deps, { path, file: draft(' to act.') }));
    value(await openDocument(deps, { path: paths[5]! }));
    await rm(paths[11]!);

    const recent = value(await recentFiles(deps)).paths;
    expect(recent).toEqual([paths[5], paths[10], paths[9], paths[8], paths[7], paths[6], paths[4], paths[3], paths[2]]);
    expect(recent.length).toBeLessThan(MAX_RECENT);
    const stored = JSON.parse(await readFile(join(folders.userDataDir, 'recent-files.json'), 'utf8')) as { paths: string[] };
    expect(stored.paths).toHaveLength(MAX_RECENT);
  });

  it('starts empty and survives a damaged list', async () => {
    const folders = await tempFolders();
    const deps = testDeps(folders);
    expect(value(await recentFiles(deps)).paths).toEqual([]);
    await rm(folders.userDataDir, { recursive: true, force: true });
    const path = join(folders.documentsDir, 'a.penholder.json');
    value(await saveDocument(deps, { path, file: draft(' to act.') }));
    await writeFile(join(folders.userDataDir, 'recent-files.json'), '{oops');
    expect(value(await recentFiles(deps)).paths).toEqual([]);
    value(await openDocument(deps, { path }));
    expect(value(await recentFiles(deps)).paths).toEqual([path]);
  });
});

describe('listDocuments', () => {
  it('lists the documents folder, newest first, documents only', async () => {
    const folders = await tempFolders();
    const deps = testDeps(folders);
    for (const [name, minutes] of [['old', 10], ['new', 1], ['mid', 5]] as const) {
      const path = join(folders.documentsDir, `${name}.penholder.json`);
      value(await saveDocument(deps, { path, file: draft(' to act.') }));
      const when = new Date(Date.UTC(2025, 0, 1, 12, 60 - minutes));
      await utimes(path, when, when);
    }
    await writeFile(join(folders.documentsDir, 'notes.txt'), 'not a document');
    const listed = value(await listDocuments(deps));
    expect(listed.folder).toBe(folders.documentsDir);
    expect(listed.entries.map((e) => e.name)).toEqual(['new.penholder.json', 'mid.penholder.json', 'old.penholder.json']);
    expect(listed.entries[0]).toEqual({
      name: 'new.penholder.json',
      path: join(folders.documentsDir, 'new.penholder.json'),
      modified: '2025-01-01T12:59:00.000Z',
    });
    expect(parsePenholderFile(await readFile(listed.entries[0]!.path, 'utf8')).ok).toBe(true);
  });
});

describe('permissions', () => {
  it('a replaced file keeps its permissions', async () => {
    const folders = await tempFolders();
    const deps = testDeps(folders);
    const path = join(folders.documentsDir, 'private.penholder.json');
    value(await saveDocument(deps, { path, file: draft(' to act.') }));
    await chmod(path, 0o600);
    value(await saveDocument(deps, { path, file: draft(' to act now.') }));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });
});
