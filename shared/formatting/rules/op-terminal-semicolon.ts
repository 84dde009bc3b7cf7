import type { DocumentRule } from '../rule';
import { endingFinding } from '../text/ending';
import { endingSlots } from '../view/operative-groups';

export const opTerminalSemicolon: DocumentRule = {
  type: 'document',
  id: 'op-terminal-semicolon',
  severity: 'error',
  organs: 'all',
  scope: 'resolution',
  description: 'Every operative paragraph except the last ends with a semicolon.',
  check: (view) =>
    view.bodies.flatMap((body) =>
      endingSlots(body)
        .filter((slot) => slot.role === 'op')
        .flatMap((slot) => {
          const found = endingFinding(slot.target.text, ';', 'An operative paragraph that is not the last');
          return found ? [{ ...found, paragraphId: slot.target.id }] : [];
        }),
    ),
};
