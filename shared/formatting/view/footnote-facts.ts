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

// the derived footnotes change only when the footnote list, the order of first references or the Ibid. style do
let memo: { list: object | undefined; order: string; style: string; facts: FootnoteFact[] } | null = null;

/** The footnotes of the document in display order. */
export function footnoteFacts(view: DocView): FootnoteFact[] {
  const list = view.footnotes.list;
  const order = [...view.footnotes.numbers.keys()].join('\u0000');
  if (memo && memo.list === list && memo.order === order && memo.style === view.settings.ibidStyle) return memo.facts;
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
  memo = { list, order, style: view.settings.ibidStyle, facts };
  return facts;
}

// three rules ask for the same view's inputs
const inputsPerView = new WeakMap<DocView, readonly unknown[]>();

/**
 * What the checks of footnotes as derived (citation form, Ibid.) read: the facts, kept as the same array while the
 * footnote list, the numbering and the Ibid. style are, and the Ibid. style. Typing in a paragraph changes neither,
 * even in a paragraph that holds a marker.
 */
export function factInputs(view: DocView): readonly unknown[] {
  let inputs = inputsPerView.get(view);
  if (!inputs) inputsPerView.set(view, (inputs = [footnoteFacts(view), view.settings.ibidStyle]));
  return inputs;
}
