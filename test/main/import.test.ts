import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANCELLED } from '../../electron/main/errors';
import { importFile } from '../../electron/main/handlers/import';
import { importDocument } from '../../shared/import/index';
import { scriptedDialog, tempFolders, testDeps } from './deps';

const SEED = join(__dirname, '../../../shared/seeds/001_48a48206d42da546.txt');

describe('importFile', () => {
  it('imports an upload ({ name, dataBase64 }) exactly as the importer does', async () => {
    const bytes = await readFile(SEED);
    const direct = await importDocument({ name: 'seed.txt', bytes: new Uint8Array(bytes) });
    const result = await importFile(testDeps(await tempFolders()), { name: 'seed.txt', dataBase64: bytes.toString('base64') });
    expect(direct.ok).toBe(true);
    if (!direct.ok) return;
    expect(result).toEqual({ ok: true, value: { file: direct.file, report: direct.report, name: 'seed.txt' } });
  });

  it('imports from a path, or from the path the dialog returns', async () => {
    const folders = await tempFolders();
    const path = join(folders.documentsDir, 'draft.txt');
    await copyFile(SEED, path);
    const { dialog, asked } = scriptedDialog([path, null]);
    const deps = testDeps(folders, { dialog });
    const byPath = await importFile(deps, { path });
    const byDialog = await importFile(deps, {});
    expect(byPath).toMatchObject({ ok: true, value: { name: 'draft.txt' } });
    expect(byDialog).toEqual(byPath);
    expect(await importFile(deps, {})).toEqual({ ok: false, error: CANCELLED });
    expect(asked.map((a) => a.title)).toEqual(['Import a draft', 'Import a draft']);
  });

  it.each([
    ['not base64', { name: 'a.docx', dataBase64: 'this is *not* base64!' }, /^the uploaded file is not valid base64$/],
    ['an empty upload', { name: 'a.txt', dataBase64: '' }, /empty/],
    ['a missing file', { path: '/nonexistent/draft.docx' }, /^draft\.docx: no such file or folder$/],
  ])('%s gives one clear line', async (_case, request, message) => {
    const result = await importFile(testDeps(await tempFolders()), request);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message) });
    if (!result.ok) expect(result.error).not.toContain('\n');
  });
});
