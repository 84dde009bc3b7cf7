import { conversionTarget, convertParagraphs } from '../../shared/model/transforms/convert-paragraph';
import type { Command } from './command';

/** Converts the selected paragraphs between preambular and operative. */
export const convertParagraph: Command = {
  id: 'paragraph.toggleKind',
  isEnabled: (editor) => conversionTarget(editor) !== null,
  run: (editor) => void convertParagraphs(editor),
};
