import { Text } from 'slate';
import type { InlineNode } from '../model/types';

/** One run of a compilation text: formatting, what it is, and which proposal it belongs to. */
export interface CompilationRun {
  text: string;
  italic?: true;
  bold?: true;
  strike?: true;
  /** text = the paragraph's own words; bracket = "[", ": add: ", "]"; attribution = "EU; African Group";
   * proposed = words a delegation proposes; note = "(agreed ad ref)", "(OP2 merged with OP2 alt)" */
  role: 'text' | 'bracket' | 'attribution' | 'proposed' | 'note';
  proposalId?: string;
  /** a footnote marker; `text` is its display number */
  footnoteId?: string;
}

/**
 * The runs of [start, end) of a paragraph's current text, formatting kept (the opener italic). Footnote
 * markers inside the range come along; one at the very end of the paragraph goes with the last slice.
 */
export function sliceRuns(
  children: readonly InlineNode[],
  start: number,
  end: number,
  numbers: ReadonlyMap<string, number>,
): CompilationRun[] {
  const out: CompilationRun[] = [];
  const total = children.reduce((n, c) => n + (Text.isText(c) && !c.del ? c.text.length : 0), 0);
  let position = 0;
  for (const child of children) {
    if (!Text.isText(child)) {
      if ((position >= start && position < end) || (position === end && end === total)) {
        out.push({ text: String(numbers.get(child.footnoteId) ?? '?'), role: 'text', footnoteId: child.footnoteId });
      }
      continue;
    }
    if (child.del) continue;
    const from = Math.max(start, position);
    const to = Math.min(end, position + child.text.length);
    position += child.text.length;
    if (from >= to) continue;
    const run: CompilationRun = { text: child.text.slice(from - (position - child.text.length), to - (position - child.text.length)), role: 'text' };
    if (child.italic || child.opener) run.italic = true;
    if (child.bold) run.bold = true;
    out.push(run);
  }
  return out;
}

/** The plain text of runs (footnote markers left out), for tests and previews. */
export const runsText = (runs: readonly CompilationRun[]): string =>
  runs.filter((r) => !r.footnoteId).map((r) => r.text).join('');
