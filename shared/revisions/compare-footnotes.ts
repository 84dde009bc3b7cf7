import type { Descendant } from 'slate';
import { renderedFootnotes } from '../footnotes/rendered';
import { matchParagraphs, type MatchOptions } from './match';
import { diffText, type TextChange } from './word-diff';

/** A footnote as compare sees it: its id, display number and printed text. */
export interface FootnoteText {
  id: string;
  number: number;
  text: string;
}

export interface FootnotePair {
  aId: string;
  bId: string;
  aNumber: number;
  bNumber: number;
  similarity: number;
  changes: TextChange[];
}

export interface FootnoteComparison {
  pairs: FootnotePair[];
  added: FootnoteText[];
  removed: FootnoteText[];
}

/** The numbered footnotes of a value with their derived printed text (full form or Ibid.). */
export function footnoteTexts(value: readonly Descendant[]): FootnoteText[] {
  return renderedFootnotes(value, { ibidStyle: 'italic' }).map(({ id, number, text }) => ({ id, number, text }));
}

/** Pairs footnotes by id, then by wording, and diffs their texts word by word. */
export function compareFootnotes(
  a: readonly FootnoteText[],
  b: readonly FootnoteText[],
  options: MatchOptions = {},
): FootnoteComparison {
  const indexed = (list: readonly FootnoteText[]) => list.map((f, index) => ({ ...f, index }));
  const x = indexed(a);
  const y = indexed(b);
  const matches = matchParagraphs(x, y, options);
  const pairedA = new Set(matches.map((m) => m.a));
  const pairedB = new Set(matches.map((m) => m.b));
  return {
    pairs: matches.map((m) => ({
      aId: x[m.a]!.id,
      bId: y[m.b]!.id,
      aNumber: x[m.a]!.number,
      bNumber: y[m.b]!.number,
      similarity: Math.round(m.similarity * 1000) / 1000,
      changes: diffText(x[m.a]!.text, y[m.b]!.text),
    })),
    added: b.filter((_, i) => !pairedB.has(i)),
    removed: a.filter((_, i) => !pairedA.has(i)),
  };
}
