import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPreferences, setPreferences } from '../../electron/main/handlers/preferences';
import { Preferences } from '../../shared/settings/preferences';
import { tempFolders, testDeps } from './deps';

describe('preferences', () => {
  it('are the defaults until set, then what was set, across restarts', async () => {
    const folders = await tempFolders();
    expect(await getPreferences(testDeps(folders))).toEqual({ ok: true, value: Preferences.parse({}) });
    const mine = Preferences.parse({ author: 'Colombia', delegation: 'Colombia', disabledRules: ['ize-spelling'], trackChanges: true });
    expect(await setPreferences(testDeps(folders), mine)).toEqual({ ok: true, value: mine });
    expect(await getPreferences(testDeps(folders))).toEqual({ ok: true, value: mine });
  });

  it('a damaged file gives the defaults and is kept aside', async () => {
    const folders = await tempFolders();
    const deps = testDeps(folders);
    await setPreferences(deps, Preferences.parse({ author: 'Philippines' }));
    await writeFile(join(folders.userDataDir, 'preferences.json'), '{"author": 42}');
    expect(await getPreferences(deps)).toEqual({ ok: true, value: Preferences.parse({}) });
    expect(await readdir(folders.userDataDir)).toEqual(['preferences.json.damaged-2025-03-14T09-26-53-000Z']);
  });
});
