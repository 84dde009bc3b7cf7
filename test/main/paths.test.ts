import * as fs from 'node:fs/promises';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confinedPaths, desktopPaths } from '../../electron/main/paths';
import { tempFolders } from './deps';

describe('browser mode: paths confined to the documents folder', () => {
  it.each([
    ['a name', 'draft.penholder.json', 'draft.penholder.json'],
    ['a sub-folder', 'committee/draft.penholder.json', 'committee/draft.penholder.json'],
    ['a detour that stays inside', 'committee/../draft.penholder.json', 'draft.penholder.json'],
  ])('accepts %s', async (_case, path, expected) => {
    const { documentsDir } = await tempFolders();
    const real = await fs.realpath(documentsDir);
    expect(await confinedPaths(fs, documentsDir).resolve(path)).toBe(join(real, expected));
    expect(await confinedPaths(fs, documentsDir).resolve(join(real, path))).toBe(join(real, expected));
  });

  it.each([
    ['a parent folder', '../outside.penholder.json'],
    ['a deep escape', 'a/../../../etc/passwd'],
    ['an absolute path elsewhere', '/etc/passwd'],
    ['a symbolic link out of the folder', 'link/secret.txt'],
    ['a NUL byte', 'draft\0.penholder.json'],
    ['nothing', ''],
  ])('refuses %s', async (_case, path) => {
    const { root, documentsDir } = await tempFolders();
    await mkdir(join(root, 'private'));
    await writeFile(join(root, 'private', 'secret.txt'), 'secret');
    await symlink(join(root, 'private'), join(documentsDir, 'link'));
    await expect(confinedPaths(fs, documentsDir).resolve(path)).rejects.toThrow(/outside the documents folder|invalid/);
  });
});

describe('desktop: any absolute path the user picked', () => {
  it('accepts absolute paths and refuses relative ones', async () => {
    await expect(desktopPaths.resolve('/tmp/a/../draft.penholder.json')).resolves.toBe('/tmp/draft.penholder.json');
    await expect(desktopPaths.resolve('draft.penholder.json')).rejects.toThrow('a full path is needed');
  });
});
