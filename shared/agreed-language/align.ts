import type { QueryTerm } from './query';

/** Costs of the prefix alignment, in "words": one wrong word costs 1. */
export const COST = {
  /** a typo (one edit, two swapped letters) */
  fuzzy: 0.35,
  /** the last word, still being typed, is the start of this one */
  prefix: 0.1,
  /** the paragraph has a word the delegate left out */
  skip: 0.6,
  /** the delegate typed a word the paragraph does not have */
  extra: 0.6,
  wrong: 1,
} as const;

/** The paragraph may run this many words ahead of what was typed (words the delegate dropped). */
export const SLACK = 3;

export interface Alignment {
  cost: number;
  /** paragraph tokens covered by the typed words */
  end: number;
}

const substitution = (term: QueryTerm, token: number): number => {
  if (token === term.id) return 0;
  if (term.prefix.length > 0 && term.prefix.includes(token)) return COST.prefix;
  if (term.fuzzy.length > 0 && term.fuzzy.includes(token)) return COST.fuzzy;
  return COST.wrong;
};

/**
 * Edit distance between the typed words and the BEGINNING of a paragraph (free end on the paragraph's
 * side): the in-order prefix alignment that ranks suggestions. `row` is scratch space of terms + SLACK + 2.
 * Gives up (cost Infinity) as soon as every partial alignment costs more than `limit`: each row's minimum
 * is a lower bound on the final cost.
 */
export function alignPrefix(
  terms: readonly QueryTerm[],
  tokens: Uint32Array,
  start: number,
  end: number,
  row: Float64Array,
  limit = Infinity,
): Alignment {
  const m = terms.length;
  const n = Math.min(end - start, m + SLACK);
  // row[e] = cost of aligning the terms so far with the paragraph's first e tokens
  for (let e = 0; e <= n; e += 1) row[e] = e * COST.skip;
  for (let i = 1; i <= m; i += 1) {
    const term = terms[i - 1]!;
    let diagonal = row[0]!;
    row[0] = i * COST.extra;
    let rowMin = row[0]!;
    for (let e = 1; e <= n; e += 1) {
      const up = row[e]!;
      const best = Math.min(diagonal + substitution(term, tokens[start + e - 1]!), up + COST.extra, row[e - 1]! + COST.skip);
      diagonal = up;
      row[e] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return { cost: Infinity, end: 0 };
  }
  let cost = Infinity;
  let covered = 0;
  for (let e = 0; e <= n; e += 1) {
    if (row[e]! < cost) {
      cost = row[e]!;
      covered = e;
    }
  }
  return { cost, end: covered };
}
