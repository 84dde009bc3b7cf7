import { Editor, Element, Transforms } from 'slate';
import { ResolutionElement } from '../guards';
import type { NormalizeRule } from './rule';

/** A footnote marker points at a footnote of this document; a marker whose footnote is gone is removed. */
export const footnoteRefsResolve: NormalizeRule = (editor, [node, path]) => {
  if (!Element.isElement(node) || !ResolutionElement.isFootnoteRef(node)) return false;
  const list = editor.children.find(ResolutionElement.isFootnoteList);
  if (list?.children.some((fn) => fn.id === node.footnoteId)) return false;
  if (!Editor.hasPath(editor, path)) return false;
  Transforms.removeNodes(editor, { at: path });
  return true;
};
