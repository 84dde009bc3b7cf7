import type { Editor } from 'slate';
import { insertNext } from '../../../shared/model/transforms/split/insert-next';

const SLATE_FRAGMENT = 'application/x-slate-fragment';

/**
 * Pasting text from elsewhere: each line becomes a paragraph of the kind the caret is in (as if typed with
 * Enter between lines); Slate's own fragments (copy inside Penholder) keep their structure, and the unique-id
 * plugin renames copies. The importer's paste conversion (shared/import/paste.ts, openers and numbers
 * recognized) takes over here when it lands.
 */
export function withPaste(editor: Editor): Editor {
  const { insertData } = editor;
  editor.insertData = (data) => {
    if (data.types.includes(SLATE_FRAGMENT)) return insertData(data);
    const text = data.getData('text/plain');
    if (!text) return insertData(data);
    // whitespace runs become one space; the first line keeps its leading space (it joins the caret's text)
    const lines = text
      .split(/\r?\n/)
      .map((line, i) => (i === 0 ? line.replace(/\s+/g, ' ').trimEnd() : line.replace(/\s+/g, ' ').trim()))
      .filter((line) => line.trim() !== '');
    lines.forEach((line, i) => {
      if (i > 0) insertNext(editor);
      editor.insertText(line);
    });
  };
  return editor;
}
