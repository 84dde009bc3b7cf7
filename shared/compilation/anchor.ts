import type { Proposal } from './proposal';

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where a text proposal applies in the paragraph's current text. The stored range is used while it still
 * covers the anchored words; after edits, the occurrence of the anchor nearest the old position; null when
 * the words are gone (the proposal is then shown at the end of the paragraph, never dropped).
 */
export function resolveRange(proposal: Pick<Proposal, 'range' | 'anchor'>, text: string): TextRange | null {
  const range = proposal.range;
  const anchor = proposal.anchor;
  if (range && range.end <= text.length && (!anchor || text.slice(range.start, range.end) === anchor)) {
    return { start: range.start, end: Math.max(range.start, range.end) };
  }
  if (anchor) {
    const near = range?.start ?? 0;
    let best: number | null = null;
    for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
      if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
    }
    if (best !== null) return { start: best, end: best + anchor.length };
    return null;
  }
  if (range && range.start <= text.length) return { start: range.start, end: Math.min(range.end, text.length) };
  return null;
}
