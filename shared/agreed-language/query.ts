import { endsClause, foldText, lastWordOpen } from './fold';
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
  /** the typed opener carried "also"/"further" */
  adverb: boolean;
  /** the typed text ends a clause (",", ";", "."): a suggestion ending there fits best */
  complete: boolean;
}

/** A word shorter than this, or rare, is completed while the delegate is still typing it. */
const COMPLETE_BELOW = 4;
const COMPLETE_RARE = 5;

/** Folds what the delegate typed and looks each word up; `maxTerms` keeps the beginning only. */
export function prepareQuery(text: string, lexicon: Lexicon, maxTerms: number): PreparedQuery {
  const folded = foldText(text);
  const words = folded.tokens.slice(0, maxTerms);
  const open = lastWordOpen(text) && words.length === folded.tokens.length;
  const terms = words.map((word, i): QueryTerm => {
    const id = lexicon.id(word);
    const last = i === words.length - 1;
    const completing = last && open && (id < 0 || word.length < COMPLETE_BELOW || lexicon.df[id]! < COMPLETE_RARE);
    return { word, id, fuzzy: lexicon.typoNeighbours(word), prefix: completing ? lexicon.completions(word) : [] };
  });
  return { terms, adverb: folded.adverb, complete: endsClause(text) };
}

/** Every index word a term may match, exact first. */
export const termIds = (term: QueryTerm): number[] =>
  term.id >= 0 ? [term.id, ...term.fuzzy, ...term.prefix] : [...term.fuzzy, ...term.prefix];
