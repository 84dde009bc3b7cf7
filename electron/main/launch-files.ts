import { isAbsolute, resolve } from 'node:path';
import { OPENABLE_FILE } from './handlers/document-name';

/**
 * Files the operating system asks the app to open: a path on the command line (a double-click on a file
 * associated with Penholder starts `penholder <file>`), a second launch handing its path to the running app,
 * macOS's open-file event. Main keeps the latest; the page takes it at start and whenever its window is
 * focused (a second launch focuses it), then opens or imports it.
 */
export interface LaunchFiles {
  /** the path from a launch's arguments, if one names a file Penholder opens or imports */
  offerArgs(argv: readonly string[], cwd: string): void;
  /** a path the operating system named directly (macOS open-file) */
  offer(path: string): void;
  /** the waiting path, once; null when there is none */
  take(): string | null;
}

/** The last argument naming an openable file (switches skipped), made absolute against the launch's folder. */
export function launchPathFromArgs(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 0; i -= 1) {
    const arg = argv[i]!;
    if (arg.startsWith('-') || !OPENABLE_FILE.test(arg)) continue;
    return isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return null;
}

export function createLaunchFiles(): LaunchFiles {
  let waiting: string | null = null;
  return {
    offerArgs(argv, cwd) {
      waiting = launchPathFromArgs(argv, cwd) ?? waiting;
    },
    offer(path) {
      waiting = path;
    },
    take() {
      const path = waiting;
      waiting = null;
      return path;
    },
  };
}
