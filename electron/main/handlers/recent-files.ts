import { z } from 'zod';
import type { MainDeps } from '../deps';
import { guarded, ok } from './result';
import { readUserJson, serialized, userDataPath, writeUserJson } from './user-data';

const FILE = 'recent-files.json';
export const MAX_RECENT = 10;
const Stored = z.object({ paths: z.array(z.string()) });

async function readRecent(deps: Pick<MainDeps, 'fs' | 'userDataDir'>): Promise<string[]> {
  const stored = await readUserJson(deps, FILE);
  if (stored.state !== 'present') return [];
  const parsed = Stored.safeParse(stored.value);
  return parsed.success ? parsed.data.paths : [];
}

/** Puts `path` first in the list kept in the user-data folder (at most MAX_RECENT, no duplicates). */
export function addRecent(deps: Pick<MainDeps, 'fs' | 'userDataDir'>, path: string): Promise<void> {
  return serialized(userDataPath(deps, FILE), async () => {
    const paths = [path, ...(await readRecent(deps)).filter((p) => p !== path)].slice(0, MAX_RECENT);
    await writeUserJson(deps, FILE, { paths });
  });
}

/** The recent documents that still exist and that this mode may open, most recent first. */
export function recentFiles(deps: MainDeps) {
  return guarded(() => existingRecent(deps));
}

async function existingRecent(deps: MainDeps) {
  const paths: string[] = [];
  for (const path of await readRecent(deps)) {
    const allowed = await deps.paths.resolve(path).catch(() => null);
    if (allowed === null) continue;
    const info = await deps.fs.stat(allowed).catch(() => null);
    if (info?.isFile()) paths.push(allowed);
  }
  return ok({ paths });
}
