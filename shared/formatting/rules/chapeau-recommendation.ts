import type { Finding } from '../diagnostic';
import type { DocumentRule } from '../rule';
import { endingFinding } from '../text/ending';
import type { TextTarget } from '../view/targets';

// per chapeau target: typing elsewhere keeps the finding object, and so the linter its diagnostic
const perTarget = new WeakMap<TextTarget, (Finding & { paragraphId: string })[]>();

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
    let found = perTarget.get(chapeau);
    if (!found) {
      const ending = endingFinding(chapeau.text, ':', 'The recommendation chapeau');
      perTarget.set(chapeau, (found = ending ? [{ ...ending, paragraphId: chapeau.id }] : []));
    }
    return found;
  },
};
