import { Text } from 'slate';
import type { BodyParagraph, InlineNode, Revision } from '../../model/types';
import type { MergeContext } from './merge-inlines';

/** Every text and marker of a paragraph marked with one change; markers of old text point at old notes. */
export function markAll(children: readonly InlineNode[], kind: 'ins' | 'del', revision: Revision, ctx: MergeContext): InlineNode[] {
  return children.map((child): InlineNode => {
    if (Text.isText(child)) return { ...child, [kind]: revision };
    return kind === 'del' ? ctx.oldRef(child.footnoteId, { del: revision }) : ctx.newRef(child.footnoteId, { ins: revision });
  });
}

/** A paragraph of the new text with no counterpart in the old one: inserted whole. */
export function insertedParagraph(node: BodyParagraph, ctx: MergeContext): BodyParagraph {
  const revision = ctx.revision();
  return { ...node, ins: revision, children: markAll(node.children, 'ins', revision, ctx) };
}

/** A paragraph of the old text that is gone (or moved away): deleted whole, under an id of its own. */
export function deletedParagraph(node: BodyParagraph, ctx: MergeContext): BodyParagraph {
  const revision = ctx.revision();
  return { ...node, id: `old:${node.id}`, del: revision, children: markAll(node.children, 'del', revision, ctx) };
}

/** A block without an id (the recommendation chapeau) that only the old text has: deleted whole. */
export function deletedBlock<T extends { children: InlineNode[] }>(node: T, ctx: MergeContext): T {
  const revision = ctx.revision();
  return { ...node, del: revision, children: markAll(node.children, 'del', revision, ctx) };
}
