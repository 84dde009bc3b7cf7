import type { DocumentRule } from '../rule';

const SEIZED = 'Decides to remain seized of the matter.';

/** Security Council resolutions close with "Decides to remain seized of the matter." (practice). */
export const scRemainSeized: DocumentRule = {
  type: 'document',
  id: 'sc-remain-seized',
  severity: 'info',
  organs: ['sc'],
  scope: 'resolution',
  description: 'A Security Council resolution ends with “Decides to remain seized of the matter.”',
  check: (view) =>
    view.bodies.flatMap((body) => {
      const ops = body.paragraphs.filter((p) => p.kind === 'op');
      const last = ops[ops.length - 1];
      if (!last || !body.formula || /remain (actively )?seized of the matter/.test(last.text)) return [];
      return [{ paragraphId: last.id, range: null, message: `Security Council resolutions usually close with “${SEIZED}”` }];
    }),
};
