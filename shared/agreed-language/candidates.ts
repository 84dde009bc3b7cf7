import { HEAD_POSITIONS, findKey, headKey, type SearchIndexData } from './index-data';
import { termIds, type PreparedQuery } from './query';

/** Head positions a typed bigram may also sit at: one word dropped or added before it. */
const SHIFTS = [1, -1];
/** Reading a candidate's tokens costs about this many posting-list entries. */
const DIRECT_FACTOR = 4;
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

/**
 * The same votes by reading the candidates' own tokens: cheaper than a long list once candidates are few.
 * A candidate that cannot reach `needed` votes even with this and the `later` bigrams is not looked at.
 */
function voteDirect(
  data: SearchIndexData,
  buffers: VoteBuffers,
  pair: { a: readonly number[]; b: readonly number[]; positions: readonly number[]; bit: number },
  needed: number,
  later: number,
): void {
  const { tokens, tokenOffsets } = data;
  const { a, b, positions, bit } = pair;
  for (let i = 0; i < buffers.touchedCount; i += 1) {
    const p = buffers.touched[i]!;
    if (buffers.votes[p]! + 1 + later < needed) continue;
    const start = tokenOffsets[p]!;
    const end = tokenOffsets[p + 1]!;
    for (const pos of positions) {
      const at = start + pos;
      if (at + 1 < end && a.includes(tokens[at]!) && b.includes(tokens[at + 1]!)) {
        addVote(buffers, p, bit);
        break;
      }
    }
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
  /** One pass over the typed bigrams at these head shifts (relative to their typed position), rarest first. */
  const pass = (shifts: readonly number[], more: number) => {
    const plan = ids.slice(0, pairs).map((a, j) => {
      const positions = shifts.map((s) => j + s).filter((pos) => pos >= 0 && pos < HEAD_POSITIONS);
      const slots = positions.flatMap((pos) => slotsOf(a, ids[j + 1]!, pos));
      const size = slots.reduce((n, s) => n + data.headOffsets[s + 1]! - data.headOffsets[s]!, 0);
      return { pair: { a, b: ids[j + 1]!, positions, bit: 1 << j }, slots, size };
    });
    plan.sort((x, y) => x.size - y.size);
    plan.forEach(({ pair, slots, size }, done) => {
      // votes a paragraph may still gain after this bigram: the rest of this pass, then `more` (the shifted pass)
      const later = plan.length - done - 1 + (buffers.best < pairs ? more : 0);
      const needed = buffers.best - VOTE_SLACK;
      const create = later + 1 >= needed;
      if (!create && size > buffers.touchedCount * DIRECT_FACTOR) voteDirect(data, buffers, pair, needed, later);
      else for (const slot of slots) voteList(data, buffers, slot, pair.bit, create);
    });
  };
  pass([0], pairs);
  // when some paragraph holds every typed bigram in place, shifted bigrams (a dropped or an extra word)
  // cannot make a better candidate: skip them, which is most of the work for common beginnings
  if (buffers.best < pairs) {
    buffers.shifted = true;
    pass(SHIFTS, 0);
  }
  return buffers.best;
}
