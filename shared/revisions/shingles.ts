/**
 * A cheap first look at how alike two paragraphs are: Dice coefficient over word bigrams (single words for
 * very short texts). It only ranks candidate pairs; the reported similarity is the word-level LCS ratio.
 */
/** Call both with wordsOf(text) from word-diff.ts. */
export type Shingles = Set<string>;


export function shinglesOf(words: readonly string[]): Shingles {
  if (words.length < 3) return new Set(words);
  const out = new Set<string>();
  for (let i = 1; i < words.length; i += 1) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}

/** Word counts: their overlap bounds the word-level LCS from above, so it rules pairs out without a diff. */
export interface WordBag {
  counts: Map<string, number>;
  size: number;
}

export function bagOf(words: readonly string[]): WordBag {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { counts, size: words.length };
}

/** An upper bound of the word similarity of two texts (2 × shared words / total words). */
export function bagBound(a: WordBag, b: WordBag): number {
  if (a.size + b.size === 0) return 1;
  let shared = 0;
  for (const [w, n] of a.counts) shared += Math.min(n, b.counts.get(w) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

export function dice(a: Shingles, b: Shingles): number {
  if (a.size + b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}
