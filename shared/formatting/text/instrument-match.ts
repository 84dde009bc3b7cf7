import type { InstrumentEntry } from '../data/instruments';
import { words } from './words';

/** A stretch of text that is, or nearly is, an instrument name. */
export interface NameMatch {
  start: number;
  end: number;
  entry: InstrumentEntry;
  /** the table's name the text was matched with */
  name: string;
  /** word edits from that name (0: the same words) */
  cost: number;
  /** the same words, letters and punctuation, except for capitals */
  caseOnly: boolean;
  exact: boolean;
}

interface IndexedName {
  entry: InstrumentEntry;
  name: string;
  tokens: string[];
  /** near misses are looked for: not for combined names ("… and the Protocols thereto") */
  fuzzy: boolean;
}

// without a regex replace per word when there is no straight apostrophe (nearly always): this runs per word typed
const norm = (w: string): string => (w.includes("'") ? w.toLowerCase().replace(/'/g, '’') : w.toLowerCase());

/** Nouns that say what kind of instrument it is: a Conference is not a misspelt Convention. */
const KIND_WORDS = ['convention', 'conference', 'protocol', 'covenant', 'declaration', 'agreement', 'treaty', 'statute',
  'charter', 'commission', 'committee', 'congress', 'programme', 'strategy', 'principle', 'rule', 'guideline'];
const KINDS = new Set([...KIND_WORDS, ...KIND_WORDS.map((w) => `${w}s`), 'strategies']);
/** A wrong word costs one edit when it looks like the right one ("Right"/"Rights"), two when it is another word. */
const substitution = (a: string, b: string): number => {
  if (a === b) return 0;
  if (KINDS.has(a) || KINDS.has(b)) return 99;
  // no slicing: this runs in the alignment's inner loop
  const sharedStart = a.length >= 3 && b.length >= 3 && a.charCodeAt(0) === b.charCodeAt(0) && a.charCodeAt(1) === b.charCodeAt(1) && a.charCodeAt(2) === b.charCodeAt(2);
  const common = sharedStart || a.startsWith(b) || b.startsWith(a);
  return common ? 1 : 2;
};

const indexes = new WeakMap<readonly InstrumentEntry[], Map<string, IndexedName[]>>();

function indexOf(entries: readonly InstrumentEntry[]): Map<string, IndexedName[]> {
  const hit = indexes.get(entries);
  if (hit) return hit;
  const byFirst = new Map<string, IndexedName[]>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const tokens = words(name).map((w) => norm(w.word));
      if (tokens.length < 2) continue;
      const list = byFirst.get(tokens[0]!) ?? [];
      list.push({ entry, name, tokens, fuzzy: !/\bthereto\b/.test(name) });
      byFirst.set(tokens[0]!, list);
    }
  }
  indexes.set(entries, byFirst);
  return byFirst;
}

/** Word-level alignment of `name` with the text from token `at`, the end left free: the best cost and end token. */
function align(name: string[], text: string[], at: number): { cost: number; last: number } {
  const width = Math.min(text.length - at, name.length + 6);
  let previous = Array.from({ length: width + 1 }, (_, j) => j);
  for (let i = 1; i <= name.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= width; j += 1) {
      const cost = substitution(text[at + j - 1]!, name[i - 1]!);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  let best = { cost: Number.POSITIVE_INFINITY, last: at };
  // ties go to the longer stretch, so that a wrong last word is inside the range the fix replaces
  for (let j = 1; j <= width; j += 1) if (previous[j]! <= best.cost) best = { cost: previous[j]!, last: at + j - 1 };
  return best;
}

/**
 * "Protocol on the Privileges and Immunities of the Authority": the name with words dropped right before its
 * last word, the defined short form of a body ("the Authority", "the Tribunal"), not a mistake.
 */
function shortForm(span: string[], name: string[]): boolean {
  if (span.length >= name.length || span[span.length - 1] !== name[name.length - 1]) return false;
  return span.slice(0, -1).every((w, i) => w === name[i]);
}

/** How many word edits a name of `n` words may be off and still be a near miss. */
export const tolerance = (n: number): number => (n < 4 ? 0 : Math.max(1, Math.floor(n / 5)));

/**
 * Instrument names in the text, exact or near misses, without overlaps: longer stretches win, then exact ones.
 */
export function matchInstrumentNames(text: string, entries: readonly InstrumentEntry[]): NameMatch[] {
  const byFirst = indexOf(entries);
  const tokens = words(text);
  const folded = tokens.map((t) => norm(t.word));
  const present = new Set(folded);
  const candidates: NameMatch[] = [];
  tokens.forEach((token, at) => {
    for (const indexed of byFirst.get(folded[at]!) ?? []) {
      // anchored on the first two words: near misses keep how a name begins ("Optional Protocol", "Protocol to")
      if (indexed.tokens.length > 1 && substitution(folded[at + 1] ?? '', indexed.tokens[1]!) > 1) continue;
      // cheap first: a name most of whose words are absent from the text cannot be a near miss
      let missing = 0;
      for (const w of indexed.tokens) if (!present.has(w)) missing += 1;
      if (missing > tolerance(indexed.tokens.length)) continue;
      const { cost, last } = align(indexed.tokens, folded, at);
      if (cost > tolerance(indexed.tokens.length) || (cost > 0 && !indexed.fuzzy)) continue;
      // a near miss ends on the name's last word (or a variant of it): "… against Cybercrime" is another convention
      if (cost > 0 && substitution(folded[last]!, indexed.tokens[indexed.tokens.length - 1]!) > 1) continue;
      if (cost > 0 && shortForm(folded.slice(at, last + 1), indexed.tokens)) continue;
      const start = token.start;
      // the name's own closing punctuation ("(No. 182)") counts when the text has it too
      const whole = text.slice(start, start + indexed.name.length).replace(/\u00a0/g, ' ');
      const sameWords = cost === 0 && whole.toLowerCase().replace(/'/g, '’') === indexed.name.toLowerCase();
      const end = sameWords ? start + indexed.name.length : tokens[last]!.end;
      const exact = sameWords && whole === indexed.name;
      const caseOnly = sameWords && !exact;
      candidates.push({ start, end, entry: indexed.entry, name: indexed.name, cost, caseOnly, exact });
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.exact) - Number(a.exact) || a.cost - b.cost);
  const accepted: NameMatch[] = [];
  for (const c of candidates) if (!accepted.some((a) => a.start < c.end && c.start < a.end)) accepted.push(c);
  return accepted.sort((a, b) => a.start - b.start);
}
