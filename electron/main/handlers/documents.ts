import { basename, join } from 'node:path';
import type { Channel, Res } from '../../../shared/ipc/contract';
import { parsePenholderFile, serializePenholderFile } from '../../../shared/model/read-file';
import type { FileSystem, MainDeps } from '../deps';
import { CANCELLED, UserError } from '../errors';
import { writeFileAtomic } from './atomic-write';
import { documentFilter, DOCUMENT_EXTENSION, suggestedFileName, withDocumentExtension } from './document-name';
import { addRecent } from './recent-files';
import { fail, guarded, ok } from './result';
import type { Parsed } from './types';

/** No resolution comes near this; a bigger file is refused before it is read. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

type Out<C extends Channel> = Promise<Res<C>>;

/**
 * Opens a `*.penholder.json` document (from the path, or the open dialog). A corrupt, foreign or newer-version
 * file gets one clear line and is left exactly as it was.
 */
export async function openDocument(deps: MainDeps, req: Parsed<'openDocument'>): Out<'openDocument'> {
  let chosen: string | null = req.path ?? null;
  return guarded(async () => {
    chosen ??= await deps.dialog.chooseOpen({ title: 'Open a resolution', filters: [documentFilter] });
    if (chosen === null) return fail(CANCELLED);
    const path = await deps.paths.resolve(chosen);
    const parsed = parsePenholderFile(await readText(deps.fs, path));
    if (!parsed.ok) return fail(`${basename(path)} cannot be opened: ${parsed.error}. The file was not changed.`);
    await addRecent(deps, path);
    return ok({ path, file: parsed.file, migratedFrom: parsed.migratedFrom });
  }, () => chosen ?? undefined);
}

/** Saves atomically (temp file, fsync, rename); without a path, asks where (Save As). */
export async function saveDocument(deps: MainDeps, req: Parsed<'saveDocument'>): Out<'saveDocument'> {
  let chosen: string | null = req.path ?? null;
  return guarded(async () => {
    const defaultName = suggestedFileName(req.file.body);
    chosen ??= await deps.dialog.chooseSave({ title: 'Save the resolution', defaultName, filters: [documentFilter] });
    if (chosen === null) return fail(CANCELLED);
    const path = await deps.paths.resolve(withDocumentExtension(chosen));
    await refuseForeignTarget(deps.fs, path);
    await writeFileAtomic(deps.fs, path, serializePenholderFile(req.file));
    await addRecent(deps, path);
    return ok({ path });
  }, () => chosen ?? undefined);
}

/** The `*.penholder.json` files of the documents folder, newest first. */
export function listDocuments(deps: MainDeps): Out<'listDocuments'> {
  return guarded(() => listFolder(deps), () => deps.documentsDir);
}

async function listFolder(deps: MainDeps) {
  const folder = deps.documentsDir;
  const names = await deps.fs.readdir(folder, { withFileTypes: true });
  const entries = [];
  for (const entry of names) {
    if (!entry.isFile() || !entry.name.toLowerCase().endsWith(DOCUMENT_EXTENSION)) continue;
    const path = join(folder, entry.name);
    const info = await deps.fs.stat(path).catch(() => null);
    if (info) entries.push({ name: entry.name, path, modified: info.mtime.toISOString() });
  }
  entries.sort((a, b) => b.modified.localeCompare(a.modified) || a.name.localeCompare(b.name));
  return ok({ folder, entries });
}

async function readText(fs: FileSystem, path: string): Promise<string> {
  const info = await fs.stat(path);
  if (!info.isFile()) throw new UserError(`${basename(path)}: not a file`);
  if (info.size > MAX_DOCUMENT_BYTES) throw new UserError(`${basename(path)}: too large to be a Penholder document`);
  return fs.readFile(path, 'utf8');
}

/**
 * Saving over a file this version cannot read (corrupt, foreign, or from a newer Penholder) would destroy it:
 * refuse, and let the delegate choose another name.
 */
async function refuseForeignTarget(fs: FileSystem, path: string): Promise<void> {
  let text: string;
  try {
    text = await readText(fs, path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return;
    throw error;
  }
  const existing = parsePenholderFile(text);
  if (!existing.ok) {
    throw new UserError(
      `${basename(path)} exists and is not a document this version can read (${existing.error}); it was not overwritten. Save under another name.`,
    );
  }
}
