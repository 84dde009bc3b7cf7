import { Editor, Element, Transforms, type Path } from 'slate';
import type { Citation } from '../citations/citation';
import { makeFootnote, makeFootnoteRef } from '../model/factories';
import { ResolutionElement } from '../model/guards';
import type { BodyParagraph, Recommendation, Title } from '../model/types';
import { pointAtOffset } from './text-point';

/**
 * Headless footnote transforms. Numbers are never written anywhere: a new footnote is a body in the
 * footnote list plus a marker in the text, and its number follows from where the marker stands.
 */

/** The blocks whose text may hold a marker: body paragraphs, the title, the recommendation chapeau. */
export const isMarkerHolder = (node: unknown): node is BodyParagraph | Title | Recommendation =>
  ResolutionElement.isParagraph(node) || (Element.isElement(node) && (node.type === 'title' || node.type === 'recommendation'));

/** Puts a marker for an existing footnote at a text offset of a paragraph (after markers already there). */
export function insertFootnoteRef(editor: Editor, paragraphPath: Path, offset: number, footnoteId: string): boolean {
  const [node] = Editor.node(editor, paragraphPath);
  if (!isMarkerHolder(node)) return false;
  const point = pointAtOffset(node.children, paragraphPath, offset, true);
  if (!point) return false;
  Transforms.insertNodes(editor, makeFootnoteRef(footnoteId), { at: point, select: false });
  return true;
}

/** Adds a footnote with this citation and its marker at a text offset of a paragraph; returns its id. */
export function insertFootnote(editor: Editor, paragraphPath: Path, offset: number, citation: Citation, id?: string): string | null {
  const listIndex = editor.children.findIndex(ResolutionElement.isFootnoteList);
  const list = editor.children[listIndex];
  if (!ResolutionElement.isFootnoteList(list)) return null;
  const footnote = makeFootnote(citation, id);
  // an empty list holds Slate's placeholder text node; a footnote goes before it, or Slate would drop the
  // footnote as a block among inlines
  const at = [listIndex, list.children.filter(ResolutionElement.isFootnote).length];
  let done = false;
  Editor.withoutNormalizing(editor, () => {
    Transforms.insertNodes(editor, footnote, { at, select: false });
    done = insertFootnoteRef(editor, paragraphPath, offset, footnote.id);
    if (!done) Transforms.removeNodes(editor, { at });
  });
  return done ? footnote.id : null;
}

/** Replaces the citation of a footnote (the citation editor); every Ibid. that depends on it follows. */
export function setCitation(editor: Editor, footnoteId: string, citation: Citation): boolean {
  const listIndex = editor.children.findIndex(ResolutionElement.isFootnoteList);
  const list = editor.children[listIndex];
  if (!ResolutionElement.isFootnoteList(list)) return false;
  const index = list.children.findIndex((fn) => fn.id === footnoteId);
  if (index < 0) return false;
  Transforms.setNodes(editor, { citation }, { at: [listIndex, index] });
  return true;
}
