import { Editor, Element, Transforms, type Node } from 'slate';

/** Blocks the caret can stand in: text blocks of the document, not the footnote list (edited in its pane). */
const isTextBlock = (editor: Editor) => (node: Node) =>
  Element.isElement(node) &&
  node.type !== 'footnote-list' &&
  Editor.isBlock(editor, node) &&
  !Editor.isVoid(editor, node) &&
  Editor.hasInlines(editor, node);

/**
 * Ctrl+Home / Ctrl+End (with Shift: extend the selection): the first or last text of the document. The
 * browser cannot do it here because the document starts with the header form and ends with the
 * non-editable footnote list.
 */
export function handleNavigationKey(editor: Editor, event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || (event.key !== 'Home' && event.key !== 'End')) return false;
  const toEnd = event.key === 'End';
  const [entry] = Editor.nodes(editor, { at: [], match: isTextBlock(editor), mode: 'lowest', reverse: toEnd });
  if (!entry) return false;
  const point = toEnd ? Editor.end(editor, entry[1]) : Editor.start(editor, entry[1]);
  if (event.shiftKey && editor.selection) Transforms.select(editor, { anchor: editor.selection.anchor, focus: point });
  else Transforms.select(editor, point);
  return true;
}
