import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/main/handlers/index';
import { createLaunchFiles, launchPathFromArgs } from '../../electron/main/launch-files';
import { tempFolders, testDeps } from './deps';

const cwd = '/home/delegate/Drafts';

describe('files the operating system asks Penholder to open', () => {
  it.each<[string, string[], string | null]>([
    ['a double-click on a document (packaged app: the file is the argument)', ['/opt/Penholder/penholder', '/home/delegate/Drafts/oceans.penholder.json'], '/home/delegate/Drafts/oceans.penholder.json'],
    ['a relative path, resolved against the launch folder', ['penholder', 'oceans.penholder.json'], '/home/delegate/Drafts/oceans.penholder.json'],
    ['a Word draft to import', ['penholder', '--no-sandbox', 'L.12.docx'], '/home/delegate/Drafts/L.12.docx'],
    ['development launch: the app folder and switches are not files', ['electron', '.', '--inspect=9229'], null],
    ['switches that look like files are skipped', ['penholder', '--log-file=x.txt'], null],
    ['the last file wins', ['penholder', 'a.md', 'b.xml'], '/home/delegate/Drafts/b.xml'],
    ['any capitalisation of the extension', ['penholder', 'DRAFT.DOCX'], '/home/delegate/Drafts/DRAFT.DOCX'],
    ['a file Penholder cannot read', ['penholder', 'budget.xlsx'], null],
  ])('%s', (_what, argv, expected) => {
    expect(launchPathFromArgs(argv, cwd)).toBe(expected);
  });

  it('keeps the latest file until the page takes it, once', () => {
    const files = createLaunchFiles();
    expect(files.take()).toBeNull();
    files.offerArgs(['penholder', 'first.penholder.json'], cwd);
    files.offerArgs(['penholder', '--flag'], cwd); // a launch without a file keeps the waiting one
    files.offer('/Users/delegate/second.docx'); // macOS open-file
    expect(files.take()).toBe('/Users/delegate/second.docx');
    expect(files.take()).toBeNull();
  });

  it('answers takeLaunchFile through the handler table, and null without launch files', async () => {
    const folders = await tempFolders();
    const files = createLaunchFiles();
    files.offerArgs(['penholder', 'oceans.penholder.json'], folders.documentsDir);
    const handlers = createHandlers(testDeps(folders, { launchFiles: files }));
    expect(await handlers.takeLaunchFile({})).toEqual({ ok: true, value: { path: join(folders.documentsDir, 'oceans.penholder.json') } });
    expect(await handlers.takeLaunchFile({})).toEqual({ ok: true, value: { path: null } });
    expect(await createHandlers(testDeps(folders)).takeLaunchFile({})).toEqual({ ok: true, value: { path: null } });
  });
});
