import { createEditor, Editor, type Descendant } from 'slate';
import { withResolution } from './with-resolution';

/** A headless resolution editor over a value (importer, CLI, tests). */
export function createHeadlessEditor(value: Descendant[]): Editor {
  const editor = withResolution(createEditor());
  editor.children = value;
  return editor;
}

/** Runs the structure normalizers over a whole value and returns the result. */
export function normalizeValue(value: Descendant[]): Descendant[] {
  const editor = createHeadlessEditor(JSON.parse(JSON.stringify(value)) as Descendant[]);
  Editor.normalize(editor, { force: true });
  return editor.children;
}
