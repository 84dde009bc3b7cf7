import { Packer } from 'docx';
import { EXTENSIONS, exportPayload, type ExportFormat, type ExportPayload } from '../../../shared/export/index';
import type { FileFilter, MainDeps, PrintPdf } from '../deps';
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
  pdf: { name: 'PDF document', extensions: ['pdf'] },
};

/**
 * The bytes of an export, made here at the edge: docx's Packer zips the Word document; the print document
 * goes to Chromium (`printPdf`), which lays it out and prints it to PDF.
 */
export async function packPayload(payload: ExportPayload, printPdf?: PrintPdf): Promise<Uint8Array> {
  if (payload.kind === 'text') return new TextEncoder().encode(payload.text);
  if (payload.kind === 'print') {
    if (!printPdf) throw new UserError('PDF printing is not available here: export a Word document (docx) instead');
    return printPdf(payload.html, { pageSize: payload.pageSize });
  }
  return new Uint8Array(await Packer.toBuffer(payload.document));
}

const withExtension = (path: string, to: ExportFormat) => (path.toLowerCase().endsWith(`.${EXTENSIONS[to]}`) ? path : `${path}.${EXTENSIONS[to]}`);

/**
 * File → Export: builds the format in shared/export, packs it and writes it atomically. A redline base
 * comes from the request; its author from the request or else the preferences (delegation, then name).
 * A PDF is printed from the print document by the injected `printPdf` before anything is written.
 */
export function exportDocument(deps: MainDeps, req: Parsed<'exportDocument'>, corpusText?: CorpusText) {
  let chosen: string | null = req.path ?? null;
  return guarded(async () => {
    const to = req.to;
    if (to === 'pdf' && !deps.printPdf) throw new UserError('PDF printing is not available here: export a Word document (docx) instead');
    const base = req.against ? await resolveBase(deps, req.file, req.against, corpusText) : undefined;
    const author = req.author ?? (await preferredAuthor(deps));
    const outcome = exportPayload({ file: req.file, to, base, author, date: deps.now().toISOString(), compilation: req.compilation });
    if (!outcome.ok) throw new UserError(outcome.error);
    chosen ??= await deps.dialog.chooseSave({ title: 'Export', defaultName: `resolution.${EXTENSIONS[to]}`, filters: [FILTERS[to]] });
    if (chosen === null) return fail(CANCELLED);
    const path = await deps.paths.resolve(withExtension(chosen, to));
    await writeFileAtomic(deps.fs, path, await packPayload(outcome.payload, deps.printPdf));
    return ok({ path });
  }, () => chosen ?? undefined);
}

async function preferredAuthor(deps: MainDeps): Promise<string> {
  const prefs = await getPreferences(deps);
  return prefs.ok ? prefs.value.delegation || prefs.value.author || 'Penholder' : 'Penholder';
}
