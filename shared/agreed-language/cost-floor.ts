import { COST } from './align';

/** The least a typing slip costs (align.ts COST.skip and COST.extra), and the least per bigram it breaks. */
const LEAST_ERROR = Math.min(COST.skip, COST.extra);
const LEAST_PER_BIGRAM = LEAST_ERROR / 2;

/**
 * A lower bound on the alignment cost from the typed bigrams a candidate lacks (bit j of `seen` = bigram j
 * found). A run of missing bigrams costs at least one slip, and 0.3 per bigram (one slip breaks at most
 * two). A run reaching the end may be one slip that shifted everything after it, unless the bigrams were
 * also looked up one position off (`shifted`): then one slip would have left them found. (Two slips that
 * shift by two are bounded as more than they cost: such candidates may rank a little low.)
 */
export function costFloor(seen: number, pairs: number, shifted: boolean): number {
  let floor = 0;
  let run = 0;
  for (let j = 0; j <= pairs; j += 1) {
    if (j < pairs && (seen & (1 << j)) === 0) {
      run += 1;
      continue;
    }
    if (run > 0) floor += j === pairs && !shifted ? LEAST_ERROR : Math.max(LEAST_ERROR, LEAST_PER_BIGRAM * run);
    run = 0;
  }
  return floor;
}
