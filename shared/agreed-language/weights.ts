import type { IndexRuntime } from './runtime';

/** Inverse document frequency of a token over paragraphs: rare words identify a paragraph, "the" does not. */
export const idf = (rt: IndexRuntime, token: number): number =>
  Math.log(1 + rt.data.paraDoc.length / (1 + rt.lexicon.df[token]!));

/** True when paragraph `p` contains any of `ids` (a scan of its tokens: for a few candidates only). */
export function containsAny(rt: IndexRuntime, p: number, ids: readonly number[]): boolean {
  const { tokens, tokenOffsets } = rt.data;
  for (let i = tokenOffsets[p]!; i < tokenOffsets[p + 1]!; i += 1) if (ids.includes(tokens[i]!)) return true;
  return false;
}

/**
 * Adds `weight` to every paragraph holding one of `ids` (once per term: bit `term` of pairsSeen). `create`
 * false only adds to paragraphs already seen. Scores accumulate in rt.context; touched paragraphs in
 * rt.buffers.touched.
 */
export function accumulate(rt: IndexRuntime, ids: readonly number[], weight: number, term: number, create: boolean): void {
  const { stamp, pairsSeen, touched } = rt.buffers;
  const { postingOffsets, postings } = rt.data;
  const acc = rt.context;
  const generation = rt.buffers.generation;
  const bit = 2 ** term;
  for (const id of ids) {
    for (let i = postingOffsets[id]!; i < postingOffsets[id + 1]!; i += 1) {
      const p = postings[i]!;
      if (stamp[p] !== generation) {
        if (!create) continue;
        stamp[p] = generation;
        pairsSeen[p] = 0;
        acc[p] = 0;
        touched[rt.buffers.touchedCount++] = p;
      }
      if ((pairsSeen[p]! & bit) === 0) {
        pairsSeen[p]! |= bit;
        acc[p]! += weight;
      }
    }
  }
}

/** Starts a scoring pass over rt.buffers (a new generation, nothing touched). */
export function beginPass(rt: IndexRuntime): void {
  rt.buffers.generation += 1;
  rt.buffers.touchedCount = 0;
}
