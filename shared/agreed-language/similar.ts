import { foldText } from './fold';
import { paragraphFilter } from './filters';
import type { IndexRuntime } from './runtime';
import type { SearchContext, SearchFilters } from './passage';
import { TopDistinct, type Hit } from './top-hits';
import { accumulate, beginPass, idf } from './weights';

/** The rarest words of the paragraph find the candidates; this many are enough to find a reworded copy. */
const SEED_WORDS = 16;
/** Candidates (by shared rare words) compared word pair by word pair. */
const COMPARED = 400;
/** The draft's context only separates near-equal texts (the same paragraph adopted in several years). */
const CONTEXT_WEIGHT = 0.05;

const pairKey = (a: number, b: number, vocab: number) => a * (vocab + 1) + b;

/** Word pairs of a token list (unknown words count as one shared "unknown" word). */
function pairsOf(ids: ArrayLike<number>, start: number, end: number, vocab: number): Set<number> {
  const pairs = new Set<number>();
  for (let i = start; i + 1 < end; i += 1) pairs.add(pairKey(ids[i]!, ids[i + 1]!, vocab));
  return pairs;
}

export interface SimilarOptions {
  k: number;
  filters?: SearchFilters;
  context?: SearchContext;
}

/**
 * "Find agreed language for this paragraph": adopted paragraphs closest to a whole paragraph, scored by the
 * Dice coefficient of their word pairs (in [0, 1]: 1 = the same words in the same order), so a paragraph
 * that was edited in negotiation still finds its source.
 */
export function findSimilar(rt: IndexRuntime, text: string, options: SimilarOptions): Hit[] {
  const vocab = rt.data.vocab.length;
  const ids = foldText(text).tokens.map((w) => rt.lexicon.id(w)).map((id) => (id < 0 ? vocab : id));
  if (ids.length === 0) return [];
  const seeds = [...new Set(ids.filter((id) => id < vocab))].sort((a, b) => rt.lexicon.df[a]! - rt.lexicon.df[b]!).slice(0, SEED_WORDS);
  if (seeds.length === 0) return [];
  beginPass(rt);
  seeds.forEach((id, i) => accumulate(rt, [id], idf(rt, id), i, true));
  const filter = paragraphFilter(rt.data, options.filters);
  const candidates: number[] = [];
  for (let c = 0; c < rt.buffers.touchedCount; c += 1) {
    const p = rt.buffers.touched[c]!;
    if (!filter || filter(p)) candidates.push(p);
  }
  candidates.sort((a, b) => rt.context[b]! - rt.context[a]!);
  const own = pairsOf(ids, 0, ids.length, vocab);
  const { tokens, tokenOffsets } = rt.data;
  const scorer = rt.scorer.reset(options.context);
  const top = new TopDistinct(rt.data, options.k);
  for (const p of candidates.slice(0, COMPARED)) {
    const theirs = pairsOf(tokens, tokenOffsets[p]!, tokenOffsets[p + 1]!, vocab);
    let shared = 0;
    for (const pair of theirs) if (own.has(pair)) shared += 1;
    const dice = own.size + theirs.size > 0 ? (2 * shared) / (own.size + theirs.size) : 0;
    top.offer(p, dice + CONTEXT_WEIGHT * scorer.score(p));
  }
  return top.hits;
}
