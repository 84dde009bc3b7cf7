import { Packer } from 'docx';
import { EXTENSIONS, exportPayload, type ExportFormat, type ExportPayload } from '../../../shared/export/index';
import type { FileFilter, MainDeps } from '../deps';
import { CANCELLED, UserError } from '../errors';
import { writeFileAtomic } from './atomic-write';
import { resolveBase, type CorpusText } from './export-base';
import { getPreferences } from './preferences';
import { fail, guarded, ok } from './result';
import type { Parsed } from './types';

const FILTERS: Record<ExportFormat, FileFilter> = {
  docx: { name: 'Word document', extensions: ['docx'] },
  md: { name: 'Markdown text', extensions: ['md'] },
  akn: { name: 'Akoma Ntoso XML', extensions: ['xml'] },
};

/** The bytes of an export: docx's Packer zips the Word document here, at the edge. */
export async function packPayload(payload: ExportPayload): Promise<Uint8Array> {
  if (payload.kind === 'text') return new TextEncoder().encode(payload.text);
  return new Uint8Array(await Packer.toBuffer(payload.document));
}

const withExtension = (path: string, to: ExportFormat) => (path.toLowerCase().endsWith(`.${EXTENSIONS[to]}`) ? path : `${path}.${EXTENSIONS[to]}`);

/**
 * File → Export: builds the format in shared/export, packs it and writes it atomically. A redline base
 * comes from the request; its author from the request or else the preferences (delegation, then name).
 * PDF is printed by the window (printToPDF), not here.
 */
export function exportDocument(deps: MainDeps, req: Parsed<'exportDocument'>, corpusText?: CorpusText) {
  let chosen: string | null = req.path ?? null;
  return guarded(async () => {
    if (req.to === 'pdf') throw new UserError('PDF is printed from the window, not written by the exporter');
    const to = req.to;
    const base = req.against ? await resolveBase(deps, req.file, req.against, corpusText) : undefined;
    const author = req.author ?? (await preferredAuthor(deps));
    const outcome = exportPayload({ file: req.file, to, base, author, date: deps.now().toISOString(), compilation: req.compilation });
    if (!outcome.ok) throw new UserError(outcome.error);
    chosen ??= await deps.dialog.chooseSave({ title: 'Export', defaultName: `resolution.${EXTENSIONS[to]}`, filters: [FILTERS[to]] });
    if (chosen === null) return fail(CANCELLED);
    const path = await deps.paths.resolve(withExtension(chosen, to));
    await writeFileAtomic(deps.fs, path, await packPayload(outcome.payload));
    return ok({ path });
  }, () => chosen ?? undefined);
}

async function preferredAuthor(deps: MainDeps): Promise<string> {
  const prefs = await getPreferences(deps);
  return prefs.ok ? prefs.value.delegation || prefs.value.author || 'Penholder' : 'Penholder';
}
