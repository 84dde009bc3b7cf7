import type { Descendant } from 'slate';
import { renderedFootnotes } from '../footnotes/rendered';
import { compareValues } from '../revisions/compare';
import { acceptAll } from '../revisions/tracked-changes';
import type { TextChange } from '../revisions/word-diff';
import { summarize } from '../summary/summary';
import { toAkn } from './akn';
import { compilationIndex } from './compilation-index';
import { exportDocumentOf } from './export-document';
import { exportProblem, type ExportRequest } from './formats';
import { toMarkdown } from './markdown';

/** What File → Export shows before writing: a few facts and the text (or, for a redline, its changes). */
export interface ExportPreview {
  facts: string[];
  text: string;
  error: string | null;
}

const inline = (changes: readonly TextChange[]) =>
  changes.map((c) => (c.op === 'equal' ? c.text : c.op === 'delete' ? `[-${c.text}-]` : `{+${c.text}+}`)).join('');

/** The redline's changes paragraph by paragraph, as Word will show them (deleted [-…-], inserted {+…+}). */
function redlineText(base: readonly Descendant[], current: readonly Descendant[]): { text: string; changed: number } {
  const cmp = compareValues(acceptAll(base), acceptAll(current));
  const lines: string[] = [];
  if (cmp.title?.some((c) => c.op !== 'equal')) lines.push(`title: ${inline(cmp.title)}`);
  for (const pair of cmp.pairs) if (pair.moved || pair.changes.some((c) => c.op !== 'equal')) lines.push(`${pair.bRef}${pair.moved ? ' (moved)' : ''}: ${inline(pair.changes)}`);
  for (const p of cmp.added) lines.push(`${p.ref} added: {+${p.text}+}`);
  for (const p of cmp.removed) lines.push(`${p.ref} (base) removed: [-${p.text}-]`);
  for (const f of cmp.footnotes.pairs) if (f.changes.some((c) => c.op !== 'equal')) lines.push(`footnote ${f.bNumber}: ${inline(f.changes)}`);
  return { text: lines.join('\n\n') || 'No differences from the base.', changed: lines.length };
}

/**
 * Pure: the same request the exporter gets, described (the bytes are only made when the user confirms).
 * It does not load the Word builder, so the renderer stays free of docx.
 */
export function exportPreview(req: ExportRequest): ExportPreview {
  const problem = exportProblem(req);
  if (problem) return { facts: [], text: '', error: problem };
  const summary = summarize(req.file.body, req.file.settings);
  const facts = [
    `${summary.preambular} preambular and ${summary.operative} operative paragraphs, ${summary.subparagraphs} sub-paragraphs`,
    `${renderedFootnotes(req.file.body, req.file.settings).length} footnotes${summary.symbolFootnotes.length ? `, ${summary.symbolFootnotes.length} * notes` : ''}`,
  ];
  if (req.to === 'docx') facts.unshift(`Word document, ${req.file.settings.pageSize}, ${req.file.settings.numberLayout === 'un' ? 'UN' : 'hanging'} numbering, Times New Roman 10 pt`);
  if (req.to === 'md') facts.unshift('Markdown text that Penholder imports back');
  if (req.to === 'akn') facts.unshift('Akoma Ntoso 3.0 XML (AKN4UN)');
  if (req.to === 'pdf') facts.unshift(`PDF, ${req.file.settings.pageSize}, ${req.file.settings.numberLayout === 'un' ? 'UN' : 'hanging'} numbering, Times New Roman 10 pt; footnotes after the text`);
  if (req.base && req.to === 'docx') {
    const redline = redlineText(req.base, req.file.body);
    facts.push(`Tracked changes by ${req.author || 'Penholder'} in ${redline.changed} places`);
    return { facts, text: redline.text, error: null };
  }
  // the Word document's and the PDF's text is previewed in its Markdown form: same paragraphs, numbers and footnotes
  const plain = exportDocumentOf(req.file);
  const doc = req.compilation ? { ...plain, compilation: compilationIndex(req.file.body, req.file.proposals ?? []) } : plain;
  return { facts, text: req.to === 'akn' ? toAkn(doc) : toMarkdown(doc), error: null };
}
