import { Text } from 'slate';
import type { InlineNode, Revision } from '../model/types';
import { recordDelete, recordInsert } from '../revisions/record';
import { tidyRuns, untracked } from '../revisions/runs';
import type { TextRange } from './anchor';

/** A plain edit of a paragraph's current text: replace [start, end) with `text`. */
export interface TextEdit extends TextRange {
  text: string;
}

const OPENING = /[\s(“‘"[]/;
const WORDISH = /[\p{L}\p{N}(“‘"]/u;

/**
 * The edit an agreed add/delete/replace makes, with spacing repaired: proposals are tabled as bare words
 * ("the 2000 Millennium Summit"), so an insertion gets the spaces it needs and a deletion takes one of the
 * two spaces it would otherwise leave behind.
 */
export function editFor(op: 'add' | 'delete' | 'replace', range: TextRange, words: string, text: string): TextEdit {
  if (op === 'add') {
    const at = range.start;
    const bare = words.trim();
    const before = at > 0 && !OPENING.test(text[at - 1]!) ? ' ' : '';
    const after = at < text.length && WORDISH.test(text[at]!) ? ' ' : '';
    return { start: at, end: at, text: `${before}${bare}${after}` };
  }
  if (op === 'replace') return { start: range.start, end: range.end, text: words };
  let { start, end } = range;
  const next = text[end];
  if (start > 0 && text[start - 1] === ' ' && (next === undefined || next === ' ' || /[,.;:)]/.test(next))) start -= 1;
  else if (start === 0 && next === ' ') end += 1;
  return { start, end, text: '' };
}

/**
 * Applies edits (non-overlapping, any order) to a paragraph's runs, keeping formatting, footnote markers and
 * any tracked changes already there.
 */
export function applyEdits(children: readonly InlineNode[], edits: readonly TextEdit[]): InlineNode[] {
  const revision: Revision = { id: '\u0000outcome', author: '\u0000outcome', date: '' };
  let runs: InlineNode[] = [...children];
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    runs = recordDelete(runs, edit.start, edit.end, revision);
    runs = recordInsert(runs, edit.start, edit.text, revision);
  }
  const out: InlineNode[] = [];
  for (const run of runs) {
    if (!Text.isText(run)) out.push(run);
    else if (run.del?.id === revision.id) continue;
    else if (run.ins?.id === revision.id) out.push(run.del ? { ...untracked(run), del: run.del } : untracked(run));
    else out.push(run);
  }
  return tidyRuns(out);
}

/** Where a position of the old text lands after the edits; null inside replaced text. */
export function mapPosition(position: number, edits: readonly TextEdit[]): number | null {
  let shift = 0;
  for (const e of edits) {
    if (e.end <= position && !(e.start === e.end && e.start === position)) shift += e.text.length - (e.end - e.start);
    else if (e.start < position && position < e.end) return null;
  }
  return position + shift;
}
