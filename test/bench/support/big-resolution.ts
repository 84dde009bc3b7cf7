import { clause, makeAdoptingBody, makeFootnoteList, makeHeader, makeOperative, makePreambular, makeTitle } from '../../../shared/model/factories';
import type { Level, TopBlock } from '../../../shared/model/types';

const PP_OPENERS = ['Recalling', 'Reaffirming', 'Noting with concern', 'Welcoming', 'Recognizing', 'Bearing in mind', 'Taking note of', 'Emphasizing', 'Deeply concerned', 'Acknowledging'];
const OP_OPENERS = ['Decides', 'Requests', 'Urges', 'Calls upon', 'Encourages', 'Invites', 'Stresses', 'Welcomes', 'Recommends', 'Reaffirms'];
const REST =
  ' the importance of strengthening international cooperation in crime prevention and criminal justice, including through technical assistance to Member States upon request, in accordance with national legislation and relevant international instruments';

/** The level pattern of the operative part: an OP, sometimes followed by (a)/(b) and an (i). */
const PATTERN: Level[] = [0, 0, 1, 1, 0, 1, 2, 2, 0, 0, 1, 0];

/**
 * A large draft for benchmarks: `preambular` PPs and `operative` operative paragraphs and sub-paragraphs,
 * each about 250 characters, with the ids "pp-<n>" and "op-<n>".
 */
export function bigResolution(preambular = 60, operative = 240): TopBlock[] {
  const pps = Array.from({ length: preambular }, (_, i) =>
    makePreambular(clause(PP_OPENERS[i % PP_OPENERS.length]!, `${REST} (${i + 1}),`), `pp-${i + 1}`),
  );
  const ops = Array.from({ length: operative }, (_, i) => {
    const level = PATTERN[i % PATTERN.length]!;
    return level === 0
      ? makeOperative(clause(OP_OPENERS[i % OP_OPENERS.length]!, `${REST} (${i + 1});`), 0, `op-${i + 1}`)
      : makeOperative(`To ensure${REST} (${i + 1});`, level, `op-${i + 1}`);
  });
  return [
    makeHeader({ fields: { organ: 'General Assembly', symbol: 'A/81/L.99', distribution: 'Limited' } }),
    makeTitle('Strengthening the United Nations crime prevention and criminal justice programme'),
    makeAdoptingBody('The General Assembly,'),
    ...pps,
    ...ops,
    makeFootnoteList(),
  ];
}
