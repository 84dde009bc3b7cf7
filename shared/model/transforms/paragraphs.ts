import { Editor, Element, Path, Range, type Descendant, type NodeEntry } from 'slate';
import { ResolutionElement } from '../guards';
import type { BodyParagraph, OperativeParagraph } from '../types';

/**
 * Where the transforms look: the body paragraphs under the selection, and the "unit" of a paragraph
 * (itself plus the sub-paragraphs that follow it, which always travel and change level with it).
 */

/** The body paragraph holding the selection's focus, or null. */
export function focusParagraph(editor: Editor): NodeEntry<BodyParagraph> | null {
  if (!editor.selection) return null;
  const entry = Editor.above(editor, { at: editor.selection.focus, match: ResolutionElement.isParagraph, mode: 'lowest' });
  return (entry as NodeEntry<BodyParagraph> | undefined) ?? null;
}

/**
 * The body paragraphs touched by the selection that share the focus paragraph's container, in document
 * order. A selection reaching into another container (an embedded resolution) stops at its edge.
 */
export function selectedParagraphs(editor: Editor): NodeEntry<BodyParagraph>[] {
  const focus = focusParagraph(editor);
  if (!focus || !editor.selection) return [];
  const parent = Path.parent(focus[1]);
  const [start, end] = Range.edges(editor.selection);
  const out: NodeEntry<BodyParagraph>[] = [];
  for (const entry of Editor.nodes(editor, { at: { anchor: start, focus: end }, match: ResolutionElement.isParagraph, mode: 'lowest' })) {
    if (Path.equals(Path.parent(entry[1]), parent)) out.push(entry as NodeEntry<BodyParagraph>);
  }
  return out.length > 0 ? out : [focus];
}

/** The children of the container that holds `path` (the editor or an embedded resolution). */
export function siblingsOf(editor: Editor, path: Path): readonly Descendant[] {
  const parent = Editor.node(editor, Path.parent(path))[0];
  return Editor.isEditor(parent) || Element.isElement(parent) ? parent.children : [];
}

/** Index just past the sub-paragraphs of the operative paragraph at `index` (index + 1 for anything else). */
export function unitEnd(siblings: readonly Descendant[], index: number): number {
  const head = siblings[index];
  if (!ResolutionElement.isOperative(head)) return index + 1;
  let end = index + 1;
  while (end < siblings.length) {
    const next = siblings[end];
    if (!ResolutionElement.isOperative(next) || next.level <= head.level) break;
    end += 1;
  }
  return end;
}

/** The operative paragraph immediately before `index`, or null when something else (or nothing) is there. */
export function operativeBefore(siblings: readonly Descendant[], index: number): OperativeParagraph | null {
  const previous = siblings[index - 1];
  return ResolutionElement.isOperative(previous) ? previous : null;
}

/** True when the paragraph has no visible text (footnote markers aside). */
export const isEmptyParagraph = (paragraph: BodyParagraph): boolean =>
  paragraph.children.every((child) => !('text' in child) || child.text === '');
