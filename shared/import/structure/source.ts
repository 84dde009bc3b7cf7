import type { Revision } from '../../model/types';

/**
 * The importers' common intermediate form: paragraphs of runs, before any resolution structure is known.
 * Text conversions, Word files and pasted HTML all become this, then one structure builder reads it.
 */

export interface TextRun {
  text: string;
  italic?: true;
  bold?: true;
  ins?: Revision;
  del?: Revision;
}

/** A footnote marker; `key` names the footnote in the source ("3" in a text file, the w:id in Word). */
export interface RefRun {
  ref: string;
  /** what the source printed, kept as text when the footnote turns out not to exist ("²") */
  printed: string;
}

/** A `*` symbol mark on a header element (`stars` = 1 for *, 2 for **). */
export interface MarkRun {
  mark: number;
}

export type SourceRun = TextRun | RefRun | MarkRun;

export const isText = (run: SourceRun): run is TextRun => 'text' in run;
export const isRef = (run: SourceRun): run is RefRun => 'ref' in run;
export const isMark = (run: SourceRun): run is MarkRun => 'mark' in run;

export interface SourceParagraph {
  runs: SourceRun[];
  /** where it came from, for warnings: "line 45", "paragraph 12" */
  where: string;
  /** Word list numbering: 0 = 1., 1 = (a), 2 = (i); 'bullet' for a bulleted item */
  numbering?: 0 | 1 | 2 | 'bullet';
  /** the paragraph mark itself was inserted or deleted while tracking changes */
  ins?: Revision;
  del?: Revision;
  /** the source marks it a heading: markdown hashes (1–6) or a Word heading style (1 = chapter, 2 = section) */
  heading?: number;
  /** set by the text pipeline: a page-split continuation was joined into this paragraph */
  merged?: number;
}

export interface FootnoteSource {
  key: string;
  /** the footnote text with markdown italics (`*Treaty Series*`), the form readCitation reads */
  markdown: string;
  where: string;
}

export interface SymbolNoteSource {
  stars: number;
  text: string;
}

export interface SourceDocument {
  paragraphs: SourceParagraph[];
  footnotes: FootnoteSource[];
  symbolNotes: SymbolNoteSource[];
}
