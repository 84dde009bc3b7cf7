import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardRecovery, takeRecovery, writeRecovery } from '../../electron/main/handlers/recovery';
import { makeFile } from '../../shared/model/read-file';
import { doc, op } from '../support/nodes';
import { tempFolders, testDeps } from './deps';

const unsaved = makeFile(doc(op('o1', 'Decides', ' to remain seized of the matter.')));

describe('crash recovery', () => {
  it('offers nothing on a clean start', async () => {
    const deps = testDeps(await tempFolders());
    expect(await takeRecovery(deps)).toEqual({ ok: true, value: { recovery: null } });
  });

  it('after a crash (recovery written, never discarded) the next start gets the unsaved text back', async () => {
    const folders = await tempFolders();
    const path = join(folders.documentsDir, 'draft.penholder.json');
    expect(await writeRecovery(testDeps(folders), { path, file: unsaved })).toEqual({ ok: true, value: {} });

    // "next start": a fresh set of deps on the same user-data folder
    const next = testDeps(folders);
    const expected = { ok: true, value: { recovery: { path, savedAt: '2025-03-14T09:26:53.000Z', file: unsaved } } };
    expect(await takeRecovery(next)).toEqual(expected);
    // taking does not delete: a second crash before the delegate decides loses nothing
    expect(await takeRecovery(next)).toEqual(expected);
    expect(await discardRecovery(next)).toEqual({ ok: true, value: {} });
    expect(await takeRecovery(next)).toEqual({ ok: true, value: { recovery: null } });
  });

  it('keeps an untitled document (no path) and the latest autosave when several race', async () => {
    const folders = await tempFolders();
    const deps = testDeps(folders);
    const versions = ['one', 'two', 'three', 'four'].map((word) => makeFile(doc(op('o1', 'Decides', ` ${word}.`))));
    await Promise.all(versions.map((file) => writeRecovery(deps, { path: null, file })));
    const taken = await takeRecovery(deps);
    expect(taken).toMatchObject({ ok: true, value: { recovery: { path: null, file: versions[3] } } });
    expect((await readdir(folders.userDataDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a damaged recovery file is set aside (kept, renamed) and not offered', async () => {
    const folders = await tempFolders();
    const deps = testDeps(folders);
    await writeRecovery(deps, { path: null, file: unsaved });
    await writeFile(join(folders.userDataDir, 'recovery.json'), '{"path":null,"savedAt":"x","file":{"format":"pen');
    expect(await takeRecovery(deps)).toEqual({ ok: true, value: { recovery: null } });
    const names = await readdir(folders.userDataDir);
    const aside = names.find((n) => n.startsWith('recovery.json.damaged-'));
    expect(aside).toBe('recovery.json.damaged-2025-03-14T09-26-53-000Z');
    expect(await readFile(join(folders.userDataDir, aside!), 'utf8')).toContain('"format":"pen');
    expect(names).not.toContain('recovery.json');
  });
});
