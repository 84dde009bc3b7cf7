import type { DocumentRule } from '../rule';
import { endingFinding } from '../text/ending';
import { slotCheck } from './end-punctuation-check';

export const ppTerminalComma: DocumentRule = {
  type: 'document',
  id: 'pp-terminal-comma',
  severity: 'error',
  organs: 'all',
  scope: 'resolution',
  description: 'A preambular paragraph ends with a comma (a footnote marker may follow).',
  check: slotCheck(['pp'], (slot) => endingFinding(slot.target.text, ',', 'A preambular paragraph')),
};
