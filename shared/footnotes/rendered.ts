import type { Descendant } from 'slate';
import type { Citation } from '../citations/citation';
import { citationRuns, ibidForm, type IbidForm, type Run } from '../citations/runs';
import type { DocumentSettings } from '../model/settings';
import { footnoteBodies, footnoteNumbers } from './numbers';

export interface RenderedFootnote {
  id: string;
  number: number;
  citation: Citation;
  /** full form, "Ibid." or "Ibid., <locator>", decided against the footnote numbered before */
  form: IbidForm;
  /** the printed text as runs (italics kept) */
  runs: Run[];
  /** the printed text, plain */
  text: string;
  /** the text the source printed, when imported */
  importedText?: string;
}

/**
 * The numbered footnotes in display order with their derived text: the one function the editor, the linter,
 * the exporters and the CLI all call (un-format.md §5.1, §5.4). Ibid. is decided after numbering, so any
 * insert, delete or move re-decides it; a footnote nobody refers to is not printed.
 */
export function renderedFootnotes(
  value: readonly Descendant[],
  settings: Pick<DocumentSettings, 'ibidStyle'>,
): RenderedFootnote[] {
  const bodies = footnoteBodies(value);
  const out: RenderedFootnote[] = [];
  let previous: Citation | null = null;
  for (const [id, number] of footnoteNumbers(value)) {
    const body = bodies.get(id);
    if (!body) continue;
    const runs = citationRuns(body.citation, previous, settings.ibidStyle);
    out.push({
      id,
      number,
      citation: body.citation,
      form: ibidForm(body.citation, previous),
      runs,
      text: runs.map((r) => r.text).join(''),
      ...(body.importedText === undefined ? {} : { importedText: body.importedText }),
    });
    previous = body.citation;
  }
  return out;
}
