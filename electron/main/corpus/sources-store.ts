import { join } from 'node:path';
import { z } from 'zod';
import type { FileSystem } from '../deps';

/** A source as stored (its paragraph count is known only once loaded). */
export const StoredSource = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['default', 'akn-folder', 'documents']),
  path: z.string().nullable(),
  enabled: z.boolean(),
});
export type StoredSource = z.infer<typeof StoredSource>;

export const DEFAULT_SOURCE: StoredSource = {
  id: 'default',
  name: 'United Nations resolutions (General Assembly 2019–2025, Security Council 2000–2024)',
  kind: 'default',
  path: null,
  enabled: true,
};

const FILE = 'sources.json';

/** The user's sources, default first; a missing or damaged file gives the default alone. */
export async function readSources(fs: Pick<FileSystem, 'readFile'>, dir: string): Promise<StoredSource[]> {
  let stored: StoredSource[] = [];
  try {
    const parsed = z.array(StoredSource).safeParse(JSON.parse(await fs.readFile(join(dir, FILE), 'utf8')));
    if (parsed.success) stored = parsed.data;
  } catch {
    // first start, or the file was damaged: start from the default
  }
  const saved = stored.find((s) => s.id === DEFAULT_SOURCE.id);
  return [{ ...DEFAULT_SOURCE, enabled: saved?.enabled ?? true }, ...stored.filter((s) => s.id !== DEFAULT_SOURCE.id)];
}

/** Writes the list (temp file, then rename). */
export async function writeSources(fs: Pick<FileSystem, 'writeFile' | 'rename' | 'mkdir'>, dir: string, sources: readonly StoredSource[]): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const temp = join(dir, `${FILE}.tmp`);
  await fs.writeFile(temp, `${JSON.stringify(sources, null, 2)}\n`);
  await fs.rename(temp, join(dir, FILE));
}
