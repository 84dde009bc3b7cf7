import { makeAnnex, makeHeading, makePlain } from '../../model/factories';
import type { Annex } from '../../model/types';
import type { BodyContext } from '../structure/body';
import { toInlines } from '../structure/inlines';
import { visibleText } from '../structure/runs';
import type { SourceRun } from '../structure/source';
import type { XmlElement } from '../xml/parse';
import { attr, child, collapse, elements, textOf } from '../xml/query';
import { inlineRuns, type AknNotes } from './inline';

/**
 * An attachment (annex) keeps its text as printed: headings, and paragraphs with their printed numbers and
 * labels in the text. An annex is not resolution structure, so nothing in it is renumbered.
 */
export function readAnnex(doc: XmlElement, ctx: BodyContext, notes: AknNotes): Annex | null {
  const children: Annex['children'] = [];
  const plain = (runs: SourceRun[]) => {
    if (visibleText(runs).trim() === '' && !runs.some((r) => 'ref' in r)) return;
    const place = { region: 'other' as const, label: 'annex' };
    children.push(makePlain(toInlines(runs, (key) => ctx.footnotes.resolve(key, place)), ctx.ids.next('p')));
  };
  const without = (el: XmlElement, names: string[]): XmlElement => ({
    ...el,
    children: el.children.filter((c) => typeof c === 'string' || !names.includes(c.local)),
  });
  const labelled = (num: XmlElement | undefined, runs: SourceRun[]): SourceRun[] =>
    num ? [{ text: `${collapse(textOf(num))} ` }, ...runs] : runs;
  const visit = (el: XmlElement) => {
    for (const node of elements(el)) {
      const heading = child(node, 'heading') ?? child(node, 'subheading');
      if (node.local === 'docTitle' || ((node.local === 'paragraph' || node.local === 'hcontainer') && heading)) {
        const text = collapse(textOf(node.local === 'docTitle' ? node : heading!));
        if (text) children.push(makeHeading('', text, /^H[34-9]/.test(attr(node, 'class') ?? '') ? 2 : 1, ctx.ids.next('h')));
      } else if (node.local === 'paragraph' || node.local === 'point' || node.local === 'item') {
        const content = child(node, 'content') ?? without(node, ['num', 'list', 'sublist']);
        plain(labelled(child(node, 'num'), inlineRuns(without(content, ['num', 'list', 'sublist']), notes)));
        for (const list of elements(node).filter((c) => c.local === 'list' || c.local === 'sublist')) visit(list);
      } else if (node.local === 'intro' || node.local === 'wrapUp' || node.local === 'p') {
        plain(inlineRuns(node, notes));
      } else if (node.local !== 'meta' && node.local !== 'num') visit(node);
    }
  };
  visit(doc);
  if (children.length === 0) return null;
  return makeAnnex(children, ctx.ids.next('annex'));
}
