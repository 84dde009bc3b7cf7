import type { Descendant } from 'slate';
import { ResolutionElement } from '../../model/guards';
import type { BodyParagraph, EmbeddedResolution, OperativeParagraph } from '../../model/types';
import { formulaInlines } from '../formula';
import { inlineXml, type NoteSource } from './inline';
import { el } from './xml';

/** Derived labels and eId counters shared by the whole document. */
export interface BodyXmlContext extends NoteSource {
  labels: ReadonlyMap<string, string>;
  nextId: (kind: 'formula' | 'container' | 'para') => number;
  /** registers a nested resolution to be written as a component; returns its eId */
  component: (resolution: EmbeddedResolution) => string;
}

interface OpTree {
  node: OperativeParagraph | BodyParagraph;
  subs: OpTree[];
  embedded: EmbeddedResolution[];
}

const openerOf = (node: BodyParagraph) => node.children.filter((c) => 'text' in c && c.opener && !c.del).map((c) => ('text' in c ? c.text : '')).join('');

/** OP (a) (i) as a tree: AKN nests points in lists, the model keeps them flat. */
function opTrees(nodes: readonly Descendant[]): OpTree[] {
  const roots: OpTree[] = [];
  const stack: OpTree[] = [];
  for (const node of nodes) {
    if (ResolutionElement.isEmbedded(node)) {
      const last = roots[roots.length - 1];
      if (last) last.embedded.push(node);
      continue;
    }
    if (!(ResolutionElement.isOperative(node) || ResolutionElement.isPlain(node)) || node.del) continue;
    const level = node.type === 'operative-paragraph' ? node.level : 0;
    const tree: OpTree = { node, subs: [], embedded: [] };
    stack.length = Math.min(stack.length, level);
    const parent = stack[stack.length - 1];
    if (level > 0 && parent) parent.subs.push(tree);
    else roots.push(tree);
    stack.push(tree);
  }
  return roots;
}

function treeXml(tree: OpTree, ctx: BodyXmlContext, tag: 'paragraph' | 'point', eId: string): string {
  const label = ctx.labels.get(tree.node.id);
  const num = label ? el('num', {}, label) : '';
  const text = el('p', {}, inlineXml(tree.node.children, ctx));
  const attrs = tag === 'paragraph' ? { eId, class: 'SingleTxt' } : { eId };
  if (tree.subs.length === 0) return el(tag, attrs, num, el('content', { eId: `${eId}__content` }, text));
  const points = tree.subs.map((sub, i) => treeXml(sub, ctx, 'point', `${eId}__list_1__point_${i + 1}`));
  return el(tag, attrs, num, el('list', { eId: `${eId}__list_1` }, el('intro', {}, text), ...points));
}

/** A resolution body's formula and preamble, then its operative part. */
function resolutionParts(nodes: readonly Descendant[], ctx: BodyXmlContext): [string, string] {
  const preamble: string[] = [];
  for (const node of nodes) {
    if (ResolutionElement.isAdoptingBody(node)) {
      preamble.push(el('formula', { name: 'enactingFormula', eId: `formula_${ctx.nextId('formula')}` }, el('p', {}, inlineXml(formulaInlines(node.children), ctx))));
    } else if (ResolutionElement.isPreambular(node) && !node.del) {
      const eId = `container_${ctx.nextId('container')}`;
      preamble.push(el('container', { name: openerOf(node) || 'preamble', eId }, el('p', {}, inlineXml(node.children, ctx))));
    }
  }
  const ops = opTrees(nodes).flatMap((tree) => [
    treeXml(tree, ctx, 'paragraph', `para_${ctx.nextId('para')}`),
    ...tree.embedded.map((e) => el('componentRef', { src: `#${ctx.component(e)}`, showAs: 'draft resolution' })),
  ]);
  return [preamble.join(''), ops.join('')];
}

/** A resolution as `<preamble>` and `<mainBody>`; a nested one becomes a component the outer OP refers to. */
export function bodyXml(nodes: readonly Descendant[], ctx: BodyXmlContext): string {
  const [preamble, main] = resolutionParts(nodes, ctx);
  return (preamble ? el('preamble', {}, preamble) : '') + el('mainBody', {}, main || el('p', {}, ''));
}
