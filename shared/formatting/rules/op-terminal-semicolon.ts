import type { DocumentRule } from '../rule';
import { endingFinding } from '../text/ending';
import { slotCheck } from './end-punctuation-check';

export const opTerminalSemicolon: DocumentRule = {
  type: 'document',
  id: 'op-terminal-semicolon',
  severity: 'error',
  organs: 'all',
  scope: 'resolution',
  description: 'Every operative paragraph except the last ends with a semicolon.',
  check: slotCheck(['op'], (slot) => endingFinding(slot.target.text, ';', 'An operative paragraph that is not the last')),
};
