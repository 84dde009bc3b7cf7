import { canMoveParagraph, moveParagraph } from '../../shared/model/transforms/move-paragraph';
import type { Command } from './command';

export const moveParagraphDown: Command = {
  id: 'paragraph.moveDown',
  isEnabled: (editor) => canMoveParagraph(editor, 'down'),
  run: (editor) => void moveParagraph(editor, 'down'),
};
