/** What the index knows about each source document (one resolution or draft). */
export interface IndexDocument {
  symbol: string;
  body: string;
  date: string;
  title: string;
  draft: boolean;
}

/** Paragraph kinds as stored (Uint8): the order of Passage['kind']. */
export const KINDS = ['preambular', 'operative', 'annex', 'other'] as const;

/** Bit flags per paragraph: the low two bits are the opener adverbs removed (fold.ts ADVERB_*). */
export const FLAG_ADVERBS = 3;

/** Tokens that fingerprint a paragraph's beginning (to recognise the draft's neighbouring paragraphs). */
export const HEAD_HASH_TOKENS = 6;

/** Positions of a paragraph's head that the anchored bigram index covers (16 typed words + slack). */
export const HEAD_POSITIONS = 24;

/**
 * The whole index as plain typed arrays and string lists, so that it serializes to one binary file and
 * loads without re-tokenizing. CSR = offsets (n + 1) into a flat array.
 */
export interface SearchIndexData {
  docs: IndexDocument[];
  /** per paragraph */
  paraDoc: Uint32Array;
  paraIds: string[];
  paraKind: Uint8Array;
  paraLead: Uint32Array;
  leads: string[];
  paraFlags: Uint8Array;
  /** gold-style fingerprint of the whole folded text: equal = the same agreed text */
  textHash: Uint32Array;
  /** fingerprint of the first folded tokens, to recognise the draft's neighbouring paragraphs */
  headHash: Uint32Array;
  /** paragraph → unique text (CSR over UTF-8 bytes) */
  paraText: Uint32Array;
  textOffsets: Uint32Array;
  textBytes: Uint8Array;
  /** paragraph → folded token ids (CSR) */
  tokenOffsets: Uint32Array;
  tokens: Uint32Array;
  /** token id → word, and the ids in alphabetical order (prefix completion) */
  vocab: string[];
  sortedVocab: Uint32Array;
  /** token id → paragraphs containing it (CSR, ascending) */
  postingOffsets: Uint32Array;
  postings: Uint32Array;
  /** anchored head bigrams: sorted keys (see headKey) → paragraphs (CSR) */
  headKeys: Float64Array;
  headOffsets: Uint32Array;
  headPostings: Uint32Array;
  /** document → folded title token ids (CSR) */
  titleOffsets: Uint32Array;
  titleTokens: Uint32Array;
}

/** Key of token `a` followed by `b` at head position `pos`; b = vocabSize stands for "any" (a unigram). */
export const headKey = (a: number, b: number, pos: number, vocabSize: number): number =>
  (a * (vocabSize + 1) + b) * HEAD_POSITIONS + pos;

/** Index of `key` in the sorted keys, or -1. */
export function findKey(keys: Float64Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = keys[mid]!;
    if (v === key) return mid;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
