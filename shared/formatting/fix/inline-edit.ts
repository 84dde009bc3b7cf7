import { Node, Text, Transforms, type Editor, type Element, type Path, type Point } from 'slate';
import { makeFootnoteRef } from '../../model/factories';
import { ResolutionElement } from '../../model/guards';
import type { TextRange } from '../diagnostic';

interface Segment {
  index: number;
  from: number;
  to: number;
}

/** The visible text runs of a block with their offsets in its current text (deleted runs and markers have none). */
function segments(element: Element): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  element.children.forEach((child, index) => {
    if (!Text.isText(child) || child.del) return;
    out.push({ index, from: offset, to: offset + child.text.length });
    offset += child.text.length;
  });
  return out;
}

/** The point at a text offset, on the run holding the character before it (a marker after that character stays after). */
export function pointAt(element: Element, path: Path, offset: number): Point | null {
  const all = segments(element);
  const segment = offset === 0 ? all[0] : all.find((s) => s.from < offset && offset <= s.to);
  return segment ? { path: [...path, segment.index], offset: offset - segment.from } : null;
}

/** Replaces a range of a block's current text, run by run, so that footnote markers inside the range survive. */
export function replaceText(editor: Editor, element: Element, path: Path, range: TextRange, replacement: string): void {
  const all = segments(element);
  for (const s of [...all].reverse()) {
    const a = Math.max(range.start, s.from);
    const b = Math.min(range.end, s.to);
    if (a >= b) continue;
    const at = [...path, s.index];
    Transforms.delete(editor, { at: { anchor: { path: at, offset: a - s.from }, focus: { path: at, offset: b - s.from } }, hanging: true });
  }
  if (!replacement) return;
  const point = pointAt(element, path, range.start);
  if (point) Transforms.insertText(editor, replacement, { at: point });
}

/** Moves the marker of `footnoteId` standing at text offset `from` to `to` (null removes it). */
export function moveMarker(editor: Editor, element: Element, path: Path, footnoteId: string, from: number, to: number | null): void {
  let offset = 0;
  let index = -1;
  element.children.forEach((child, i) => {
    if (ResolutionElement.isFootnoteRef(child) && child.footnoteId === footnoteId && offset === from && index === -1) index = i;
    else if (Text.isText(child) && !child.del) offset += child.text.length;
  });
  if (index === -1) return;
  Transforms.removeNodes(editor, { at: [...path, index] });
  if (to === null) return;
  const point = pointAt(Node.get(editor, path) as Element, path, to);
  if (point) Transforms.insertNodes(editor, makeFootnoteRef(footnoteId), { at: point, select: false });
}

