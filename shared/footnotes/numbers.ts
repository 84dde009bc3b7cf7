import { Element, Node, type Descendant, type Path } from 'slate';
import { ResolutionElement } from '../model/guards';
import type { Footnote } from '../model/types';

/** Which part of a resolution a marker stands in; the repeat policy (un-format.md §5.1) depends on it. */
export type MarkerPart = 'preamble' | 'operative' | 'other';

export interface FootnoteMarker {
  footnoteId: string;
  /** id of the paragraph (or "title", "recommendation") holding the marker */
  holder: string;
  /** character offset of the marker in the holder's current text (paragraphText) */
  offset: number;
  part: MarkerPart;
  /** the path of the footnote-ref node */
  path: Path;
}

const partOf = (node: Element): MarkerPart =>
  node.type === 'preambular-paragraph' ? 'preamble' : node.type === 'operative-paragraph' ? 'operative' : 'other';

/** Every footnote marker in document order, with where it stands. Deleted paragraphs are skipped. */
export function footnoteMarkers(value: readonly Descendant[]): FootnoteMarker[] {
  const out: FootnoteMarker[] = [];
  const visit = (nodes: readonly Descendant[], base: Path) => {
    nodes.forEach((node, index) => {
      if (!Element.isElement(node)) return;
      if (node.type === 'footnote-list' || node.type === 'header' || node.type === 'closing') return;
      if ('del' in node && node.del) return;
      const path = [...base, index];
      if (node.type === 'embedded-resolution' || node.type === 'annex') {
        visit(node.children, path);
        return;
      }
      const holder = 'id' in node ? node.id : node.type;
      const part = partOf(node);
      let offset = 0;
      node.children.forEach((child, k) => {
        if (ResolutionElement.isFootnoteRef(child)) out.push({ footnoteId: child.footnoteId, holder, offset, part, path: [...path, k] });
        else if (!('del' in child && child.del)) offset += Node.string(child).length;
      });
    });
  };
  visit(value, []);
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
  const bodies = footnoteBodies(value);
  for (const marker of footnoteMarkers(value)) {
    if (!numbers.has(marker.footnoteId) && bodies.has(marker.footnoteId)) numbers.set(marker.footnoteId, numbers.size + 1);
  }
  return numbers;
}
