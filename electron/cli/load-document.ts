import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { importDocument } from '../../shared/import/index';
import type { PenholderFile } from '../../shared/model/file-schema';
import { parsePenholderFile } from '../../shared/model/read-file';
import type { ImportReport } from '../../shared/ipc/contract';
import { CliError } from './command';

/** Files larger than this are refused before reading: no resolution comes near it. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface LoadedDocument {
  file: PenholderFile;
  /** null for a Penholder document, the import report otherwise */
  report: ImportReport | null;
}

/**
 * Reads a `*.penholder.json` document, or imports any importable file on the fly (cli.md "General").
 * Every failure is a CliError with one plain line.
 */
export async function loadDocument(path: string): Promise<LoadedDocument> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${path}: not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: no such file or it cannot be read`);
  }
  if (size > MAX_INPUT_BYTES) throw new CliError(`${path}: too large (${Math.round(size / 1048576)} MB); the limit is 64 MB`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    throw new CliError(`${path}: the file cannot be read`);
  }
  if (path.endsWith('.penholder.json')) {
    const result = parsePenholderFile(new TextDecoder().decode(bytes));
    if (!result.ok) throw new CliError(`${path}: ${result.error}`);
    return { file: result.file, report: null };
  }
  const imported = importDocument({ name: basename(path), bytes });
  if (!imported.ok) throw new CliError(imported.error.startsWith(basename(path)) ? imported.error : `${path}: ${imported.error}`);
  return { file: imported.file, report: imported.report };
}
