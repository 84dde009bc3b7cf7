import { z } from 'zod';
import { parsePenholderFile } from '../../../shared/model/read-file';
import type { MainDeps } from '../deps';
import { ok } from './result';
import type { Parsed } from './types';
import { onUserFile, readUserJson, setAsideDamaged, userDataPath, writeUserJson } from './user-data';

/**
 * Autosave for crash recovery. The renderer writes the unsaved document here every few seconds while it is
 * dirty, and discards it after a save or when the delegate declines it. The file therefore survives exactly
 * the cases where work was lost: after a crash, the next start's takeRecovery returns it and the renderer
 * offers it. "Take" leaves the file in place until discarded, so a second crash before saving loses nothing.
 */
const FILE = 'recovery.json';
const Stored = z.object({ path: z.string().nullable(), savedAt: z.string(), file: z.unknown() });

export function writeRecovery(deps: MainDeps, req: Parsed<'writeRecovery'>) {
  return onUserFile(deps, FILE, async () => {
    await writeUserJson(deps, FILE, { path: req.path, savedAt: deps.now().toISOString(), file: req.file });
    return ok({});
  });
}

export function takeRecovery(deps: MainDeps) {
  return onUserFile(deps, FILE, async () => {
    const stored = await readUserJson(deps, FILE);
    if (stored.state === 'missing') return ok({ recovery: null });
    const outer = stored.state === 'present' ? Stored.safeParse(stored.value) : null;
    // the document goes through migrations like any file, so a recovery from an older version still opens
    const inner = outer?.success ? parsePenholderFile(JSON.stringify(outer.data.file)) : null;
    if (!outer?.success || !inner?.ok) {
      await setAsideDamaged(deps, FILE);
      return ok({ recovery: null });
    }
    return ok({ recovery: { path: outer.data.path, savedAt: outer.data.savedAt, file: inner.file } });
  });
}

export function discardRecovery(deps: MainDeps) {
  return onUserFile(deps, FILE, async () => {
    await deps.fs.rm(userDataPath(deps, FILE), { force: true });
    return ok({});
  });
}
