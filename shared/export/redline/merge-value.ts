import { Element, Node, type Descendant } from 'slate';
import { ResolutionElement } from '../../model/guards';
import { containers } from '../../model/numbering';
import type { BodyParagraph, Closing, InlineNode } from '../../model/types';
import type { Comparison } from '../../revisions/compare';
import { comparedParagraphs } from '../../revisions/paragraphs';
import { diffText } from '../../revisions/word-diff';
import { mergeInlines, type MergeContext } from './merge-inlines';
import { deletedBlock, deletedParagraph, insertedParagraph, markAll } from './paragraphs';

type Inlined = Extract<Descendant, { children: InlineNode[] }>;

/** Merges two versions of a block that has no id (title, formula, chapeau) by a word diff of their text. */
function mergeBlock<T extends Inlined>(old: T | undefined, fresh: T, ctx: MergeContext): T {
  if (!old) {
    const revision = ctx.revision();
    return { ...fresh, ins: revision, children: markAll(fresh.children, 'ins', revision, ctx) };
  }
  return { ...fresh, children: mergeInlines(old.children, fresh.children, diffText(Node.string(old), Node.string(fresh)), ctx) };
}

const firstOf = <T extends Descendant>(nodes: readonly Descendant[], type: string) =>
  nodes.find((n) => Element.isElement(n) && n.type === type) as T | undefined;

/**
 * The new value with every difference from the old one written in as tracked changes (un-format.md §8.4):
 * paired paragraphs get the word diff, new ones are inserted whole, old ones that are gone or moved come
 * back deleted at their old place. Both values must be free of tracked changes (accept them first).
 */
export function mergeValues(old: readonly Descendant[], fresh: readonly Descendant[], cmp: Comparison, ctx: MergeContext): Descendant[] {
  const oldParagraphs = comparedParagraphs(old);
  const oldIndex = new Map(oldParagraphs.map((p) => [p.id, p.index]));
  const pairOf = new Map(cmp.pairs.map((p) => [p.bId, p]));
  const oldBodies = containers(old);
  const newDepth = containers(fresh).length;
  let next = 0;
  const flushOld = (upTo: number, out: Descendant[]) => {
    for (; next < upTo; next += 1) out.push(deletedParagraph(oldParagraphs[next]!.node, ctx));
  };
  const paragraph = (node: BodyParagraph, out: Descendant[]) => {
    const pair = pairOf.get(node.id);
    const at = pair ? oldIndex.get(pair.aId) : undefined;
    if (!pair || pair.moved || at === undefined || at < next) return void out.push(insertedParagraph(node, ctx));
    flushOld(at, out);
    out.push({ ...node, children: mergeInlines(oldParagraphs[at]!.node.children, node.children, pair.changes, ctx) });
    next = at + 1;
  };
  const walk = (nodes: readonly Descendant[], depth: number): Descendant[] => {
    const out: Descendant[] = [];
    const oldBody = oldBodies[oldBodies.length - (newDepth - depth)];
    for (const node of nodes) {
      if (ResolutionElement.isEmbedded(node)) out.push({ ...node, children: walk(node.children, depth + 1) } as Descendant);
      else if (ResolutionElement.isParagraph(node)) paragraph(node, out);
      else if (ResolutionElement.isAdoptingBody(node)) out.push(mergeBlock(oldBody && firstOf(oldBody, 'adopting-body'), node, ctx));
      else if (Element.isElement(node) && (node.type === 'title' || node.type === 'recommendation')) {
        const chapeau = firstOf<Inlined>(old, 'recommendation');
        if (node.type === 'title' && chapeau && !firstOf(fresh, 'recommendation')) out.push(deletedBlock(chapeau, ctx));
        out.push(mergeBlock(firstOf(old, node.type), node, ctx));
      } else if (Element.isElement(node) && node.type === 'closing') out.push(...mergeClosing(firstOf<Closing>(old, 'closing'), node, ctx));
      else out.push(node);
    }
    return out;
  };
  const merged = walk(fresh, 0);
  const oldClosing = firstOf<Closing>(old, 'closing');
  if (oldClosing && !firstOf(fresh, 'closing')) merged.push({ ...oldClosing, del: ctx.revision() } as Descendant);
  const rest: Descendant[] = [];
  flushOld(oldParagraphs.length, rest);
  return rest.length > 0 ? afterLastParagraph(merged, rest) : merged;
}

/** The closing line: kept when unchanged, otherwise the old one deleted and the new one inserted. */
function mergeClosing(old: Closing | undefined, fresh: Closing, ctx: MergeContext): Descendant[] {
  if (old && old.meeting === fresh.meeting && old.date === fresh.date) return [fresh];
  const inserted = { ...fresh, ins: ctx.revision() } as Descendant;
  return old ? [{ ...old, del: ctx.revision() } as Descendant, inserted] : [inserted];
}

/** Puts old paragraphs left over at the end of the text: after the last paragraph, inside its container. */
function afterLastParagraph(value: Descendant[], extra: Descendant[]): Descendant[] {
  let last = -1;
  value.forEach((n, i) => (ResolutionElement.isParagraph(n) || ResolutionElement.isEmbedded(n)) && (last = i));
  const at = value[last];
  if (at && ResolutionElement.isEmbedded(at)) {
    return [...value.slice(0, last), { ...at, children: afterLastParagraph(at.children as Descendant[], extra) } as Descendant, ...value.slice(last + 1)];
  }
  return [...value.slice(0, last + 1), ...extra, ...value.slice(last + 1)];
}
