import { spellingVariants } from './spelling-variants';

/**
 * Folding for matching (never for display): case, punctuation, quotes, dashes and U+2011, accents, numbers,
 * ordinal session words ("seventy-eighth"), -ise/-ize and the spec's spelling variants. The same function
 * folds the corpus and what the delegate types, so both sides always agree.
 */

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth', 'hundredth',
];
const ORDINALS = new Set(ORDINAL_WORDS);
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** "Recalling also" ≡ "Recalling", "Further decides" ≡ "Decides": the adverb is dropped near the start. */
export const ADVERB_ALSO = 1;
export const ADVERB_FURTHER = 2;
const OPENER_ADVERBS = new Map([['also', ADVERB_ALSO], ['further', ADVERB_FURTHER]]);
/** "Noting with concern also" puts the adverb fourth: the window covers the longest such opener. */
export const OPENER_WINDOW = 4;

const WORD = /[\p{L}\p{N}]+/gu;
const APOSTROPHES = /['\u2018\u2019\u02BC`]/g;
const NON_ASCII = /[^ -~]/;
const MARKS = /\p{M}/gu;
const DIGIT = /\d/;

/** Plain word tokens of a text: lower case, apostrophes joined, accents stripped, nothing dropped yet. */
export function rawWords(text: string): string[] {
  const lower = text.toLowerCase().replace(APOSTROPHES, '');
  const out: string[] = [];
  for (const match of lower.matchAll(WORD)) {
    const word = match[0];
    out.push(NON_ASCII.test(word) ? word.normalize('NFD').replace(MARKS, '') : word);
  }
  return out;
}

/** One word → its matching form: -ize and -yze fold to -ise/-yse, US spellings to the UN form. */
function spell(word: string): readonly string[] {
  const base = word.includes('z') ? word.replace(/([iy])z/g, '$1s') : word;
  return spellingVariants.get(base) ?? [base];
}

export interface FoldedText {
  /** matching tokens, opener adverb removed */
  tokens: string[];
  /** which opener adverbs were removed: ADVERB_ALSO | ADVERB_FURTHER bits, 0 for none */
  adverb: number;
  /** tokens as the benchmark's gold folding sees them (adverb kept): equal lists = the same agreed text */
  exact: string[];
}

/** Folds a paragraph (or the words a delegate typed) into matching tokens. */
export function foldText(text: string): FoldedText {
  const words = rawWords(text);
  const exact: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    if (DIGIT.test(word) || ORDINALS.has(word)) continue;
    if (TENS.has(word) && ORDINALS.has(words[i + 1] ?? '')) continue;
    for (const token of spell(word)) exact.push(token);
  }
  const tokens: string[] = [];
  let adverb = 0;
  for (let i = 0; i < exact.length; i += 1) {
    const bit = i < OPENER_WINDOW ? OPENER_ADVERBS.get(exact[i]!) : undefined;
    if (bit) adverb |= bit;
    else tokens.push(exact[i]!);
  }
  return { tokens, adverb, exact };
}

/** True when the text ends a paragraph (",", ";", "." or ":"), so a suggestion that ends there fits best. */
export const endsClause = (text: string): boolean => /[,;.:]["'”’)]*\s*$/.test(text);

/** True when the last word may still be being typed (no space or punctuation after it). */
export const lastWordOpen = (text: string): boolean => /[\p{L}\p{N}]$/u.test(text);
