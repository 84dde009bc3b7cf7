import { canChangeLevel, changeLevel } from '../../shared/model/transforms/change-level';
import type { Command } from './command';

/** Shift+Tab: (i) → (a) → OP, with the paragraph's own sub-paragraphs. */
export const promoteParagraph: Command = {
  id: 'paragraph.promote',
  isEnabled: (editor) => canChangeLevel(editor, -1),
  run: (editor) => void changeLevel(editor, -1),
};
