import { Node, type Descendant } from 'slate';
import { compareFootnotes, footnoteTexts, type FootnoteComparison } from './compare-footnotes';
import { matchParagraphs, movedPairs, type MatchOptions } from './match';
import { comparedParagraphs, type ComparedParagraph } from './paragraphs';
import { diffText, type TextChange } from './word-diff';

/** Two paragraphs found to be the same paragraph in two values, with their word-level differences. */
export interface ParagraphPair {
  aId: string;
  bId: string;
  /** the public handles in each value ("OP5" in Rev.1 may be "OP6" in Rev.2) */
  aRef: string;
  bRef: string;
  /** word-level similarity of the two texts, 0–1 (1 = identical words) */
  similarity: number;
  /** the paragraph changed place relative to the others (its inner edits are still in `changes`) */
  moved: boolean;
  /** paired by stable id or, failing that, by similar wording */
  matchedBy: 'id' | 'similarity';
  changes: TextChange[];
}

export interface NumberMapping {
  /** ref in the old value */
  a: string;
  /** ref in the new value, null when the paragraph was removed */
  b: string | null;
}

export interface Comparison {
  /** paired paragraphs in the new value's order */
  pairs: ParagraphPair[];
  /** paragraphs only in the new value, in its order */
  added: ComparedParagraph[];
  /** paragraphs only in the old value, in its order */
  removed: ComparedParagraph[];
  /** old number → new number for every old paragraph, in old order (the "OP5 is now OP6" side panel) */
  numberMap: NumberMapping[];
  /** the title's word diff, or null when either value has no title */
  title: TextChange[] | null;
  /** the numbered footnotes, paired by id then by wording, with their word diffs */
  footnotes: FootnoteComparison;
}

export type CompareOptions = MatchOptions;

/**
 * THE compare engine: two values (two revisions of one document, or two documents) → paired paragraphs with
 * word-level changes, added and removed paragraphs, and the old → new number map. Pure; the redline export,
 * the compare panel, merging and `penholder compare` all use it.
 */
export function compareValues(a: readonly Descendant[], b: readonly Descendant[], options: CompareOptions = {}): Comparison {
  const aParagraphs = comparedParagraphs(a);
  const bParagraphs = comparedParagraphs(b);
  const matches = matchParagraphs(aParagraphs, bParagraphs, options);
  // A paragraph that kept its number did not travel; otherwise, the distance in paragraphs.
  const moved = movedPairs(matches, (m) =>
    aParagraphs[m.a]!.ref === bParagraphs[m.b]!.ref ? 0 : 1 + Math.abs(m.a - m.b),
  );
  const pairs = matches.map((m): ParagraphPair => {
    const x = aParagraphs[m.a]!;
    const y = bParagraphs[m.b]!;
    return {
      aId: x.id,
      bId: y.id,
      aRef: x.ref,
      bRef: y.ref,
      similarity: round(m.similarity),
      moved: moved.has(m),
      matchedBy: m.by,
      changes: diffText(x.text, y.text),
    };
  });
  const pairedA = new Map(matches.map((m) => [m.a, bParagraphs[m.b]!.ref]));
  const pairedB = new Set(matches.map((m) => m.b));
  return {
    pairs,
    added: bParagraphs.filter((p) => !pairedB.has(p.index)),
    removed: aParagraphs.filter((p) => !pairedA.has(p.index)),
    numberMap: aParagraphs.map((p) => ({ a: p.ref, b: pairedA.get(p.index) ?? null })),
    title: titleDiff(a, b),
    footnotes: compareFootnotes(footnoteTexts(a), footnoteTexts(b), options),
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function titleDiff(a: readonly Descendant[], b: readonly Descendant[]): TextChange[] | null {
  const title = (value: readonly Descendant[]) => value.find((n) => 'type' in n && n.type === 'title');
  const x = title(a);
  const y = title(b);
  return x && y ? diffText(Node.string(x), Node.string(y)) : null;
}

/** The `penholder compare --json` shape of cli.md. */
export interface CompareJson {
  pairs: { a: string; b: string; similarity: number; moved: boolean; changes: TextChange[] }[];
  added: string[];
  removed: string[];
}

export function toCompareJson(comparison: Comparison): CompareJson {
  return {
    pairs: comparison.pairs.map((p) => ({ a: p.aRef, b: p.bRef, similarity: p.similarity, moved: p.moved, changes: p.changes })),
    added: comparison.added.map((p) => p.ref),
    removed: comparison.removed.map((p) => p.ref),
  };
}
