import { Preferences } from '../../../shared/settings/preferences';
import type { MainDeps } from '../deps';
import { ok } from './result';
import type { Parsed } from './types';
import { onUserFile, readUserJson, setAsideDamaged, writeUserJson } from './user-data';

const FILE = 'preferences.json';

/** The user's preferences; defaults when none are saved. A damaged file is set aside, never silently reused. */
export function getPreferences(deps: MainDeps) {
  return onUserFile(deps, FILE, async () => {
    const stored = await readUserJson(deps, FILE);
    const parsed = stored.state === 'present' ? Preferences.safeParse(stored.value) : null;
    if (parsed?.success) return ok(parsed.data);
    if (stored.state !== 'missing') await setAsideDamaged(deps, FILE);
    return ok(Preferences.parse({}));
  });
}

export function setPreferences(deps: MainDeps, req: Parsed<'setPreferences'>) {
  return onUserFile(deps, FILE, async () => {
    await writeUserJson(deps, FILE, req);
    return ok(req);
  });
}
