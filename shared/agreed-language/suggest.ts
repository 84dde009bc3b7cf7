import { SLACK, alignPrefix } from './align';
import { VOTE_SLACK, voteCandidates } from './candidates';
import { FLAG_ADVERBS } from './index-data';
import { paragraphFilter } from './filters';
import { prepareQuery } from './query';
import type { IndexRuntime } from './runtime';
import type { SearchContext, SearchFilters } from './passage';
import { BoundQueue } from './bound-queue';
import { costFloor } from './cost-floor';
import { TopDistinct, type Hit } from './top-hits';

/** Typed words beyond this many do not change which paragraph is meant. */
export const MAX_TYPED_TERMS = 20;
/**
 * Alignments per search at most: when thousands of candidates share a common beginning ("Requests the
 * Secretary-General to") and the typing has a slip, the last of k places is all that more work would
 * settle; the best candidates (by bound) are always aligned first.
 */
const MAX_ALIGNMENTS = 400;

/** Bonuses in "words" (see align.ts COST). */
const BONUS = {
  /** the typed text ends a clause exactly where the paragraph ends */
  complete: 0.3,
  /** the opener's "also"/"further" as typed */
  adverb: 0.15,
} as const;

export interface SuggestOptions {
  k: number;
  filters?: SearchFilters;
  context?: SearchContext;
}

/**
 * Agreed language for the beginning of a paragraph: anchored-bigram candidates, in-order prefix alignment
 * with typo and dropped-word tolerance, then the draft's context. One result per distinct text.
 * Candidates are scored in order of an upper bound (context + bonuses − what their missing votes must
 * cost), so the alignment runs only until no remaining candidate can enter the top k.
 */
export function suggest(rt: IndexRuntime, text: string, options: SuggestOptions): Hit[] {
  const query = prepareQuery(text, rt.lexicon, MAX_TYPED_TERMS);
  if (query.terms.length === 0) return [];
  const best = voteCandidates(rt.data, query, rt.buffers);
  if (best === 0) return [];
  const threshold = Math.max(1, best - VOTE_SLACK);
  const filter = paragraphFilter(rt.data, options.filters);
  const scorer = rt.scorer.reset(options.context);
  const { votes, touched, touchedCount, pairsSeen } = rt.buffers;
  const pairs = Math.max(1, query.terms.length - 1);
  const { tokens, tokenOffsets, paraFlags } = rt.data;
  const bonus = (p: number) => (query.adverb === (paraFlags[p]! & FLAG_ADVERBS) ? BONUS.adverb : 0);
  const completeBonus = query.complete ? BONUS.complete : 0;
  const maxReach = query.terms.length + SLACK;
  const { candidates, bounds, context } = rt;
  let count = 0;
  for (let i = 0; i < touchedCount; i += 1) {
    const p = touched[i]!;
    if (votes[p]! < threshold || (filter && !filter(p))) continue;
    candidates[count] = p;
    context[count] = scorer.score(p) + bonus(p);
    // only a paragraph short enough for the typed words to reach its end can earn the "complete" bonus
    const reachable = tokenOffsets[p + 1]! - tokenOffsets[p]! <= maxReach ? completeBonus : 0;
    bounds[count] = context[count]! + reachable - (query.terms.length > 1 ? costFloor(pairsSeen[p]!, pairs, rt.buffers.shifted) : 0);
    count += 1;
  }
  const queue = new BoundQueue(bounds, count, rt.heap);
  const top = new TopDistinct(rt.data, options.k);
  for (let aligned = 0; aligned < MAX_ALIGNMENTS && !queue.empty && !(top.full && queue.peekBound() <= top.floor); aligned += 1) {
    const c = queue.pop();
    const p = candidates[c]!;
    const start = tokenOffsets[p]!;
    const end = tokenOffsets[p + 1]!;
    // what the alignment may cost at most for this candidate to still enter the top k
    const limit = top.full ? context[c]! + (query.complete ? BONUS.complete : 0) - top.floor : Infinity;
    const alignment = alignPrefix(query.terms, tokens, start, end, rt.row, limit);
    if (alignment.cost === Infinity) continue;
    let score = context[c]! - alignment.cost;
    if (query.complete && alignment.end === end - start) score += BONUS.complete;
    top.offer(p, score);
  }
  return top.hits;
}
