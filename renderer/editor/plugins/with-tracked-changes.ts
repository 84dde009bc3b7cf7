import { Editor, Element, Path, Point, Range, Text, Transforms, type Location } from 'slate';
import { ResolutionElement } from '../../../shared/model/guards';
import type { Revision } from '../../../shared/model/types';
import { makeRevision } from '../../../shared/revisions/revision-mark';
import { trackingAuthor } from './tracking';

const now = () => new Date().toISOString();

/** The paragraph-like block around a point (a body paragraph, the title …). */
const blockAt = (editor: Editor, at: Location) => Editor.above(editor, { at, match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) });

/** A deletion right next to the range by the same author: typing Backspace ten times makes one change. */
function neighbourDeletion(editor: Editor, range: Range, author: string): Revision | null {
  for (const point of [Range.start(range), Range.end(range)]) {
    for (const side of ['before', 'after'] as const) {
      const other = side === 'before' ? Editor.before(editor, point) : Editor.after(editor, point);
      if (!other) continue;
      const [leaf] = Editor.leaf(editor, side === 'before' ? other : point);
      if (leaf.del?.author === author) return leaf.del;
    }
  }
  return null;
}

/**
 * Marks a range deleted by `author`: the text stays, struck through. What the author inserted while
 * tracking simply goes; text already deleted by someone else keeps that deletion.
 */
export function trackDelete(editor: Editor, range: Range, author: string): void {
  const revision = neighbourDeletion(editor, range, author) ?? makeRevision(author, now());
  const ref = Editor.rangeRef(editor, range);
  Editor.withoutNormalizing(editor, () => {
    Transforms.setNodes(editor, { del: revision }, { at: range, match: (n) => Text.isText(n) && !n.del && n.text !== '', split: true });
    if (!ref.current) return;
    const own = [...Editor.nodes(editor, { at: ref.current, match: (n) => Text.isText(n) && n.del?.id === revision.id && n.ins?.author === author, reverse: true })];
    for (const [, path] of own) Transforms.removeNodes(editor, { at: path });
  });
  ref.unref();
}

/** Backspace / Delete while tracking: skips text that is already deleted, never merges paragraphs. */
function trackedDeleteStep(editor: Editor, direction: 'backward' | 'forward', unit: 'character' | 'word' | 'line' | 'block'): void {
  const { selection } = editor;
  const author = trackingAuthor(editor);
  const block = selection && blockAt(editor, selection.anchor);
  if (!selection || !author || !block) return;
  const edge = direction === 'backward' ? Editor.start(editor, block[1]) : Editor.end(editor, block[1]);
  let point = selection.anchor;
  // Step over what is already struck through until a live character is found.
  for (let guard = 0; guard < 100_000 && !Point.equals(point, edge); guard += 1) {
    const next = direction === 'backward' ? Editor.before(editor, point, { unit }) : Editor.after(editor, point, { unit });
    if (!next || !Path.isAncestor(block[1], next.path)) return;
    const range = direction === 'backward' ? { anchor: next, focus: point } : { anchor: point, focus: next };
    const alive = Editor.nodes(editor, { at: range, match: (n) => Text.isText(n) && !n.del && n.text !== '' }).next();
    if (alive.done) {
      point = next;
      continue;
    }
    const ref = Editor.rangeRef(editor, range);
    trackDelete(editor, range, author);
    const after = ref.unref();
    if (after) Transforms.select(editor, direction === 'backward' ? Range.start(after) : Range.end(after));
    return;
  }
}

/**
 * Track changes in the editor: while an author is set (setTracking), typing becomes insertions and
 * deleting becomes struck-through deletions attributed to that author, with the time. Enter at the end of a
 * paragraph makes a tracked new paragraph; splitting or merging paragraphs is not tracked, so it is held back.
 */
export function withTrackedChanges(editor: Editor): Editor {
  const { insertText, deleteBackward, deleteForward, deleteFragment, insertBreak } = editor;

  editor.insertText = (text, options) => {
    const author = trackingAuthor(editor);
    if (!author || !editor.selection || options?.at) return insertText(text, options);
    if (Range.isExpanded(editor.selection)) editor.deleteFragment({ direction: 'forward' });
    const [leaf] = Editor.leaf(editor, editor.selection.anchor);
    if (leaf.ins?.author === author && !leaf.del) return insertText(text, options);
    const marks = { ...(leaf.italic ? { italic: true as const } : {}), ...(leaf.bold ? { bold: true as const } : {}) };
    editor.marks = { ...marks, ins: makeRevision(author, now()) };
    insertText(text, options);
  };

  editor.deleteFragment = (options) => {
    const author = trackingAuthor(editor);
    const { selection } = editor;
    if (!author || !selection || Range.isCollapsed(selection)) return deleteFragment(options);
    const ref = Editor.rangeRef(editor, selection);
    trackDelete(editor, selection, author);
    const range = ref.unref();
    if (range) Transforms.select(editor, options?.direction === 'backward' ? Range.start(range) : Range.end(range));
  };

  editor.deleteBackward = (unit) => (trackingAuthor(editor) ? trackedDeleteStep(editor, 'backward', unit) : deleteBackward(unit));
  editor.deleteForward = (unit) => (trackingAuthor(editor) ? trackedDeleteStep(editor, 'forward', unit) : deleteForward(unit));

  editor.insertBreak = () => {
    const author = trackingAuthor(editor);
    const { selection } = editor;
    if (!author || !selection) return insertBreak();
    const block = Editor.above(editor, { at: selection, match: (n) => ResolutionElement.isParagraph(n) });
    if (!block || Range.isExpanded(selection) || !Editor.isEnd(editor, selection.anchor, block[1])) return;
    insertBreak();
    const created = Editor.above(editor, { match: (n) => ResolutionElement.isParagraph(n) });
    if (created && created[0].id !== block[0].id) Transforms.setNodes(editor, { ins: makeRevision(author, now()) }, { at: created[1] });
  };

  return editor;
}
