import type { Descendant } from 'slate';
import type { Citation } from '../citations/citation';
import { citationRuns, type Run } from '../citations/runs';
import type { DocumentSettings } from '../model/settings';
import { footnoteBodies, footnoteNumbers } from './numbers';

export interface RenderedFootnote {
  id: string;
  number: number;
  citation: Citation;
  /** the printed text as runs (italics kept) */
  runs: Run[];
  /** the printed text, plain */
  text: string;
}

/** The numbered footnotes in display order with their derived text. */
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
    out.push({ id, number, citation: body.citation, runs, text: runs.map((r) => r.text).join('') });
    previous = body.citation;
  }
  return out;
}
