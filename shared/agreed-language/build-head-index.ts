import { HEAD_POSITIONS } from './index-data';

/** Head positions that also get a unigram key, so a one-word query still finds paragraphs. */
const UNIGRAM_POSITIONS = 2;

/**
 * The anchored head index: for each paragraph, every bigram that starts within its first HEAD_POSITIONS
 * tokens, keyed with its position, plus the first tokens alone. Anchoring is what makes a typed beginning
 * cheap: "of the" at position 5 is a short list, "of the" anywhere is half the corpus.
 */
export function buildHeadIndex(
  tokens: Uint32Array,
  offsets: Uint32Array,
  key: (a: number, b: number, pos: number) => number,
  vocabSize: number,
): { headKeys: Float64Array; headOffsets: Uint32Array; headPostings: Uint32Array } {
  const paragraphs = offsets.length - 1;
  const forEachKey = (visit: (k: number, p: number) => void) => {
    for (let p = 0; p < paragraphs; p += 1) {
      const start = offsets[p]!;
      const length = offsets[p + 1]! - start;
      for (let pos = 0; pos < Math.min(UNIGRAM_POSITIONS, length); pos += 1) visit(key(tokens[start + pos]!, vocabSize, pos), p);
      for (let pos = 0; pos + 1 < length && pos < HEAD_POSITIONS; pos += 1) {
        visit(key(tokens[start + pos]!, tokens[start + pos + 1]!, pos), p);
      }
    }
  };
  const counts = new Map<number, number>();
  forEachKey((k) => counts.set(k, (counts.get(k) ?? 0) + 1));
  const headKeys = Float64Array.from(counts.keys()).sort();
  const slot = new Map<number, number>();
  const headOffsets = new Uint32Array(headKeys.length + 1);
  headKeys.forEach((k, i) => {
    slot.set(k, i);
    headOffsets[i + 1] = headOffsets[i]! + counts.get(k)!;
  });
  const fill = headOffsets.slice(0, headKeys.length);
  const headPostings = new Uint32Array(headOffsets[headKeys.length]!);
  // a paragraph repeating a bigram at one position is impossible; at two positions it has two keys
  forEachKey((k, p) => {
    const s = slot.get(k)!;
    headPostings[fill[s]!] = p;
    fill[s]! += 1;
  });
  return { headKeys, headOffsets, headPostings };
}
