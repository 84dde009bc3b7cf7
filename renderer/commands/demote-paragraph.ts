import { canChangeLevel, changeLevel } from '../../shared/model/transforms/change-level';
import type { Command } from './command';

/** Tab: OP → (a) → (i), with the paragraph's own sub-paragraphs. */
export const demoteParagraph: Command = {
  id: 'paragraph.demote',
  isEnabled: (editor) => canChangeLevel(editor, 1),
  run: (editor) => void changeLevel(editor, 1),
};
