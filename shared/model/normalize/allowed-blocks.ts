import { Editor, Element, Node, Text, Transforms, type Descendant } from 'slate';
import { makeFootnoteList } from '../factories';
import { ResolutionElement } from '../guards';
import type { ElementType, PlainParagraph } from '../types';
import type { NormalizeRule } from './rule';

const ROOT: ReadonlySet<ElementType> = new Set<ElementType>([
  'header', 'recommendation', 'title', 'adopting-body', 'preambular-paragraph', 'operative-paragraph',
  'plain-paragraph', 'heading', 'embedded-resolution', 'closing', 'annex', 'footnote-list',
]);
const EMBEDDED: ReadonlySet<ElementType> = new Set<ElementType>([
  'adopting-body', 'preambular-paragraph', 'operative-paragraph', 'plain-paragraph', 'heading', 'embedded-resolution',
]);
const ANNEX: ReadonlySet<ElementType> = new Set<ElementType>(['heading', 'plain-paragraph']);
const FOOTNOTES: ReadonlySet<ElementType> = new Set<ElementType>(['footnote']);

const allowedIn = (parent: Node): ReadonlySet<ElementType> | null => {
  if (Editor.isEditor(parent)) return ROOT;
  if (!Element.isElement(parent)) return null;
  if (parent.type === 'embedded-resolution') return EMBEDDED;
  if (parent.type === 'annex') return ANNEX;
  if (parent.type === 'footnote-list') return FOOTNOTES;
  return null;
};

/**
 * Containers hold only the blocks they allow. A stray footnote goes back into the footnote list (never
 * lost); any other stray block becomes an unnumbered paragraph keeping its text.
 */
export const allowedBlocks: NormalizeRule = (editor, [node, path]) => {
  const allowed = allowedIn(node);
  if (!allowed || !('children' in node)) return false;
  const children = node.children as Descendant[];
  const index = children.findIndex((child) => Element.isElement(child) && !allowed.has(child.type));
  if (index === -1) return false;
  const stray = children[index]!;
  const at = [...path, index];
  if (ResolutionElement.isFootnote(stray)) {
    const listIndex = editor.children.findIndex(ResolutionElement.isFootnoteList);
    if (listIndex === -1) {
      Transforms.insertNodes(editor, makeFootnoteList(), { at: [editor.children.length] });
      return true;
    }
    const list = editor.children[listIndex]!;
    Transforms.moveNodes(editor, { at, to: [listIndex, 'children' in list ? list.children.length : 0] });
    return true;
  }
  if (Element.isElement(stray) && Editor.isInline(editor, stray)) {
    Transforms.removeNodes(editor, { at });
    return true;
  }
  Transforms.setNodes<PlainParagraph>(editor, { type: 'plain-paragraph' }, { at });
  // a stray container (a list, a header) keeps only its text
  const strayNode = Node.get(editor, at);
  if (Element.isElement(strayNode) && strayNode.children.some((c) => Element.isElement(c) && !Editor.isInline(editor, c))) {
    Transforms.unwrapNodes(editor, { at });
  }
  if (Element.isElement(strayNode) && strayNode.children.every((c) => !Text.isText(c) && !Element.isElement(c))) {
    Transforms.insertNodes(editor, { text: '' }, { at: [...at, 0] });
  }
  return true;
};
