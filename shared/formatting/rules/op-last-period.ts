import type { DocumentRule } from '../rule';
import { endingFinding } from '../text/ending';
import { endingSlots } from '../view/operative-groups';

export const opLastPeriod: DocumentRule = {
  type: 'document',
  id: 'op-last-period',
  severity: 'error',
  organs: 'all',
  scope: 'resolution',
  description: 'The last operative paragraph (or the last sub-paragraph of the last one) ends with a full stop.',
  check: (view) =>
    view.bodies.flatMap((body) =>
      endingSlots(body)
        .filter((slot) => slot.role === 'last-op' || slot.role === 'final-sub')
        .flatMap((slot) => {
          const what = slot.role === 'last-op' ? 'The last operative paragraph' : 'The last sub-paragraph of the resolution';
          const found = endingFinding(slot.target.text, '.', what);
          return found ? [{ ...found, paragraphId: slot.target.id }] : [];
        }),
    ),
};
