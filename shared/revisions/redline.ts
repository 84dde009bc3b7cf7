import { Element, type Descendant } from 'slate';
import { ResolutionElement } from '../model/guards';
import type { InlineNode } from '../model/types';
import { diffInlines } from './inline-diff';
import { matchParagraphs, type MatchOptions } from './match';
import { comparedParagraphs } from './paragraphs';
import { makeRevision } from './revision-mark';
import { mapBlocks } from './tree';

export interface RedlineOptions extends MatchOptions {
  /** the delegation or person the changes are attributed to */
  author: string;
  /** ISO date-time of the changes */
  date: string;
}

const TEXT_BLOCKS = new Set(['title', 'recommendation', 'adopting-body']);

/**
 * The current value written as tracked changes against a base (un-format.md §8.4): paragraphs paired as
 * compareValues pairs them, word-level insertions and deletions inside each pair, new paragraphs marked
 * inserted, removed ones put back at their old place marked deleted. Title, chapeau and adopting-body lines
 * are diffed too. acceptAll() of the result gives `current`, rejectAll() gives `base` (paragraph text).
 * This is what the Word redline (`export --against`) writes as w:ins / w:del.
 */
export function redline(base: readonly Descendant[], current: readonly Descendant[], options: RedlineOptions): Descendant[] {
  const mark = () => makeRevision(options.author, options.date);
  const a = comparedParagraphs(base);
  const b = comparedParagraphs(current);
  const matches = matchParagraphs(a, b, options);
  const partnerOf = new Map(matches.map((m) => [b[m.b]!.id, a[m.a]!]));
  const pairedA = new Map(matches.map((m) => [m.a, b[m.b]!.id]));
  // Removed paragraphs go back after the new place of the nearest paired paragraph before them.
  const after = new Map<string, Descendant[]>();
  const leading: Descendant[] = [];
  let anchor: string | null = null;
  for (const p of a) {
    const partner = pairedA.get(p.index);
    if (partner !== undefined) anchor = partner;
    else {
      const removed = { ...p.node, del: mark() } as Descendant;
      if (anchor === null) leading.push(removed);
      else after.set(anchor, [...(after.get(anchor) ?? []), removed]);
    }
  }
  const textBlocks = textBlocksByType(base);
  const seen = new Map<string, number>();
  let leadingPlaced = leading.length === 0;
  const out = mapBlocks(current, (block) => {
    if (!Element.isElement(block)) return [block];
    if (TEXT_BLOCKS.has(block.type)) {
      const n = seen.get(block.type) ?? 0;
      seen.set(block.type, n + 1);
      const old = textBlocks.get(block.type)?.[n];
      return [old ? ({ ...block, children: diffInlines(old, block.children as InlineNode[], mark) } as Descendant) : block];
    }
    if (!ResolutionElement.isParagraph(block) || block.del) return [block];
    const old = partnerOf.get(block.id);
    const next = old ? { ...block, children: diffInlines(old.node.children, block.children, mark) } : { ...block, ins: mark() };
    const before = leadingPlaced ? [] : leading;
    leadingPlaced = true;
    return [...before, next as Descendant, ...(after.get(block.id) ?? [])];
  });
  return leadingPlaced ? out : appendToBody(out, leading);
}

function textBlocksByType(value: readonly Descendant[]): Map<string, InlineNode[][]> {
  const out = new Map<string, InlineNode[][]>();
  mapBlocks(value, (block) => {
    if (Element.isElement(block) && TEXT_BLOCKS.has(block.type)) {
      out.set(block.type, [...(out.get(block.type) ?? []), block.children as InlineNode[]]);
    }
    return [block];
  });
  return out;
}

/** Puts blocks before the footnote list (or at the end) when the current value has no paragraph at all. */
function appendToBody(value: Descendant[], blocks: Descendant[]): Descendant[] {
  const at = value.findIndex(ResolutionElement.isFootnoteList);
  const index = at < 0 ? value.length : at;
  return [...value.slice(0, index), ...blocks, ...value.slice(index)];
}
