import type { Descendant } from 'slate';
import type { CompilationParagraph } from '../compilation/render-compilation';
import type { PenholderFile } from '../model/file-schema';
import type { DocumentSettings } from '../model/settings';
import type { Revision } from '../model/types';

/** A piece of printed footnote text; `ins`/`del` carry tracked changes inside footnotes (redline). */
export interface NoteRun {
  text: string;
  italic?: true;
  ins?: Revision;
  del?: Revision;
}

/**
 * What every exporter reads: the Slate value (tracked changes on its runs and paragraphs), the document
 * settings, and, for a redline, the footnote texts with their own tracked changes.
 */
export interface ExportDocument {
  value: readonly Descendant[];
  settings: DocumentSettings;
  /** footnote id → printed runs; when absent the text is derived (numbering, full form or Ibid.) */
  noteRuns?: ReadonlyMap<string, NoteRun[]>;
  /** a compilation text: each paragraph's id → its compilation paragraphs (see compilation-index.ts) */
  compilation?: ReadonlyMap<string, CompilationParagraph[]>;
}

export const exportDocumentOf = (file: Pick<PenholderFile, 'body' | 'settings'>, overrides: Partial<DocumentSettings> = {}): ExportDocument => ({
  value: file.body,
  settings: { ...file.settings, ...overrides },
});
