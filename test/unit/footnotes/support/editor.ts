import { Editor, Transforms, type Descendant } from 'slate';
import { createInstrumentMatcher } from '../../../../shared/citations/instrument-match';
import { paragraphPath } from '../../../../shared/footnotes/accept-offer';
import { createHeadlessEditor } from '../../../../shared/model/headless';
import { shippedEntries } from '../../citations/support/table';

export const matcher = createInstrumentMatcher(shippedEntries());

/** A headless editor over the value with the caret at the end of paragraph `id`. */
export function editorAtEnd(value: Descendant[], id: string): Editor {
  const editor = createHeadlessEditor(value);
  Editor.normalize(editor, { force: true });
  Transforms.select(editor, Editor.end(editor, paragraphPath(editor, id)!));
  return editor;
}
