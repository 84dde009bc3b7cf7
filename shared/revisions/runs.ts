import { Text } from 'slate';
import type { InlineNode, ResolutionText, Revision } from '../model/types';

/** Small helpers over a paragraph's inline children, shared by recording, resolving and diffing changes. */

const sameRevision = (a: Revision | undefined, b: Revision | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.id === b.id && a.author === b.author && a.date === b.date);

/** Two runs carry the same marks (formatting and tracked changes), so they may be one run. */
export function sameMarks(a: ResolutionText, b: ResolutionText): boolean {
  return (
    a.opener === b.opener &&
    a.italic === b.italic &&
    a.bold === b.bold &&
    sameRevision(a.ins, b.ins) &&
    sameRevision(a.del, b.del)
  );
}

/** Joins neighbouring runs with the same marks, drops empty runs, and keeps at least one text child. */
export function tidyRuns(children: readonly InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const child of children) {
    if (!Text.isText(child)) {
      out.push(child);
      continue;
    }
    if (child.text === '') continue;
    const last = out[out.length - 1];
    if (last && Text.isText(last) && sameMarks(last, child)) out[out.length - 1] = { ...last, text: last.text + child.text };
    else out.push(child);
  }
  if (!out.some(Text.isText)) out.push({ text: '' });
  return out;
}

/** A copy of a run's marks with another text. */
export const withText = (run: ResolutionText, text: string): ResolutionText => ({ ...run, text });

/** A run without its tracked-change marks. */
export function untracked(run: ResolutionText): ResolutionText {
  const { ins: _ins, del: _del, ...rest } = run;
  return rest;
}
