import type { Editor } from 'slate';
import { catalog } from '../../shared/commands/catalog';
import { useAppStore } from '../state/store';
import { commands } from './registry';
import { commandForKey } from './shortcuts';

export interface KeyContext {
  /** the event comes from inside the editor: its text or the header form */
  inEditor: boolean;
  /** the event comes from the document text itself */
  inText: boolean;
}

/**
 * Paragraph keys act on the text only (elsewhere Tab keeps moving focus); undo and redo anywhere in the
 * editor, the header form included, since its edits are in the same history; other commands everywhere.
 */
const allowed = (menu: string, context: KeyContext): boolean =>
  menu === 'format' ? context.inText : menu === 'edit' ? context.inEditor : true;

/**
 * Runs the command bound to the key, if any: the one keyboard path for the editor and the window. Returns
 * true when the event was taken (its default is then prevented). Ctrl+Shift+P opens the command palette.
 */
export function handleShortcut(editor: Editor, event: KeyboardEvent, context: KeyContext): boolean {
  if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p') {
    useAppStore.getState().setPaletteOpen(true);
    return true;
  }
  const id = commandForKey(event);
  if (!id) return false;
  if (!allowed(catalog[id].menu, context)) return false;
  const command = commands[id];
  // Tab in the document never leaves it, even where it cannot demote
  if (command.isEnabled(editor)) void command.run(editor);
  return true;
}
