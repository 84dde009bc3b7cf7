import type { Document } from 'docx';
import type { Descendant } from 'slate';
import type { PenholderFile } from '../model/file-schema';
import { toAkn } from './akn';
import { compilationIndex } from './compilation-index';
import { buildDocument } from './docx/build-document';
import { exportDocumentOf } from './export-document';
import { toMarkdown } from './markdown';
import { redlineDocument } from './redline';

export type ExportFormat = 'docx' | 'md' | 'akn';

export const EXTENSIONS: Record<ExportFormat, string> = { docx: 'docx', md: 'md', akn: 'xml' };

export interface ExportRequest {
  file: Pick<PenholderFile, 'body' | 'settings'> & Partial<Pick<PenholderFile, 'proposals'>>;
  /** write the compilation text: every open proposal bracketed where it applies (docx, md) */
  compilation?: boolean;
  to: ExportFormat;
  /** the base of a redline (docx only): the current text is written as tracked changes against it */
  base?: readonly Descendant[];
  /** author of the redline's changes (the delegation in preferences) */
  author?: string;
  /** ISO date-time of the redline's changes */
  date?: string;
}

/** What to write: a Word document for the edge to pack, or text. */
export type ExportPayload = { kind: 'docx'; document: Document } | { kind: 'text'; text: string };

export type ExportOutcome = { ok: true; payload: ExportPayload } | { ok: false; error: string };

/** One entry for the CLI, main and browser mode: the format's builder, pure; packing and writing are theirs. */
export function exportPayload(req: ExportRequest): ExportOutcome {
  if (req.base && req.to !== 'docx') return { ok: false, error: 'a redline is written as Word tracked changes: export it as a Word document (docx)' };
  if (req.compilation && req.base) return { ok: false, error: 'a compilation text and a redline cannot be written at once' };
  if (req.compilation && req.to === 'akn') return { ok: false, error: 'a compilation text is written as Word (docx) or Markdown (md), not Akoma Ntoso' };
  const plain = exportDocumentOf(req.file);
  const doc = req.compilation ? { ...plain, compilation: compilationIndex(req.file.body, req.file.proposals ?? []) } : plain;
  if (req.to === 'md') return { ok: true, payload: { kind: 'text', text: toMarkdown(doc) } };
  if (req.to === 'akn') return { ok: true, payload: { kind: 'text', text: toAkn(doc) } };
  if (req.base) {
    const redline = redlineDocument(req.base, req.file.body, req.file.settings, { author: req.author || 'Penholder', date: req.date ?? '1970-01-01T00:00:00Z' });
    return { ok: true, payload: { kind: 'docx', document: buildDocument(redline) } };
  }
  return { ok: true, payload: { kind: 'docx', document: buildDocument(doc) } };
}
