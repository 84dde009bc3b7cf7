import type { Finding } from '../diagnostic';
import type { DocumentRule } from '../rule';
import { endingFinding } from '../text/ending';
import type { EndingSlot } from '../view/operative-groups';
import { slotCheck } from './end-punctuation-check';

/** "…; and" / "…, or" at the end of a penultimate item: resolution lists have no conjunction (un-format.md §2.3). */
const TRAILING_AND = /[;,]?\s+(and|or)\s*$/;

function check(slot: EndingSlot): Finding | null {
  const { text } = slot.target;
  const conjunction = TRAILING_AND.exec(text);
  if (conjunction && slot.penultimate) {
    return {
      range: { start: conjunction.index, end: text.length },
      message: `A sub-paragraph ends with a semicolon; no “${conjunction[1]}” after the penultimate one.`,
      fix: { replacement: ';' },
    };
  }
  return endingFinding(text, ';', 'A sub-paragraph');
}

export const subparaTerminal: DocumentRule = {
  type: 'document',
  id: 'subpara-terminal',
  severity: 'error',
  organs: 'all',
  scope: 'resolution',
  description: 'Sub-paragraphs end with a semicolon, with no “and” after the penultimate one.',
  check: slotCheck(['sub', 'last-sub'], check),
};
