import type { Descendant } from 'slate';
import type { BodyParagraph } from '../../../shared/model/types';
import { ResolutionElement } from '../../../shared/model/guards';
import { paragraphText } from '../../../shared/model/text';
import { paragraphRefsOf } from '../../editor/use-derived';
import { outlineSource } from '../agreed-language/outline-source';

export interface OutlineItem {
  id: string;
  /** the public handle: PP1, OP4, OP4(a), OP4(a)(i), OP0.u1 */
  ref: string;
  /** what the outline prints: "PP1", "OP4", "(a)", "(i)" */
  label: string;
  /** 0 for PPs and OPs, 1 for (a), 2 for (i) */
  depth: 0 | 1 | 2;
  snippet: string;
  /** agreed-language provenance ("A/RES/78/201, para. 5"), "(modified)" when edited since */
  source?: string;
}

/**
 * Characters that fit beside the label at each depth (14 px text in the 250 px pane). The pane cuts rows at its
 * edge rather than each row clipping itself: 300 row clips cost about 0.5 ms of compositing per keystroke.
 */
const SNIPPET: readonly number[] = [24, 21, 18];

/** Per paragraph node: an edit replaces only the nodes on its path, so the other items are reused as they are. */
const items = new WeakMap<BodyParagraph, OutlineItem>();

/** The first words, ending in "…" at a word boundary when the text is longer than the row. */
function snippetOf(paragraph: BodyParagraph, depth: number): string {
  const text = paragraphText(paragraph.children).trim();
  const max = SNIPPET[depth] ?? SNIPPET[0]!;
  if (text.length <= max) return text;
  // one character more: a space there means the row can end on a whole word
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 3 ? cut.slice(0, space) : cut.slice(0, max)).trimEnd()}…`;
}

const lastLabel = (ref: string): string => /\([a-z]+\)$/.exec(ref)?.[0] ?? ref;

function itemOf(node: BodyParagraph, ref: string): OutlineItem {
  const cached = items.get(node);
  if (cached && cached.ref === ref) return cached;
  const depth = ResolutionElement.isOperative(node) ? node.level : 0;
  const item: OutlineItem = {
    id: node.id,
    ref,
    label: depth === 0 ? ref : lastLabel(ref),
    depth,
    snippet: snippetOf(node, depth),
    ...(node.source ? { source: outlineSource(node) } : {}),
  };
  items.set(node, item);
  return item;
}

/** The outline of the document: every numbered paragraph with its derived handle and first words. */
export function outlineItems(value: readonly Descendant[]): OutlineItem[] {
  const refs = paragraphRefsOf(value);
  const out: OutlineItem[] = [];
  const visit = (nodes: readonly Descendant[]) => {
    for (const node of nodes) {
      if (ResolutionElement.isEmbedded(node)) visit(node.children);
      if (!ResolutionElement.isParagraph(node)) continue;
      const ref = refs.get(node.id);
      if (ref) out.push(itemOf(node, ref));
    }
  };
  visit(value);
  return out;
}

export const sameOutline = (a: OutlineItem[] | null, b: OutlineItem[]): boolean =>
  a !== null &&
  a.length === b.length &&
  a.every((item, i) => {
    const other = b[i]!;
    return item === other || item.id === other.id && item.ref === other.ref && item.snippet === other.snippet && item.depth === other.depth && item.source === other.source;
  });
