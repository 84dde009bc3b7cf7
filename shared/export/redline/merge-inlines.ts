import type { FootnoteRef, InlineNode, Revision } from '../../model/types';
import type { TextChange } from '../../revisions/word-diff';
import { InlineCursor } from './inline-cursor';
import type { RefNamer } from './refs';

/** How the redline names things: fresh revisions, and the footnote markers of either text. */
export interface MergeContext extends RefNamer {
  revision: () => Revision;
  /** old footnote id → new footnote id, for footnotes compare paired */
  footnotePairs: ReadonlyMap<string, string>;
}

/**
 * Markers meeting at one point: an old and a new marker of paired footnotes stay one plain marker; other
 * old markers are deleted, other new ones inserted.
 */
function mergeRefs(old: FootnoteRef[], fresh: FootnoteRef[], ctx: MergeContext, out: InlineNode[]): void {
  const left = [...old];
  const kept: { newId: string; oldId?: string }[] = [];
  for (const ref of fresh) {
    const i = left.findIndex((o) => ctx.footnotePairs.get(o.footnoteId) === ref.footnoteId && ctx.canKeep(o.footnoteId, ref.footnoteId));
    kept.push(i >= 0 ? { newId: ref.footnoteId, oldId: left.splice(i, 1)[0]!.footnoteId } : { newId: ref.footnoteId });
  }
  // old markers first: at one point the old text's note stood before the new one
  for (const ref of left) out.push(ctx.oldRef(ref.footnoteId, { del: ctx.revision() }));
  for (const ref of kept) out.push(ref.oldId ? ctx.keptRef(ref.oldId, ref.newId) : ctx.newRef(ref.newId, { ins: ctx.revision() }));
}

/**
 * The new paragraph's inline nodes with the word diff against the old one written in as tracked changes:
 * equal text keeps the new marks, inserted text is `ins`, deleted text comes back from the old paragraph
 * as `del`; footnote markers follow the text they stand in. Both sides must be free of tracked changes.
 */
export function mergeInlines(
  old: readonly InlineNode[],
  fresh: readonly InlineNode[],
  changes: readonly TextChange[],
  ctx: MergeContext,
): InlineNode[] {
  const a = new InlineCursor(old);
  const b = new InlineCursor(fresh);
  const out: InlineNode[] = [];
  for (const change of changes) {
    const revision = change.op === 'equal' ? null : ctx.revision();
    let remaining = change.text.length;
    while (remaining > 0) {
      const oldRefs = change.op === 'insert' ? [] : a.takeRefs();
      const newRefs = change.op === 'delete' ? [] : b.takeRefs();
      mergeRefs(oldRefs, newRefs, ctx, out);
      const from = change.op === 'delete' ? a : b;
      const n = change.op === 'equal' ? Math.min(a.runLength(remaining), b.runLength(remaining)) : from.runLength(remaining);
      if (n === 0) break; // the texts disagree with the diff: stop rather than loop
      const piece = from.take(n);
      if (change.op === 'equal') a.take(n);
      if (change.op === 'insert') piece.ins = revision!;
      if (change.op === 'delete') piece.del = revision!;
      out.push(piece);
      remaining -= n;
    }
  }
  mergeRefs(a.takeRefs(), b.takeRefs(), ctx, out);
  return out;
}
