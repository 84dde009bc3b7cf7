import { basename } from 'node:path';
import { importDocument } from '../../../shared/import/index';
import type { MainDeps } from '../deps';
import { CANCELLED, UserError } from '../errors';
import { fail, guarded, ok } from './result';
import type { Parsed } from './types';

/** As for documents: no draft comes near it; base64 uploads are a third larger. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export const importFilters = [
  { name: 'Drafts Penholder can import', extensions: ['docx', 'txt', 'md', 'xml'] },
  { name: 'All files', extensions: ['*'] },
];

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Imports a draft: from an upload ({ name, dataBase64 }, browser mode), a path, or the open dialog. The
 * importer never throws; whatever it could not make sense of is in the report's warnings.
 */
export function importFile(deps: MainDeps, req: Parsed<'importFile'>) {
  return guarded(async () => {
    const source = req.dataBase64 !== undefined ? upload(req.name, req.dataBase64) : await fromDisk(deps, req.path);
    if (source === null) return fail(CANCELLED);
    const result = await importDocument(source);
    if (!result.ok) return fail(result.error);
    return ok({ file: result.file, report: result.report, name: source.name });
  }, () => req.path ?? req.name);
}

function upload(name: string | undefined, dataBase64: string) {
  const compact = dataBase64.replace(/\s+/g, '');
  if (!BASE64.test(compact) || compact.length % 4 === 1) throw new UserError('the uploaded file is not valid base64');
  if ((compact.length * 3) / 4 > MAX_IMPORT_BYTES) throw new UserError('the uploaded file is too large (limit 64 MB)');
  return { name: basename(name ?? 'upload'), bytes: new Uint8Array(Buffer.from(compact, 'base64')) };
}

async function fromDisk(deps: MainDeps, requested: string | undefined) {
  const chosen = requested ?? (await deps.dialog.chooseOpen({ title: 'Import a draft', filters: importFilters }));
  if (chosen === null) return null;
  const path = await deps.paths.resolve(chosen);
  const info = await deps.fs.stat(path);
  if (!info.isFile()) throw new UserError(`${basename(path)}: not a file`);
  if (info.size > MAX_IMPORT_BYTES) throw new UserError(`${basename(path)}: too large to import (limit 64 MB)`);
  return { name: basename(path), bytes: new Uint8Array(await deps.fs.readFile(path)) };
}
