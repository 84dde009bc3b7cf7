import { Element, Node, type Descendant } from 'slate';
import { ResolutionElement } from '../../model/guards';

/** A footnote marker: which footnote, which block holds it, at what offset of the block's current text. */
export interface Marker {
  footnoteId: string;
  holder: string;
  offset: number;
}

// per block: its markers (offsets in its current text), made once per block object: Slate replaces edited blocks
const cache = new WeakMap<object, Marker[]>();

/** The markers of one block, as collectMarkers lists them (`holder` = the block's id, else its type). */
export function blockMarkers(node: Element): readonly Marker[] {
  const hit = cache.get(node);
  if (hit) return hit;
  const holder = 'id' in node ? (node.id as string) : node.type;
  const out: Marker[] = [];
  let offset = 0;
  for (const child of node.children) {
    if (ResolutionElement.isFootnoteRef(child)) out.push({ footnoteId: child.footnoteId, holder, offset });
    else if (!('del' in child && child.del)) offset += Node.string(child).length;
  }
  cache.set(node, out);
  return out;
}

/**
 * Every footnote marker in document order, as shared/footnotes/numbers.ts footnoteMarkers finds them, with each
 * block's markers cached on the block (the linter calls this on every keystroke).
 */
export function collectMarkers(value: readonly Descendant[]): Marker[] {
  const out: Marker[] = [];
  const visit = (nodes: readonly Descendant[]) => {
    for (const node of nodes) {
      if (!Element.isElement(node)) continue;
      if (node.type === 'footnote-list' || node.type === 'header' || node.type === 'closing') continue;
      if ('del' in node && node.del) continue;
      if (node.type === 'embedded-resolution' || node.type === 'annex') {
        visit(node.children);
        continue;
      }
      for (const m of blockMarkers(node)) out.push(m);
    }
  };
  visit(value);
  return out;
}

/** Display numbers in order of first reference (un-format.md §5.1). */
export function numbersOf(markers: readonly Marker[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const m of markers) if (!numbers.has(m.footnoteId)) numbers.set(m.footnoteId, numbers.size + 1);
  return numbers;
}
