import { Text, type Path, type Point } from 'slate';
import type { InlineNode } from '../model/types';

/**
 * The Slate point at a character offset of a paragraph's current text (paragraphText: deleted tracked runs
 * and markers count for nothing). At the end of a run the point stays there, before any marker that
 * follows; with `afterMarkers` it moves to the start of the next live run, past those markers (Slate keeps
 * a text node on both sides of every inline, so there always is one).
 */
export function pointAtOffset(children: readonly InlineNode[], paragraphPath: Path, offset: number, afterMarkers = false): Point | null {
  let rest = offset;
  let end: Point | null = null;
  for (let k = 0; k < children.length; k += 1) {
    const child = children[k]!;
    if (!Text.isText(child) || child.del) continue;
    if (end) return { path: [...paragraphPath, k], offset: 0 };
    if (rest < child.text.length || (rest === child.text.length && !afterMarkers)) return { path: [...paragraphPath, k], offset: rest };
    if (rest === child.text.length) end = { path: [...paragraphPath, k], offset: rest };
    else rest -= child.text.length;
  }
  return end;
}

/** The reverse: the text offset of a point inside the paragraph at `paragraphPath`. */
export function offsetAtPoint(children: readonly InlineNode[], paragraphPath: Path, point: Point): number {
  const index = point.path[paragraphPath.length] ?? 0;
  let offset = 0;
  for (let k = 0; k < index; k += 1) {
    const child = children[k];
    if (child && Text.isText(child) && !child.del) offset += child.text.length;
  }
  const own = children[index];
  return offset + (own && Text.isText(own) && !own.del ? point.offset : 0);
}
