import { describe, expect, it } from 'vitest';
import { COST } from '../../../shared/agreed-language/align';
import { costFloor } from '../../../shared/agreed-language/cost-floor';

/** bits from a pattern: "1" = the typed bigram was found, "0" = missing; first bigram first. */
const seen = (pattern: string) => [...pattern].reduce((bits, c, j) => (c === '1' ? bits | (1 << j) : bits), 0);

describe('the cost a candidate must at least have, from the typed bigrams it lacks', () => {
  it.each([
    ['all found', '1111111', false, 0],
    ['one missing inside: a dropped word', '1110111', true, COST.skip],
    ['two missing inside: an extra typed word', '1100111', true, COST.extra],
    ['four missing inside', '1000011', true, 1.2],
    ['two runs', '0111011', true, 2 * COST.skip],
    ['a run to the end, bigrams looked up shifted too', '1110000', true, 1.2],
    ['a run to the end, in place only: one slip may shift the rest', '1110000', false, COST.skip],
  ])('%s', (_name, pattern, shifted, floor) => {
    expect(costFloor(seen(pattern), pattern.length, shifted)).toBeCloseTo(floor);
  });
});
