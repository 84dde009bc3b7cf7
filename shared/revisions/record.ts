import { Text, type Descendant } from 'slate';
import { ResolutionElement } from '../model/guards';
import type { BodyParagraph, InlineNode, Revision } from '../model/types';
import { tidyRuns, untracked, withText } from './runs';
import { mapBlocks } from './tree';

/**
 * Recording edits as tracked changes (pure). Offsets count the paragraph's current text (paragraphText:
 * deleted runs and footnote markers have no width), the text the delegate sees and edits.
 */

/** Inserts `text` at `offset` as an insertion by `revision`; typing inside one's own insertion extends it. */
export function recordInsert(children: readonly InlineNode[], offset: number, text: string, revision: Revision): InlineNode[] {
  if (text === '') return [...children];
  const out: InlineNode[] = [];
  let position = 0;
  let done = false;
  for (const child of children) {
    if (done || !Text.isText(child) || child.del) {
      out.push(child);
      continue;
    }
    const end = position + child.text.length;
    if (offset > end) {
      out.push(child);
      position = end;
      continue;
    }
    const at = offset - position;
    if (child.ins && child.ins.author === revision.author) {
      out.push(withText(child, child.text.slice(0, at) + text + child.text.slice(at)));
    } else {
      // The opener is meaning, not formatting: the opener normalizer decides whether new words join it.
      const { opener: _opener, ...marks } = untracked(child);
      out.push(withText(child, child.text.slice(0, at)), { ...marks, text, ins: revision }, withText(child, child.text.slice(at)));
    }
    done = true;
  }
  if (!done) out.push({ text, ins: revision });
  return tidyRuns(out);
}

/**
 * Deletes [start, end) as a deletion by `revision`: the text stays in the value, struck through. Text the
 * same author inserted while tracking simply goes (there is nothing to keep of it).
 */
export function recordDelete(children: readonly InlineNode[], start: number, end: number, revision: Revision): InlineNode[] {
  if (end <= start) return [...children];
  const out: InlineNode[] = [];
  let position = 0;
  for (const child of children) {
    if (!Text.isText(child) || child.del) {
      out.push(child);
      continue;
    }
    const runStart = position;
    const runEnd = position + child.text.length;
    position = runEnd;
    const from = Math.max(start, runStart) - runStart;
    const to = Math.min(end, runEnd) - runStart;
    if (from >= to) {
      out.push(child);
      continue;
    }
    out.push(withText(child, child.text.slice(0, from)));
    if (!(child.ins && child.ins.author === revision.author)) out.push({ ...withText(child, child.text.slice(from, to)), del: revision });
    out.push(withText(child, child.text.slice(to)));
  }
  return tidyRuns(out);
}

/** Inserts a whole paragraph after the paragraph `afterId` (or first in its container when null) as tracked. */
export function recordParagraphInsert(
  value: readonly Descendant[],
  afterId: string | null,
  paragraph: BodyParagraph,
  revision: Revision,
): Descendant[] {
  const inserted = { ...paragraph, ins: revision } as Descendant;
  if (afterId === null) {
    const first = value.findIndex(ResolutionElement.isParagraph);
    const at = first < 0 ? value.length : first;
    return [...value.slice(0, at), inserted, ...value.slice(at)];
  }
  return mapBlocks(value, (block) => (ResolutionElement.isParagraph(block) && block.id === afterId ? [block, inserted] : [block]));
}

/** Marks a whole paragraph deleted; a paragraph the same author inserted while tracking is simply removed. */
export function recordParagraphDelete(value: readonly Descendant[], id: string, revision: Revision): Descendant[] {
  return mapBlocks(value, (block) => {
    if (!ResolutionElement.isParagraph(block) || block.id !== id) return [block];
    if (block.ins && block.ins.author === revision.author) return [];
    return [{ ...block, del: revision } as Descendant];
  });
}
