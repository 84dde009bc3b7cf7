import type { Command } from './command';

export const undo: Command = {
  id: 'edit.undo',
  isEnabled: (editor) => editor.history.undos.length > 0,
  run: (editor) => editor.undo(),
};
