import type { Document } from 'docx';
import { toAkn } from './akn';
import { compilationIndex } from './compilation-index';
import { buildDocument } from './docx/build-document';
import { exportDocumentOf } from './export-document';
import { exportProblem, type ExportRequest } from './formats';
import { toPrintHtml } from './html';
import { toMarkdown } from './markdown';
import { redlineDocument } from './redline';

export { EXTENSIONS, exportProblem, type ExportFormat, type ExportRequest } from './formats';

/** What to write: a Word document for the edge to pack, text, or a print document for the edge's Chromium to print to PDF. */
export type ExportPayload =
  | { kind: 'docx'; document: Document }
  | { kind: 'text'; text: string }
  | { kind: 'print'; html: string; pageSize: 'A4' | 'Letter' };

export type ExportOutcome = { ok: true; payload: ExportPayload } | { ok: false; error: string };

/** One entry for the CLI, main and browser mode: the format's builder, pure; packing and writing are theirs. */
export function exportPayload(req: ExportRequest): ExportOutcome {
  const problem = exportProblem(req);
  if (problem) return { ok: false, error: problem };
  const plain = exportDocumentOf(req.file);
  const doc = req.compilation ? { ...plain, compilation: compilationIndex(req.file.body, req.file.proposals ?? []) } : plain;
  if (req.to === 'md') return { ok: true, payload: { kind: 'text', text: toMarkdown(doc) } };
  if (req.to === 'akn') return { ok: true, payload: { kind: 'text', text: toAkn(doc) } };
  if (req.to === 'pdf') return { ok: true, payload: { kind: 'print', html: toPrintHtml(doc), pageSize: doc.settings.pageSize } };
  if (req.base) {
    const redline = redlineDocument(req.base, req.file.body, req.file.settings, { author: req.author || 'Penholder', date: req.date ?? '1970-01-01T00:00:00Z' });
    return { ok: true, payload: { kind: 'docx', document: buildDocument(redline) } };
  }
  return { ok: true, payload: { kind: 'docx', document: buildDocument(doc) } };
}
