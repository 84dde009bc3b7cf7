import { join } from 'node:path';
import type { MainDeps } from '../deps';
import { writeFileAtomic } from './atomic-write';
import { guarded } from './result';

/** A JSON file in the user-data folder: missing, unreadable as JSON, or its value. */
export type Stored = { state: 'missing' } | { state: 'damaged' } | { state: 'present'; value: unknown };

export const userDataPath = (deps: Pick<MainDeps, 'userDataDir'>, name: string) => join(deps.userDataDir, name);

export async function readUserJson(deps: Pick<MainDeps, 'fs' | 'userDataDir'>, name: string): Promise<Stored> {
  let text: string;
  try {
    text = await deps.fs.readFile(userDataPath(deps, name), 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  try {
    return { state: 'present', value: JSON.parse(text) as unknown };
  } catch {
    return { state: 'damaged' };
  }
}

export async function writeUserJson(deps: Pick<MainDeps, 'fs' | 'userDataDir'>, name: string, value: unknown): Promise<void> {
  await deps.fs.mkdir(deps.userDataDir, { recursive: true });
  await writeFileAtomic(deps.fs, userDataPath(deps, name), `${JSON.stringify(value)}\n`);
}

/** A damaged file is kept beside under a dated name (nothing is lost), so the next write starts clean. */
export async function setAsideDamaged(deps: Pick<MainDeps, 'fs' | 'userDataDir' | 'now'>, name: string): Promise<void> {
  const stamp = deps.now().toISOString().replace(/[:.]/g, '-');
  await deps.fs.rename(userDataPath(deps, name), userDataPath(deps, `${name}.damaged-${stamp}`)).catch(() => undefined);
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs read-modify-write steps on one file one after another: two autosaves or two "add recent" calls in
 * flight must not interleave, or the older one could land last.
 */
export function serialized<T>(key: string, step: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(step, step);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}

/** A handler's work on one user-data file: queued behind other work on that file, failures as `{ ok: false }`. */
export const onUserFile = <T>(deps: Pick<MainDeps, 'userDataDir'>, name: string, work: () => Promise<T>) =>
  guarded(() => serialized(userDataPath(deps, name), work));
