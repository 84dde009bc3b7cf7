import { canMoveParagraph, moveParagraph } from '../../shared/model/transforms/move-paragraph';
import type { Command } from './command';

export const moveParagraphUp: Command = {
  id: 'paragraph.moveUp',
  isEnabled: (editor) => canMoveParagraph(editor, 'up'),
  run: (editor) => void moveParagraph(editor, 'up'),
};
