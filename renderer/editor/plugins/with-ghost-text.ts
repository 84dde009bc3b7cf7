import type { Editor } from 'slate';
import { ghostKeyHandler } from '../../features/agreed-language/ghost-keys';
import { scheduleSuggestions } from '../../features/agreed-language/request-suggestions';

let activeEditor: Editor | null = null;

/**
 * Agreed language while the delegate types the first words of a paragraph: after each edit the caret's
 * paragraph is looked up in the corpus (features/agreed-language); the best match shows as ghost text,
 * the next ones in a list under it. A caret move away clears them.
 */
export function withGhostText(editor: Editor): Editor {
  const { onChange } = editor;
  activeEditor = editor;
  if (typeof window !== 'undefined' && !(window as { penholderGhostKeys?: true }).penholderGhostKeys) {
    (window as { penholderGhostKeys?: true }).penholderGhostKeys = true;
    window.addEventListener('keydown', ghostKeyHandler(() => activeEditor), true);
  }
  editor.onChange = (options) => {
    onChange(options);
    activeEditor = editor;
    scheduleSuggestions(editor, editor.operations.some((op) => op.type !== 'set_selection'));
  };
  return editor;
}
