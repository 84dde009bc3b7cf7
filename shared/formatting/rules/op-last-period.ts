import type { DocumentRule } from '../rule';
import { endingFinding } from '../text/ending';
import { slotCheck } from './end-punctuation-check';

export const opLastPeriod: DocumentRule = {
  type: 'document',
  id: 'op-last-period',
  severity: 'error',
  organs: 'all',
  scope: 'resolution',
  description: 'The last operative paragraph (or the last sub-paragraph of the last one) ends with a full stop.',
  check: slotCheck(['last-op', 'final-sub'], (slot) =>
    endingFinding(slot.target.text, '.', slot.role === 'last-op' ? 'The last operative paragraph' : 'The last sub-paragraph of the resolution'),
  ),
};
