import type { TextRun } from '../../model/citation';
import { markupRuns, runsText } from '../../citations/markup';
import { renderedFootnotes, type RenderedFootnote } from '../../footnotes/rendered';
import type { DocView } from './doc-view';

/** A numbered footnote as derived, with what the source printed (runs and plain) when it was imported. */
export interface FootnoteFact extends RenderedFootnote {
  importedRuns: TextRun[] | null;
  importedPlain: string | null;
  /** the source printed "Ibid." */
  importedIbid: boolean;
  /** the imported text kept its italics as markup (`*…*`, `<i>`), so italics can be compared */
  importedItalics: boolean;
}

const IBID = /^(See\s+)?Ibid\b/i;
const cache = new WeakMap<DocView, FootnoteFact[]>();

/** The footnotes of the document in display order (computed once per view). */
export function footnoteFacts(view: DocView): FootnoteFact[] {
  const hit = cache.get(view);
  if (hit) return hit;
  const facts = renderedFootnotes(view.value, view.settings).map((r) => {
    const importedRuns = r.importedText === undefined ? null : markupRuns(r.importedText);
    const importedPlain = importedRuns ? runsText(importedRuns) : null;
    return {
      ...r,
      importedRuns,
      importedPlain,
      importedIbid: importedPlain !== null && IBID.test(importedPlain),
      importedItalics: r.importedText !== undefined && /\*|<(i|em)>/i.test(r.importedText),
    };
  });
  cache.set(view, facts);
  return facts;
}
