import type { SearchIndexData } from './index-data';

/** Typos are looked for only among words this rare or unknown: a common word is taken as typed. */
const RARE = 3;
const MAX_FUZZY = 4;
const MAX_COMPLETIONS = 6;
const COMPLETION_SCAN = 5000;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The index's words with their frequencies: exact lookup, typo neighbours and prefix completion. */
export class Lexicon {
  private readonly ids: Map<string, number>;
  readonly df: Uint32Array;

  constructor(private readonly data: SearchIndexData) {
    this.ids = new Map(data.vocab.map((w, i) => [w, i]));
    const size = data.vocab.length;
    this.df = new Uint32Array(size);
    for (let t = 0; t < size; t += 1) this.df[t] = data.postingOffsets[t + 1]! - data.postingOffsets[t]!;
  }

  id(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /** Words one edit (or one swap of neighbouring letters) away, most frequent first, for a rare or unknown word. */
  typoNeighbours(word: string): number[] {
    const own = this.id(word);
    if ((own >= 0 && this.df[own]! > RARE) || word.length < 3) return [];
    const found = new Set<number>();
    const look = (candidate: string) => {
      const id = this.ids.get(candidate);
      if (id !== undefined && id !== own && this.df[id]! > 0) found.add(id);
    };
    for (let i = 0; i < word.length; i += 1) {
      look(word.slice(0, i) + word.slice(i + 1));
      if (i + 1 < word.length) {
        look(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      }
      for (const c of LETTERS) look(word.slice(0, i) + c + word.slice(i + 1));
    }
    for (let i = 0; i <= word.length; i += 1) for (const c of LETTERS) look(word.slice(0, i) + c + word.slice(i));
    return [...found].sort((a, b) => this.df[b]! - this.df[a]!).slice(0, MAX_FUZZY);
  }

  /** The most frequent words that start with `prefix` (the word being typed), the prefix itself excluded. */
  completions(prefix: string): number[] {
    const { vocab, sortedVocab } = this.data;
    let lo = 0;
    let hi = sortedVocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (vocab[sortedVocab[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const best: number[] = [];
    for (let i = lo; i < sortedVocab.length && i < lo + COMPLETION_SCAN; i += 1) {
      const id = sortedVocab[i]!;
      const word = vocab[id]!;
      if (!word.startsWith(prefix)) break;
      if (word !== prefix && this.df[id]! > 0) best.push(id);
    }
    return best.sort((a, b) => this.df[b]! - this.df[a]!).slice(0, MAX_COMPLETIONS);
  }
}
