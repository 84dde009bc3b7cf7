import { Editor, Path, Text, Transforms, type Descendant, type Point } from 'slate';
import { HistoryEditor } from 'slate-history';

/**
 * Puts a whole new value in the editor as one undoable step (restoring a revision, accepting changes,
 * applying an outcome): undo brings the previous text back.
 */
export function replaceBody(editor: Editor, body: readonly Descendant[]): void {
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      Transforms.deselect(editor);
      for (let i = editor.children.length - 1; i >= 0; i -= 1) Transforms.removeNodes(editor, { at: [i] });
      Transforms.insertNodes(editor, JSON.parse(JSON.stringify(body)) as Descendant[], { at: [0] });
    });
  });
}

/** A point's offset in its paragraph's current text (deleted runs and footnote markers have no width). */
export function currentOffset(editor: Editor, paragraph: Path, point: Point): number {
  let offset = 0;
  for (const [node, path] of Editor.nodes(editor, { at: paragraph, match: Text.isText })) {
    if (Path.equals(path, point.path)) return offset + (node.del ? 0 : point.offset);
    if (!node.del) offset += node.text.length;
  }
  return offset;
}
