import { paragraphFilter } from './filters';
import { prepareQuery, termIds } from './query';
import type { IndexRuntime } from './runtime';
import type { SearchContext, SearchFilters } from './passage';
import { TopDistinct, type Hit } from './top-hits';
import { accumulate, beginPass, containsAny, idf } from './weights';

/** Free-text words beyond this many add nothing. */
const MAX_WORDS = 30;
/** A word in more than this share of paragraphs only scores candidates found through rarer words. */
const COMMON_SHARE = 0.05;
/** Score weights: share of the query's weight matched, typed words side by side, the draft's context. */
const WEIGHT = { coverage: 1, adjacency: 0.3, context: 0.2 } as const;

export interface WordsOptions {
  k: number;
  filters?: SearchFilters;
  context?: SearchContext;
}

/** How many consecutive typed words also stand side by side in the paragraph, as a share. */
function adjacency(rt: IndexRuntime, p: number, ids: readonly (readonly number[])[]): number {
  if (ids.length < 2) return 0;
  const { tokens, tokenOffsets } = rt.data;
  let found = 0;
  for (let j = 0; j + 1 < ids.length; j += 1) {
    for (let i = tokenOffsets[p]!; i + 1 < tokenOffsets[p + 1]!; i += 1) {
      if (ids[j]!.includes(tokens[i]!) && ids[j + 1]!.includes(tokens[i + 1]!)) {
        found += 1;
        break;
      }
    }
  }
  return found / (ids.length - 1);
}

/**
 * The search panel: paragraphs holding the typed words anywhere (folded, typo-tolerant, the last word
 * completed), weighted by rarity, with a bonus for words in the typed order and for the draft's context.
 */
export function searchWords(rt: IndexRuntime, text: string, options: WordsOptions): Hit[] {
  const query = prepareQuery(text, rt.lexicon, MAX_WORDS);
  const seen = new Set<string>();
  const terms = query.terms.filter((t) => termIds(t).length > 0 && !seen.has(t.word) && seen.add(t.word));
  if (terms.length === 0) return [];
  const ordered = query.terms.map(termIds).filter((ids) => ids.length > 0);
  const weighted = terms
    .map((t) => ({ ids: termIds(t), weight: idf(rt, termIds(t)[0]!), df: Math.max(...termIds(t).map((id) => rt.lexicon.df[id]!)) }))
    .sort((a, b) => a.df - b.df);
  const total = weighted.reduce((n, t) => n + t.weight, 0);
  const common = rt.data.paraDoc.length * COMMON_SHARE;
  beginPass(rt);
  weighted.forEach((t, i) => {
    const create = i === 0 || t.df <= common;
    if (create || rt.buffers.touchedCount * 40 > t.df) accumulate(rt, t.ids, t.weight, i, create);
    else for (let c = 0; c < rt.buffers.touchedCount; c += 1) {
      const p = rt.buffers.touched[c]!;
      if (containsAny(rt, p, t.ids)) rt.context[p]! += t.weight;
    }
  });
  const filter = paragraphFilter(rt.data, options.filters);
  const scorer = rt.scorer.reset(options.context);
  const hits: Hit[] = [];
  for (let c = 0; c < rt.buffers.touchedCount; c += 1) {
    const p = rt.buffers.touched[c]!;
    if (filter && !filter(p)) continue;
    hits.push({ paragraph: p, score: (WEIGHT.coverage * rt.context[p]!) / total });
  }
  // the costlier parts (word order, context) only for the best matches by words
  hits.sort((a, b) => b.score - a.score);
  const top = new TopDistinct(rt.data, options.k);
  for (const hit of hits.slice(0, Math.max(200, options.k * 20))) {
    top.offer(hit.paragraph, hit.score + WEIGHT.adjacency * adjacency(rt, hit.paragraph, ordered) + WEIGHT.context * scorer.score(hit.paragraph));
  }
  return top.hits;
}
