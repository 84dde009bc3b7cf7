import { Element, type Descendant } from 'slate';
import { citationRuns } from '../../citations/runs';
import { footnoteBodies } from '../../footnotes/numbers';
import { renderedFootnotes } from '../../footnotes/rendered';
import type { DocumentSettings } from '../../model/settings';
import type { Footnote, InlineNode } from '../../model/types';
import type { FootnoteComparison } from '../../revisions/compare-footnotes';
import type { NoteRun } from '../export-document';
import type { TrackedRef } from '../docx/runs';
import { mergeInlines, type MergeContext } from './merge-inlines';
import { markAll } from './paragraphs';
import { oldIdOf } from './refs';

type RefUse = { plain: boolean; ins: boolean; del: boolean };

function refUses(value: readonly Descendant[]): Map<string, RefUse> {
  const uses = new Map<string, RefUse>();
  const visit = (nodes: readonly Descendant[], paragraphChange: boolean) => {
    for (const node of nodes) {
      if (!Element.isElement(node) || node.type === 'footnote-list' || node.type === 'header') continue;
      if (node.type === 'footnote-ref') {
        const ref = node as TrackedRef;
        const use = uses.get(ref.footnoteId) ?? { plain: false, ins: false, del: false };
        if (ref.ins) use.ins = true;
        else if (ref.del) use.del = true;
        else if (!paragraphChange) use.plain = true;
        uses.set(ref.footnoteId, use);
      } else visit(node.children, paragraphChange || ('ins' in node && !!node.ins) || ('del' in node && !!node.del));
    }
  };
  visit(value, false);
  return uses;
}

const printed = (value: readonly Descendant[], settings: DocumentSettings) => {
  const runs = new Map<string, NoteRun[]>(renderedFootnotes(value, settings).map((f) => [f.id, f.runs]));
  const bodies = footnoteBodies(value);
  return (id: string): NoteRun[] => runs.get(id) ?? (bodies.has(id) ? citationRuns(bodies.get(id)!.citation, null, settings.ibidStyle) : []);
};

/**
 * The footnote list of the merged value (new notes plus the old notes whose markers were deleted) and the
 * printed text of each with its tracked changes: a note only cited in inserted text is inserted whole, an
 * old note deleted whole, a note in both texts carries the word diff of its printed text.
 */
export function mergeNotes(
  old: readonly Descendant[],
  fresh: readonly Descendant[],
  merged: readonly Descendant[],
  notes: FootnoteComparison,
  settings: DocumentSettings,
  ctx: MergeContext,
): { footnotes: Footnote[]; runs: Map<string, NoteRun[]> } {
  const oldText = printed(old, settings);
  const newText = printed(fresh, settings);
  const oldBodies = footnoteBodies(old);
  const pairOfNew = new Map(notes.pairs.map((p) => [p.bId, p]));
  const footnotes = [...footnoteBodies(fresh).values()];
  const runs = new Map<string, NoteRun[]>();
  const all = (list: NoteRun[], kind: 'ins' | 'del') => markAll(list as InlineNode[], kind, ctx.revision(), ctx) as NoteRun[];
  for (const [id, use] of refUses(merged)) {
    const oldId = oldIdOf(id);
    if (oldId !== null) {
      const body = oldBodies.get(oldId);
      if (body) footnotes.push({ ...body, id });
      runs.set(id, all(oldText(oldId), 'del'));
      continue;
    }
    const pair = pairOfNew.get(id);
    if (!use.plain) runs.set(id, all(newText(id), 'ins'));
    else if (pair) runs.set(id, mergeInlines(oldText(pair.aId) as InlineNode[], newText(id) as InlineNode[], pair.changes, ctx) as NoteRun[]);
    else runs.set(id, newText(id));
  }
  return { footnotes, runs };
}
