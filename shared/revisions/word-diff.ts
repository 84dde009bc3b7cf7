import { lcsLength } from './lcs';
import { diffTokens, type DiffOp } from './token-diff';

/** One piece of a word-level diff; equal + delete pieces spell the old text, equal + insert the new one. */
export interface TextChange {
  op: DiffOp;
  text: string;
}

const TOKEN = /\s+|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;

/** Words, single punctuation marks and whitespace runs; joining the tokens gives the text back. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Whitespace weighs nothing, so a lone space between two edits never splits them. */
export const tokenWeight = (token: string): number => (/^\s+$/.test(token) ? 0 : token.length);

/** Word-level diff of two strings. */
export function diffText(a: string, b: string): TextChange[] {
  const aTokens = tokenize(a);
  const bTokens = tokenize(b);
  return diffTokens(aTokens, bTokens, tokenWeight).map((s) => ({
    op: s.op,
    text: s.op === 'insert' ? bTokens.slice(s.bStart, s.bEnd).join('') : aTokens.slice(s.aStart, s.aEnd).join(''),
  }));
}

/** The words of a text, lower-cased (punctuation and spaces dropped). */
export const wordsOf = (text: string): string[] => tokenize(text.toLowerCase()).filter((t) => /[\p{L}\p{N}]/u.test(t));

/**
 * Share of words the two texts have in common, in order: 2 × |LCS of words| / (|a| + |b|), from 0 to 1.
 * Case is ignored, so "Encourages" and "encourages" count as the same word.
 */
export function wordSimilarity(a: string, b: string): number {
  return similarityOfWords(wordsOf(a), wordsOf(b));
}

/** wordSimilarity over word lists already split (see wordsOf). */
export function similarityOfWords(aw: readonly string[], bw: readonly string[]): number {
  if (aw.length + bw.length === 0) return 1;
  return (2 * lcsLength(aw, bw)) / (aw.length + bw.length);
}

/** The old text (equal + delete) and the new text (equal + insert) of a diff. */
export const sidesOf = (changes: readonly TextChange[]): { a: string; b: string } => ({
  a: changes.filter((c) => c.op !== 'insert').map((c) => c.text).join(''),
  b: changes.filter((c) => c.op !== 'delete').map((c) => c.text).join(''),
});
