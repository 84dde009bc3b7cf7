import { Editor, Transforms, type Path } from 'slate';
import { ReactEditor } from 'slate-react';
import { footnoteMarkers } from '../../../shared/footnotes/numbers';

/** Puts the caret right after the footnote's first marker and scrolls it into view. */
export function jumpToReference(editor: Editor, footnoteId: string): boolean {
  const marker = footnoteMarkers(editor.children).find((m) => m.footnoteId === footnoteId);
  if (!marker) return false;
  const after = Editor.after(editor, marker.path as Path);
  Transforms.select(editor, after ?? Editor.end(editor, marker.path));
  ReactEditor.focus(editor);
  try {
    const [node] = Editor.node(editor, marker.path);
    const dom = ReactEditor.toDOMNode(editor, node);
    dom.scrollIntoView({ block: 'center' });
    dom.classList.add('flash');
    setTimeout(() => dom.classList.remove('flash'), 900);
  } catch {
    // not drawn (yet): the selection is enough
  }
  return true;
}
