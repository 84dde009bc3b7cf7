import { basename } from 'node:path';
import type { Descendant } from 'slate';
import { importDocument } from '../../../shared/import/index';
import type { PenholderFile } from '../../../shared/model/file-schema';
import { parsePenholderFile } from '../../../shared/model/read-file';
import type { MainDeps } from '../deps';
import { UserError } from '../errors';

/** A redline base from the request: a named revision of the file, a file on disk, or a corpus resolution. */
export type BaseRequest = { kind: 'revision'; id: string } | { kind: 'file'; path: string } | { kind: 'corpus'; symbol: string };

/** Looks up an adopted resolution's text in the agreed-language corpus; the corpus service provides it. */
export type CorpusText = (symbol: string) => Promise<readonly Descendant[] | null>;

/** The base's Slate value, or a UserError that says what is missing. */
export async function resolveBase(
  deps: Pick<MainDeps, 'fs' | 'paths'>,
  file: PenholderFile,
  base: BaseRequest,
  corpusText?: CorpusText,
): Promise<readonly Descendant[]> {
  if (base.kind === 'revision') {
    const revision = file.revisions.find((r) => r.id === base.id);
    if (!revision) throw new UserError('the chosen revision is not in this document');
    return revision.body;
  }
  if (base.kind === 'corpus') {
    const value = corpusText ? await corpusText(base.symbol) : null;
    if (!value) throw new UserError(`${base.symbol} is not available as a base: import its text as a file instead`);
    return value;
  }
  const path = await deps.paths.resolve(base.path);
  const bytes = new Uint8Array(await deps.fs.readFile(path));
  if (path.endsWith('.penholder.json')) {
    const parsed = parsePenholderFile(new TextDecoder().decode(bytes));
    if (!parsed.ok) throw new UserError(`${basename(path)}: ${parsed.error}`);
    return parsed.file.body;
  }
  const imported = await importDocument({ name: basename(path), bytes });
  if (!imported.ok) throw new UserError(imported.error);
  return imported.file.body;
}
