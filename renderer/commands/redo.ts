import type { Command } from './command';

export const redo: Command = {
  id: 'edit.redo',
  isEnabled: (editor) => editor.history.redos.length > 0,
  run: (editor) => editor.redo(),
};
