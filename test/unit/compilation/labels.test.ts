import { describe, expect, it } from 'vitest';
import { altSuffix, ordinalSuffix, proposalLabels } from '../../../shared/compilation/labels';
import { DATE, tabled, zeroDraft } from './fixture';

describe('labels of proposed paragraphs', () => {
  it.each([
    [1, 'bis'],
    [2, 'ter'],
    [3, 'quater'],
    [4, 'quinquies'],
    [9, 'decies'],
  ])('new paragraph %i after the same paragraph is "%s"', (n, suffix) => {
    expect(ordinalSuffix(n)).toBe(suffix);
  });

  it.each([
    [1, 'alt'],
    [2, 'alt.2'],
    [3, 'alt.3'],
  ])('alternative %i is "%s"', (n, suffix) => {
    expect(altSuffix(n)).toBe(suffix);
  });

  it('counts per target paragraph in tabling order, relative to the base numbering', () => {
    const add = (id: string, paragraphId: string, placement: 'bis' | 'alt', status: 'open' | 'withdrawn' = 'open') => ({
      ...tabled(id, { delegations: ['EU'], op: 'add-paragraph', paragraphId, placement, text: 'Decides …;' }),
      status,
      date: DATE,
    });
    const labels = proposalLabels(zeroDraft, [
      add('a', 'o4', 'bis'),
      add('b', 'p1', 'alt'),
      add('c', 'o4', 'bis', 'withdrawn'),
      add('d', 'p1', 'alt'),
      add('e', 'o4', 'alt'),
      add('f', 'o4', 'bis'),
    ]);
    expect(Object.fromEntries(labels)).toEqual({ a: 'OP4 bis', b: 'PP1 alt', c: 'OP4 ter', d: 'PP1 alt.2', e: 'OP4 alt', f: 'OP4 quater' });
  });
});
