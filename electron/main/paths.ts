import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { FileSystem, PathPolicy } from './deps';
import { UserError } from './errors';

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

const checkName = (path: string) => {
  if (path.length === 0 || path.includes('\0')) throw new UserError('the file name is empty or invalid');
};

/** The desktop app: the user picked the path in a native dialog or from recent files, so any absolute path. */
export const desktopPaths: PathPolicy = {
  resolve: async (path) => {
    checkName(path);
    if (!isAbsolute(path)) throw new UserError(`${path}: a full path is needed`);
    return resolve(path);
  },
};

/**
 * Browser mode: every path (relative to the folder, or absolute inside it) must stay inside `root`, also
 * after following symbolic links, so a page on 127.0.0.1 can never read or write elsewhere.
 */
export function confinedPaths(fs: FileSystem, root: string): PathPolicy {
  return {
    resolve: async (path) => {
      checkName(path);
      const realRoot = await fs.realpath(root);
      const full = resolve(realRoot, path);
      if (!inside(realRoot, full)) throw new UserError(`${path}: outside the documents folder`);
      if (!inside(realRoot, await realExisting(fs, full))) throw new UserError(`${path}: outside the documents folder`);
      return full;
    },
  };
}

/** The real path of `path`, or of its nearest existing ancestor when it does not exist yet (a new file). */
async function realExisting(fs: FileSystem, path: string): Promise<string> {
  for (let current = path; ; current = dirname(current)) {
    try {
      return await fs.realpath(current);
    } catch {
      if (dirname(current) === current) return current;
    }
  }
}
