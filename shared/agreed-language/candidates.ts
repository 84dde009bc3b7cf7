import { HEAD_POSITIONS, findKey, headKey, type SearchIndexData } from './index-data';
import { termIds, type PreparedQuery } from './query';

/** Head positions a typed bigram may also sit at: one word dropped or added before it. */
const SHIFTS = [1, -1];

/** Reusable per-index buffers, so a search allocates almost nothing. */
export class VoteBuffers {
  readonly votes: Uint8Array;
  readonly stamp: Uint32Array;
  /** bit j set: typed bigram j already voted for this paragraph */
  readonly pairsSeen: Uint32Array;
  readonly touched: Uint32Array;
  touchedCount = 0;
  generation = 0;
  best = 0;

  constructor(paragraphs: number) {
    this.votes = new Uint8Array(paragraphs);
    this.stamp = new Uint32Array(paragraphs);
    this.pairsSeen = new Uint32Array(paragraphs);
    this.touched = new Uint32Array(paragraphs);
  }
}

/** One posting list's votes for typed bigram `pair` (a tight loop: this is the hot path of every search). */
function vote(data: SearchIndexData, buffers: VoteBuffers, key: number, pair: number): void {
  const slot = findKey(data.headKeys, key);
  if (slot < 0) return;
  const { votes, stamp, pairsSeen, touched, generation } = buffers;
  const postings = data.headPostings;
  const bit = 1 << pair;
  let count = buffers.touchedCount;
  let best = buffers.best;
  for (let i = data.headOffsets[slot]!, end = data.headOffsets[slot + 1]!; i < end; i += 1) {
    const p = postings[i]!;
    if (stamp[p] !== generation) {
      stamp[p] = generation;
      votes[p] = 1;
      pairsSeen[p] = bit;
      touched[count] = p;
      count += 1;
      if (best === 0) best = 1;
    } else if ((pairsSeen[p]! & bit) === 0) {
      pairsSeen[p]! |= bit;
      const v = votes[p]! + 1;
      votes[p] = v;
      if (v > best) best = v;
    }
  }
  buffers.touchedCount = count;
  buffers.best = best;
}

/**
 * Paragraphs whose head holds the typed words' bigrams at about the same positions: each typed bigram found
 * is one vote. A dropped word, a typo or an extra word costs a vote or two, never the candidate.
 * Returns the highest vote count; the candidates are buffers.touched[0 .. touchedCount).
 */
export function voteCandidates(data: SearchIndexData, query: PreparedQuery, buffers: VoteBuffers): number {
  buffers.generation += 1;
  buffers.touchedCount = 0;
  buffers.best = 0;
  const vocabSize = data.vocab.length;
  const ids = query.terms.map(termIds);
  if (ids.length === 1) {
    for (const a of ids[0]!) for (const pos of [0, 1]) vote(data, buffers, headKey(a, vocabSize, pos, vocabSize), 0);
    return buffers.best;
  }
  const pass = (shift: number) => {
    for (let j = 0; j + 1 < ids.length; j += 1) {
      const pos = j + shift;
      if (pos < 0 || pos >= HEAD_POSITIONS) continue;
      for (const a of ids[j]!) for (const b of ids[j + 1]!) vote(data, buffers, headKey(a, b, pos, vocabSize), j);
    }
  };
  pass(0);
  // when some paragraph holds every typed bigram in place, shifted bigrams (a dropped or an extra word)
  // cannot make a better candidate: skip them, which is most of the work for common beginnings
  if (buffers.best < ids.length - 1) for (const shift of SHIFTS) pass(shift);
  return buffers.best;
}
