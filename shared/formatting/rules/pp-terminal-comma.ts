import type { DocumentRule } from '../rule';
import { endingFinding } from '../text/ending';
import { endingSlots } from '../view/operative-groups';

export const ppTerminalComma: DocumentRule = {
  type: 'document',
  id: 'pp-terminal-comma',
  severity: 'error',
  organs: 'all',
  scope: 'resolution',
  description: 'A preambular paragraph ends with a comma (a footnote marker may follow).',
  check: (view) =>
    view.bodies.flatMap((body) =>
      endingSlots(body)
        .filter((slot) => slot.role === 'pp')
        .flatMap((slot) => {
          const found = endingFinding(slot.target.text, ',', 'A preambular paragraph');
          return found ? [{ ...found, paragraphId: slot.target.id }] : [];
        }),
    ),
};
