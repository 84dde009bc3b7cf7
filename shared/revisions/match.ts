import { bagBound, bagOf, dice, shinglesOf } from './shingles';
import { similarityOfWords, wordSimilarity, wordsOf } from './word-diff';

export interface MatchOptions {
  /**
   * How to use stable ids: 'always' trusts them, 'never' ignores them (two unrelated documents), 'auto'
   * (default) trusts them unless most id-paired paragraphs have nothing in common, which means the two
   * values were numbered independently (two imports) and their ids agree only by accident.
   */
  ids?: 'auto' | 'always' | 'never';
  /** minimum word similarity (0–1) for pairing paragraphs that do not share an id; default 0.5 */
  threshold?: number;
}

/** Anything compare can pair: paragraphs, footnotes. `index` is the position in its list. */
export interface Matchable {
  id: string;
  text: string;
  index: number;
  kind?: string;
  level?: number;
}

export interface ParagraphMatch {
  /** indexes into the two paragraph lists */
  a: number;
  b: number;
  by: 'id' | 'similarity';
  /** word-level similarity, 0–1 */
  similarity: number;
}

const CANDIDATE_FLOOR = 0.1;

/** Pairs paragraphs: identity first (stable ids), then the most alike of the rest, greedily. */
export function matchParagraphs(
  a: readonly Matchable[],
  b: readonly Matchable[],
  options: MatchOptions = {},
): ParagraphMatch[] {
  const matches = idMatches(a, b, options.ids ?? 'auto');
  const takenA = new Set(matches.map((m) => m.a));
  const takenB = new Set(matches.map((m) => m.b));
  const threshold = options.threshold ?? 0.5;
  for (const candidate of candidates(a, b, takenA, takenB, threshold)) {
    if (takenA.has(candidate.a) || takenB.has(candidate.b)) continue;
    const similarity = similarityOfWords(candidate.aWords, candidate.bWords);
    if (similarity < threshold) continue;
    matches.push({ a: candidate.a, b: candidate.b, by: 'similarity', similarity });
    takenA.add(candidate.a);
    takenB.add(candidate.b);
  }
  return matches.sort((x, y) => x.b - y.b);
}

function idMatches(a: readonly Matchable[], b: readonly Matchable[], mode: 'auto' | 'always' | 'never') {
  if (mode === 'never') return [];
  const byId = new Map(a.map((p) => [p.id, p.index]));
  const out: ParagraphMatch[] = [];
  for (const p of b) {
    const index = byId.get(p.id);
    if (index !== undefined) out.push({ a: index, b: p.index, by: 'id', similarity: wordSimilarity(a[index]!.text, p.text) });
  }
  if (mode === 'auto' && out.length >= 3) {
    const alike = out.filter((m) => m.similarity >= 0.5).length;
    if (alike * 2 < out.length) return [];
  }
  return out;
}

interface Candidate {
  a: number;
  b: number;
  aWords: string[];
  bWords: string[];
  score: number;
}

/** Unpaired (a, b) combinations worth a closer look, most promising first. */
function candidates(
  a: readonly Matchable[],
  b: readonly Matchable[],
  takenA: Set<number>,
  takenB: Set<number>,
  threshold: number,
): Candidate[] {
  const prepare = (p: Matchable) => {
    const words = wordsOf(p.text);
    return { p, words, s: shinglesOf(words), bag: bagOf(words) };
  };
  const freeA = a.filter((p) => !takenA.has(p.index)).map(prepare);
  const freeB = b.filter((p) => !takenB.has(p.index)).map(prepare);
  const out: Candidate[] = [];
  for (const x of freeA) {
    for (const y of freeB) {
      const score = dice(x.s, y.s);
      if (score < CANDIDATE_FLOOR || bagBound(x.bag, y.bag) < threshold) continue;
      // Same kind and similar relative position only break near-ties.
      const sameKind = x.p.kind === y.p.kind && x.p.level === y.p.level ? 0.02 : 0;
      const distance = Math.abs(x.p.index / Math.max(1, a.length) - y.p.index / Math.max(1, b.length)) * 0.01;
      out.push({ a: x.p.index, b: y.p.index, aWords: x.words, bWords: y.words, score: score + sameKind - distance });
    }
  }
  return out.sort((x, y) => y.score - x.score);
}

/**
 * The pairs whose relative order changed: everything outside a longest run of pairs that keep their order
 * (longest increasing subsequence of new positions, taken in old order). Among equally long runs the one
 * whose paragraphs travelled least is kept, so the paragraph that jumped is the one reported as moved.
 */
export function movedPairs(
  matches: readonly ParagraphMatch[],
  travel: (m: ParagraphMatch) => number = (m) => Math.abs(m.a - m.b),
): Set<ParagraphMatch> {
  const pairs = [...matches].sort((x, y) => x.a - y.a);
  const n = pairs.length;
  const span = Math.max(1, ...pairs.map(travel));
  // Each kept pair scores 1, less a fraction (< 1 in total) for how far it travelled.
  const score = pairs.map((m) => 1 - travel(m) / (span * (n + 1)));
  const best = new Array<number>(n).fill(0);
  const previous = new Array<number>(n).fill(-1);
  let end = -1;
  for (let i = 0; i < n; i += 1) {
    best[i] = score[i]!;
    for (let j = 0; j < i; j += 1) {
      if (pairs[j]!.b < pairs[i]!.b && best[j]! + score[i]! > best[i]!) {
        best[i] = best[j]! + score[i]!;
        previous[i] = j;
      }
    }
    if (end < 0 || best[i]! > best[end]!) end = i;
  }
  const kept = new Set<number>();
  for (let k = end; k >= 0; k = previous[k]!) kept.add(k);
  return new Set(pairs.filter((_, i) => !kept.has(i)));
}
