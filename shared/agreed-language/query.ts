import { ADVERB_ALSO, ADVERB_FURTHER, OPENER_WINDOW, endsClause, foldText, lastWordOpen } from './fold';
import type { Lexicon } from './lexicon';

/** One typed word after folding, with the index words it may stand for. */
export interface QueryTerm {
  word: string;
  /** the index's id for the word, -1 when unknown */
  id: number;
  /** words one typo away (only for rare or unknown words) */
  fuzzy: number[];
  /** completions of the last word while it is being typed */
  prefix: number[];
}

export interface PreparedQuery {
  terms: QueryTerm[];
  /** the typed opener's "also"/"further" (fold.ts ADVERB_* bits) */
  adverb: number;
  /** the typed text ends a clause (",", ";", "."): a suggestion ending there fits best */
  complete: boolean;
}

const ADVERB_WORDS = [['also', ADVERB_ALSO], ['further', ADVERB_FURTHER]] as const;

/** A word shorter than this, or rare, is completed while the delegate is still typing it. */
const COMPLETE_BELOW = 4;
const COMPLETE_RARE = 5;

/** Folds what the delegate typed and looks each word up; `maxTerms` keeps the beginning only. */
export function prepareQuery(text: string, lexicon: Lexicon, maxTerms: number): PreparedQuery {
  const folded = foldText(text);
  let adverb = folded.adverb;
  const words = folded.tokens.slice(0, maxTerms);
  const open = lastWordOpen(text) && words.length === folded.tokens.length;
  const all = words.map((word, i): QueryTerm => {
    const id = lexicon.id(word);
    const last = i === words.length - 1;
    const completing = last && open && (id < 0 || word.length < COMPLETE_BELOW || lexicon.df[id]! < COMPLETE_RARE);
    return { word, id, fuzzy: lexicon.typoNeighbours(word), prefix: completing ? lexicon.completions(word) : [] };
  });
  // a mistyped opener adverb ("Welcoming alos") is still the adverb, not a word of the paragraph
  const adverbs = ADVERB_WORDS.map(([word, bit]) => [lexicon.id(word), bit] as const);
  const terms = all.filter((term, i) => {
    if (i >= OPENER_WINDOW || term.id >= 0 || all.length < 2) return true;
    const typed = adverbs.find(([id]) => term.fuzzy.includes(id));
    if (typed) adverb |= typed[1];
    return !typed;
  });
  return { terms, adverb, complete: endsClause(text) };
}

/** Every index word a term may match, exact first. */
export const termIds = (term: QueryTerm): number[] =>
  term.id >= 0 ? [term.id, ...term.fuzzy, ...term.prefix] : [...term.fuzzy, ...term.prefix];
