import { Text } from 'slate';
import type { InlineNode, Revision } from '../model/types';
import { tidyRuns, untracked, withText } from './runs';
import { diffTokens } from './token-diff';
import { tokenize, tokenWeight } from './word-diff';

interface Piece {
  key: string;
  node: InlineNode;
}

/** The current view of a paragraph (deletions gone, insertions plain) cut into word tokens that keep their marks. */
function pieces(children: readonly InlineNode[]): Piece[] {
  const out: Piece[] = [];
  for (const child of children) {
    if (!Text.isText(child)) {
      out.push({ key: `\u0000fn:${child.footnoteId}`, node: child });
      continue;
    }
    if (child.del) continue;
    const run = untracked(child);
    for (const token of tokenize(child.text)) out.push({ key: token, node: withText(run, token) });
  }
  return out;
}

const weight = (key: string) => (key.startsWith('\u0000') ? 1 : tokenWeight(key));

/**
 * The new paragraph as tracked changes against the old one: word-level insertions and deletions, each
 * contiguous edit with its own revision from `mark()`; unchanged words take the new formatting. Footnote
 * markers cannot carry a tracked mark: a removed marker is left out, an added one appears as is.
 */
export function diffInlines(a: readonly InlineNode[], b: readonly InlineNode[], mark: () => Revision): InlineNode[] {
  const x = pieces(a);
  const y = pieces(b);
  const out: InlineNode[] = [];
  for (const segment of diffTokens(x.map((p) => p.key), y.map((p) => p.key), weight)) {
    if (segment.op === 'equal') {
      for (const p of y.slice(segment.bStart, segment.bEnd)) out.push(p.node);
      continue;
    }
    const revision = mark();
    const side = segment.op === 'delete' ? x.slice(segment.aStart, segment.aEnd) : y.slice(segment.bStart, segment.bEnd);
    for (const p of side) {
      if (!Text.isText(p.node)) {
        if (segment.op === 'insert') out.push(p.node);
        continue;
      }
      out.push(segment.op === 'delete' ? { ...p.node, del: revision } : { ...p.node, ins: revision });
    }
  }
  return tidyRuns(out);
}
