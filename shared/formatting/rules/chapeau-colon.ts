import type { DocumentRule } from '../rule';
import { endingFinding } from '../text/ending';
import { slotCheck } from './end-punctuation-check';

export const chapeauColon: DocumentRule = {
  type: 'document',
  id: 'chapeau-colon',
  severity: 'error',
  organs: 'all',
  scope: 'resolution',
  description: 'A paragraph introducing sub-paragraphs (or an embedded resolution) ends its chapeau with a colon.',
  check: slotCheck(['chapeau'], (slot) => endingFinding(slot.target.text, ':', 'A paragraph followed by sub-paragraphs')),
};
