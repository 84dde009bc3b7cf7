import { Element, Node, type Descendant } from 'slate';
import { ResolutionElement } from '../model/guards';
import type { Footnote } from '../model/types';

export interface FootnoteMarker {
  footnoteId: string;
  /** id of the paragraph (or "title", "recommendation") holding the marker */
  holder: string;
  /** character offset of the marker in the holder's current text */
  offset: number;
}

/** Every footnote marker in document order, with where it stands. Deleted paragraphs are skipped. */
export function footnoteMarkers(value: readonly Descendant[]): FootnoteMarker[] {
  const out: FootnoteMarker[] = [];
  const visit = (nodes: readonly Descendant[]) => {
    for (const node of nodes) {
      if (!Element.isElement(node)) continue;
      if (node.type === 'footnote-list' || node.type === 'header' || node.type === 'closing') continue;
      if ('del' in node && node.del) continue;
      if (node.type === 'embedded-resolution' || node.type === 'annex') {
        visit(node.children);
        continue;
      }
      const holder = 'id' in node ? node.id : node.type;
      let offset = 0;
      for (const child of node.children) {
        if (ResolutionElement.isFootnoteRef(child)) out.push({ footnoteId: child.footnoteId, holder, offset });
        else if (!('del' in child && child.del)) offset += Node.string(child).length;
      }
    }
  };
  visit(value);
  return out;
}

/** The footnote bodies by id. */
export function footnoteBodies(value: readonly Descendant[]): Map<string, Footnote> {
  const list = value.find(ResolutionElement.isFootnoteList);
  return new Map((list?.children ?? []).map((fn) => [fn.id, fn]));
}

/**
 * Footnote id → display number, in order of first reference (un-format.md §5.1). Footnotes nobody refers
 * to get no number. The `*` series lives in the header and is numbered apart.
 */
export function footnoteNumbers(value: readonly Descendant[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const marker of footnoteMarkers(value)) {
    if (!numbers.has(marker.footnoteId)) numbers.set(marker.footnoteId, numbers.size + 1);
  }
  return numbers;
}
