import * as fs from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileDialog, FileSystem, MainDeps } from '../../electron/main/deps';
import { desktopPaths } from '../../electron/main/paths';

/** A temp folder per test: documents/ and user-data/ inside it, real files throughout. */
export async function tempFolders(prefix = 'penholder-main-') {
  const root = await mkdtemp(join(tmpdir(), prefix));
  const documentsDir = join(root, 'documents');
  const userDataDir = join(root, 'user-data');
  await fs.mkdir(documentsDir);
  return { root, documentsDir, userDataDir };
}

/** The one thing that cannot run here is a native dialog: this one answers from a queue and records what was asked. */
export function scriptedDialog(answers: (string | null)[] = []) {
  const asked: { kind: 'open' | 'save'; title: string; defaultName?: string }[] = [];
  const dialog: FileDialog = {
    chooseOpen: async ({ title }) => {
      asked.push({ kind: 'open', title });
      return answers.shift() ?? null;
    },
    chooseSave: async ({ title, defaultName }) => {
      asked.push({ kind: 'save', title, defaultName });
      return answers.shift() ?? null;
    },
  };
  return { dialog, asked };
}

export function testDeps(folders: { documentsDir: string; userDataDir: string }, overrides: Partial<MainDeps> = {}): MainDeps {
  return {
    fs,
    userDataDir: folders.userDataDir,
    documentsDir: folders.documentsDir,
    dialog: scriptedDialog().dialog,
    paths: desktopPaths,
    window: { setState: () => undefined },
    now: () => new Date('2025-03-14T09:26:53.000Z'),
    ...overrides,
  };
}

/** The real fs, except that rename fails as if the process died between writing the temp file and renaming it. */
export function crashingBeforeRename(options: { cleanupToo: boolean }): FileSystem {
  const crash = () => Object.assign(new Error('simulated crash before rename'), { code: 'EIO' });
  return {
    ...fs,
    rename: async () => {
      throw crash();
    },
    // a real crash runs no cleanup: the temp file stays behind
    rm: options.cleanupToo ? fs.rm : async () => undefined,
  };
}

/** The real fs, except that writing the temp file stops half-way with a full disk. */
export function diskFullHalfway(): FileSystem {
  return {
    ...fs,
    open: (async (path: string, flags?: string, mode?: number) => {
      const handle = await fs.open(path, flags, mode);
      if (flags !== 'wx') return handle;
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') {
            return async (data: string | Uint8Array) => {
              await target.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data.slice(0, data.length / 2));
              throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
            };
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    }) as FileSystem['open'],
  };
}
