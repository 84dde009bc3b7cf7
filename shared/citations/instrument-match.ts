import type { TreatyEntry } from './treaty-table';

/**
 * Finds known instrument names in a paragraph's text: leftmost-longest over a word trie, so "Optional
 * Protocol to the Convention on the Rights of the Child on the sale of …" wins over the Convention inside it.
 * Words compare case-insensitively; punctuation and spacing between words are ignored (hyphens and dashes
 * split words on both sides, so "2015-2030" finds "2015–2030"). `exactCase` tells the linter a case-only miss.
 */
export interface InstrumentMatch {
  /** character range in the text */
  start: number;
  end: number;
  entry: TreatyEntry;
  /** the table name that matched */
  name: string;
  exactCase: boolean;
}

export interface InstrumentMatcher {
  /** the matches in text order; the array is shared between calls with the same text, so never mutate it */
  find(text: string): readonly InstrumentMatch[];
}

/** Paragraphs rarely change between two scans (one keystroke edits one), so results are kept by text. */
const CACHE_LIMIT = 4000;

interface TrieNode {
  next: Map<string, TrieNode>;
  hit?: { entry: TreatyEntry; name: string; words: string[] };
}

const WORD = /[\p{L}\p{N}]+/gu;
const LETTER = /[\p{L}\p{N}]/u;

const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** Word boundaries by a char-code loop: the regex iterator allocates too much for a keystroke budget. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[i]!);
}

interface Tokens {
  starts: number[];
  ends: number[];
  /** lower-cased words */
  folded: string[];
}

function tokens(text: string): Tokens {
  const lower = text.toLowerCase();
  // toLowerCase keeps offsets except for a few letters (İ); fall back to per-word folding then
  const sameLength = lower.length === text.length;
  const out: Tokens = { starts: [], ends: [], folded: [] };
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text, i)) i += 1;
    out.starts.push(start);
    out.ends.push(i);
    out.folded.push(sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase());
  }
  return out;
}

function buildTrie(entries: readonly TreatyEntry[]): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const entry of entries) {
    for (const name of entry.names) {
      const words = wordsOf(name);
      if (words.length === 0) continue;
      let node = root;
      for (const word of words) {
        const key = word.toLowerCase();
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map() }));
        node = child;
      }
      // earlier entries win a name they share with a later one (user entries come first)
      node.hit ??= { entry, name, words };
    }
  }
  return root;
}

function scan(root: TrieNode, text: string): InstrumentMatch[] {
  const { starts, ends, folded } = tokens(text);
  const out: InstrumentMatch[] = [];
  let i = 0;
  while (i < folded.length) {
    let node: TrieNode | undefined = root;
    let hit: TrieNode['hit'];
    let last = -1;
    for (let j = i; j < folded.length; j += 1) {
      node = node.next.get(folded[j]!);
      if (!node) break;
      if (node.hit) [hit, last] = [node.hit, j];
    }
    if (!hit) {
      i += 1;
      continue;
    }
    const exactCase = hit.words.every((w, k) => w === text.slice(starts[i + k], ends[i + k]));
    out.push({ start: starts[i]!, end: ends[last]!, entry: hit.entry, name: hit.name, exactCase });
    i = last + 1;
  }
  return out;
}

export function createInstrumentMatcher(entries: readonly TreatyEntry[]): InstrumentMatcher {
  const root = buildTrie(entries);
  const cache = new Map<string, readonly InstrumentMatch[]>();
  return {
    find(text) {
      const known = cache.get(text);
      if (known) return known;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      const found = scan(root, text);
      cache.set(text, found);
      return found;
    },
  };
}
