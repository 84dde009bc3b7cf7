import type { DocumentRule } from '../rule';
import { endingFinding } from '../text/ending';

export const chapeauRecommendation: DocumentRule = {
  type: 'document',
  id: 'chapeau-recommendation',
  severity: 'info',
  organs: 'all',
  scope: 'resolution',
  description: 'The recommendation chapeau (“… recommends … the adoption of the following draft resolution”) ends with a colon.',
  check: (view) => {
    const chapeau = view.byId.get('recommendation');
    if (!chapeau) return [];
    const found = endingFinding(chapeau.text, ':', 'The recommendation chapeau');
    return found ? [{ ...found, paragraphId: chapeau.id }] : [];
  },
};
