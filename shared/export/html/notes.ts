import type { SymbolNote } from '../../model/types';
import type { NoteRun } from '../export-document';
import { symbolMark } from '../front-matter';
import { escapeHtml } from './escape';
import { styledHtml, supMark } from './inline';

export interface PrintedNote {
  number: number;
  runs: readonly NoteRun[];
}

const note = (mark: string, html: string) => `<p class="note"><span class="mark">${mark}</span>${html}</p>`;

/**
 * The `*` notes, then the numbered footnotes in order, under a short rule after the text. Chromium's print
 * engine has no page-bottom footnotes (CSS `float: footnote` is not implemented), so the PDF gathers them
 * at the end like endnotes; the .docx keeps real footnotes at the foot of each page.
 */
export function notesHtml(symbolNotes: readonly SymbolNote[], footnotes: readonly PrintedNote[]): string {
  if (symbolNotes.length === 0 && footnotes.length === 0) return '';
  const lines = [
    ...symbolNotes.map((n, i) => note(supMark(symbolMark(i), 'symbol'), escapeHtml(n.text))),
    ...footnotes.map((fn) => note(supMark(String(fn.number), 'footnote'), styledHtml(fn.runs.filter((r) => !r.del).map((r) => ({ text: r.text, italic: !!r.italic }))))),
  ];
  return `<section class="notes"><hr>\n${lines.join('\n')}\n</section>`;
}
