import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { INDEX_FORMAT } from '../../../shared/agreed-language/serialize';
import { SearchIndex } from '../../../shared/agreed-language/search-index';
import type { FileSystem } from '../deps';

/** What the cache needs from the file system (a subset of MainDeps['fs']). */
export type CacheFs = Pick<FileSystem, 'readFile' | 'writeFile' | 'mkdir' | 'rename' | 'unlink' | 'stat'>;

/** A stamp for what an index was built from: files with size and time, options, the index format. */
export async function inputStamp(fs: Pick<FileSystem, 'stat'>, files: readonly string[], options: unknown = null): Promise<string> {
  const parts = [];
  for (const file of files) {
    const info = await fs.stat(file);
    parts.push([file, info.size, Math.round(info.mtimeMs)]);
  }
  return createHash('sha256').update(JSON.stringify({ format: INDEX_FORMAT, parts, options })).digest('hex');
}

export interface CachedIndex {
  index: SearchIndex;
  fromCache: boolean;
}

/**
 * The index for `stamp`: loaded from `<dir>/<name>.phix` when its stamp matches, else built and written
 * (temp file, then rename, so a crash never leaves half a cache). A damaged cache is rebuilt, never fatal;
 * a cache that cannot be written is only a slower next start.
 */
export async function cachedIndex(
  fs: CacheFs,
  options: { dir: string; name: string; stamp: string; build: () => Promise<SearchIndex> | SearchIndex },
): Promise<CachedIndex> {
  const path = join(options.dir, `${options.name}.phix`);
  try {
    const loaded = SearchIndex.load(new Uint8Array(await fs.readFile(path)));
    if (loaded.ok && loaded.stamp === options.stamp) return { index: loaded.index, fromCache: true };
  } catch {
    // no cache yet: build it
  }
  const index = await options.build();
  try {
    await fs.mkdir(options.dir, { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await fs.writeFile(temp, index.serialize(options.stamp));
    await fs.rename(temp, path);
  } catch {
    // read-only or full disk: search works from memory
  }
  return { index, fromCache: false };
}
