import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileSystem } from '../deps';

/**
 * Writes `data` to `path` so that a crash at any moment leaves either the old file or the new one, never half
 * of either: write a temp file in the same folder (a rename is only atomic within one file system), fsync it,
 * rename it over the target, then fsync the folder so the rename itself survives a power cut. On failure the
 * temp file is removed and the original is untouched. The export handler reuses this for .docx/.md/.xml.
 */
export async function writeFileAtomic(fs: FileSystem, path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  // a replaced file keeps its permissions (a private draft stays private)
  const mode = await fs.stat(path).then(
    (info) => info.mode & 0o777,
    () => 0o644,
  );
  let handle: Awaited<ReturnType<FileSystem['open']>> | null = null;
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, path);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, folder);
}

/** Best effort: Linux and macOS can fsync a directory; Windows cannot open one, and NTFS journals renames anyway. */
async function syncFolder(fs: FileSystem, folder: string): Promise<void> {
  try {
    const dir = await fs.open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // the data itself is already synced and renamed
  }
}
