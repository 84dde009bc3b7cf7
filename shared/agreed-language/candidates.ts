import { HEAD_POSITIONS, findKey, headKey, type SearchIndexData } from './index-data';
import { termIds, type PreparedQuery } from './query';

/** Head positions a typed bigram may also sit at: one word dropped or added before it. */
const SHIFTS = [1, -1];
/** Candidates may miss this many typed bigrams (an extra word or a dropped one costs one or two). */
export const VOTE_SLACK = 2;

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
  /** the bigrams were also looked up one position off (no paragraph held them all in place) */
  shifted = false;

  constructor(paragraphs: number) {
    this.votes = new Uint8Array(paragraphs);
    this.stamp = new Uint32Array(paragraphs);
    this.pairsSeen = new Uint32Array(paragraphs);
    this.touched = new Uint32Array(paragraphs);
  }
}

const addVote = (buffers: VoteBuffers, p: number, bit: number): void => {
  const { votes, pairsSeen } = buffers;
  if ((pairsSeen[p]! & bit) !== 0) return;
  pairsSeen[p]! |= bit;
  const v = votes[p]! + 1;
  votes[p] = v;
  if (v > buffers.best) buffers.best = v;
};

/** One posting list's votes for typed bigram `pair`; `create` false only adds to paragraphs already seen. */
function voteList(data: SearchIndexData, buffers: VoteBuffers, slot: number, bit: number, create: boolean): void {
  const { votes, stamp, pairsSeen, touched, generation } = buffers;
  const postings = data.headPostings;
  let count = buffers.touchedCount;
  let best = buffers.best;
  for (let i = data.headOffsets[slot]!, end = data.headOffsets[slot + 1]!; i < end; i += 1) {
    const p = postings[i]!;
    if (stamp[p] !== generation) {
      if (!create) continue;
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

/** The same votes by reading the candidates' own tokens: cheaper than a long list once candidates are few. */
function voteDirect(data: SearchIndexData, buffers: VoteBuffers, a: readonly number[], b: readonly number[], pos: number, bit: number): void {
  const { tokens, tokenOffsets } = data;
  for (let i = 0; i < buffers.touchedCount; i += 1) {
    const p = buffers.touched[i]!;
    const at = tokenOffsets[p]! + pos;
    if (at + 1 < tokenOffsets[p + 1]! && a.includes(tokens[at]!) && b.includes(tokens[at + 1]!)) addVote(buffers, p, bit);
  }
}

/**
 * Paragraphs whose head holds the typed words' bigrams at about the same positions: each typed bigram found
 * is one vote. A dropped word, a typo or an extra word costs a vote or two, never the candidate.
 * Bigrams are taken rarest first; once a paragraph not yet seen could no longer reach the vote threshold,
 * the remaining (common) bigrams only count for the candidates found so far.
 * Returns the highest vote count; the candidates are buffers.touched[0 .. touchedCount).
 */
export function voteCandidates(data: SearchIndexData, query: PreparedQuery, buffers: VoteBuffers): number {
  buffers.generation += 1;
  buffers.touchedCount = 0;
  buffers.best = 0;
  buffers.shifted = false;
  const vocabSize = data.vocab.length;
  const ids = query.terms.map(termIds);
  const slotsOf = (a: readonly number[], b: readonly number[], pos: number): number[] => {
    const slots: number[] = [];
    for (const x of a) for (const y of b) {
      const slot = findKey(data.headKeys, headKey(x, y, pos, vocabSize));
      if (slot >= 0) slots.push(slot);
    }
    return slots;
  };
  if (ids.length === 1) {
    for (const pos of [0, 1]) for (const slot of slotsOf(ids[0]!, [vocabSize], pos)) voteList(data, buffers, slot, 1, true);
    return buffers.best;
  }
  const pairs = ids.length - 1;
  const pass = (shift: number) => {
    const plan: { j: number; slots: number[]; size: number }[] = [];
    for (let j = 0; j < pairs; j += 1) {
      const pos = j + shift;
      if (pos < 0 || pos >= HEAD_POSITIONS) continue;
      const slots = slotsOf(ids[j]!, ids[j + 1]!, pos);
      const size = slots.reduce((n, s) => n + data.headOffsets[s + 1]! - data.headOffsets[s]!, 0);
      plan.push({ j, slots, size });
    }
    plan.sort((x, y) => x.size - y.size);
    plan.forEach(({ j, slots, size }, done) => {
      const create = pairs - done >= buffers.best - VOTE_SLACK;
      if (!create && size > buffers.touchedCount * 2) voteDirect(data, buffers, ids[j]!, ids[j + 1]!, j + shift, 1 << j);
      else for (const slot of slots) voteList(data, buffers, slot, 1 << j, create);
    });
  };
  pass(0);
  // when some paragraph holds every typed bigram in place, shifted bigrams (a dropped or an extra word)
  // cannot make a better candidate: skip them, which is most of the work for common beginnings
  if (buffers.best < pairs) {
    buffers.shifted = true;
    for (const shift of SHIFTS) pass(shift);
  }
  return buffers.best;
}
