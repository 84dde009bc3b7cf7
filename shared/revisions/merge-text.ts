import type { InlineNode, Revision } from '../model/types';
import { recordDelete, recordInsert } from './record';
import { diffTokens } from './token-diff';
import { tokenize, tokenWeight } from './word-diff';

/** An edit of the base text: replace [start, end) (base character offsets) with `text`. */
interface Hunk {
  start: number;
  end: number;
  text: string;
}

/** The edits that turn `base` into `other`, word by word. */
function hunks(base: string, other: string): Hunk[] {
  const a = tokenize(base);
  const b = tokenize(other);
  const offsets = [0];
  for (const t of a) offsets.push(offsets[offsets.length - 1]! + t.length);
  const out: Hunk[] = [];
  for (const s of diffTokens(a, b, tokenWeight)) {
    if (s.op === 'equal') continue;
    const text = s.op === 'insert' ? b.slice(s.bStart, s.bEnd).join('') : '';
    const last = out[out.length - 1];
    // A deletion followed by an insertion at its end is one replacement.
    if (last && last.end === offsets[s.aStart] && s.op === 'insert' && last.text === '') last.text = text;
    else out.push({ start: offsets[s.aStart]!, end: offsets[s.aEnd]!, text });
  }
  return out;
}

const overlaps = (x: Hunk, y: Hunk) =>
  (x.start < y.end && y.start < x.end) || (x.start === y.start) || (x.start === x.end && y.start < x.start && x.start < y.end) || (y.start === y.end && x.start < y.start && y.start < x.end);

/**
 * Three-way merge of one paragraph: their edits (base → theirs) are written onto my runs as tracked changes
 * by `mark()`'s author, provided none touches words I changed too (base → mine). Returns null on a conflict,
 * leaving the caller to show it.
 */
export function mergeParagraphText(
  mine: readonly InlineNode[],
  mineText: string,
  baseText: string,
  theirsText: string,
  mark: () => Revision,
): InlineNode[] | null {
  const their = hunks(baseText, theirsText);
  const my = hunks(baseText, mineText);
  if (their.some((h) => my.some((m) => overlaps(h, m)))) return null;
  const shift = (position: number) =>
    position + my.filter((m) => m.end <= position && !(m.start === m.end && m.start === position)).reduce((n, m) => n + m.text.length - (m.end - m.start), 0);
  let runs = [...mine];
  for (const h of [...their].sort((x, y) => y.start - x.start)) {
    const start = shift(h.start);
    const end = shift(h.end);
    const revision = mark();
    runs = recordDelete(runs, start, end, revision);
    runs = recordInsert(runs, start, h.text, revision);
  }
  return runs;
}
