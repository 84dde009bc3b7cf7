import type { DocumentRule } from '../rule';
import { endingFinding } from '../text/ending';
import { endingSlots } from '../view/operative-groups';

export const chapeauColon: DocumentRule = {
  type: 'document',
  id: 'chapeau-colon',
  severity: 'error',
  organs: 'all',
  scope: 'resolution',
  description: 'A paragraph introducing sub-paragraphs (or an embedded resolution) ends its chapeau with a colon.',
  check: (view) =>
    view.bodies.flatMap((body) =>
      endingSlots(body)
        .filter((slot) => slot.role === 'chapeau')
        .flatMap((slot) => {
          const found = endingFinding(slot.target.text, ':', 'A paragraph followed by sub-paragraphs');
          return found ? [{ ...found, paragraphId: slot.target.id }] : [];
        }),
    ),
};
