import type { Editor } from 'slate';
import { insertNext } from '../../../shared/model/transforms/split/insert-next';

/** Enter (and Shift+Enter: a resolution paragraph has no line breaks) makes the next paragraph of the same kind. */
export function withInsertBreak(editor: Editor): Editor {
  editor.insertBreak = () => insertNext(editor);
  editor.insertSoftBreak = () => insertNext(editor);
  return editor;
}
