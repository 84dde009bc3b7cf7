import { Element, type Descendant } from 'slate';
import { footnoteBodies } from '../../footnotes/numbers';
import { ResolutionElement } from '../../model/guards';
import { paragraphRefs } from '../../model/numbering';
import type { DocumentSettings } from '../../model/settings';
import type { DocumentKind, Footnote, FootnoteList, Header } from '../../model/types';
import { instrumentTable } from '../data/instrument-table';
import type { InstrumentEntry } from '../data/instruments';
import { organOf, type Organ } from '../organs';
import { collectMarkers, numbersOf, type Marker } from './collect-markers';
import { TargetIndex } from './target-index';
import { blockTarget, footnoteTarget, paragraphTarget, type TextTarget } from './targets';

/** One resolution body (the root or an embedded resolution): evaluated on its own (un-format.md §1.8). */
export interface BodyView {
  /** the embedded-resolution id; null for the root */
  id: string | null;
  formula: TextTarget | null;
  /** PPs, OPs (any level) and unnumbered paragraphs, in order; tracked-deleted ones left out */
  paragraphs: TextTarget[];
  /** ids of operative paragraphs directly followed by an embedded resolution ("Recommends … resolution:") */
  wrappers: Set<string>;
  /** paragraphs of a text the resolution adopts ("Adopts the following Pact …:"): text rules only */
  adopted: TextTarget[];
}

export interface FootnoteView {
  /** the footnote-list node: memos compare it (by identity) to know that no footnote body changed */
  list: FootnoteList | undefined;
  markers: Marker[];
  numbers: Map<string, number>;
  bodies: Map<string, Footnote>;
}

export interface DocView {
  value: readonly Descendant[];
  kind: DocumentKind;
  organ: Organ;
  settings: DocumentSettings;
  header: Header | null;
  bodies: BodyView[];
  /** every text target in document order: title, recommendation, formulas, paragraphs, free-text footnotes */
  targets: TextTarget[];
  byId: TargetIndex;
  /** ids of paragraphs in an adopted text: resolution rules leave them alone */
  adoptedIds: Set<string>;
  /** target id → cli.md ref */
  refs: Map<string, string>;
  footnotes: FootnoteView;
  /** the instrument names (local table plus the shipped treaty table) */
  instruments: readonly InstrumentEntry[];
}

/** "Adopts the following Pact for the Future and its annexes:": what follows is the adopted text, not clauses. */
const WRAPPER = /^(?:Also |Further )?(?:Adopts|Approves|Endorses|Proclaims|Recommends|Decides to adopt)\b[^;]*\bthe following\b[^;]*:\s*$/;
export const opensAdoptedText = (target: TextTarget): boolean => WRAPPER.test(target.text);

export const formulaId = (embeddedId: string | null): string => (embeddedId ? `adopting-body:${embeddedId}` : 'adopting-body');

function bodyOf(nodes: readonly Descendant[], id: string | null, out: BodyView[], targets: TextTarget[]): void {
  const body: BodyView = { id, formula: null, paragraphs: [], wrappers: new Set(), adopted: [] };
  out.push(body);
  let lastOp: string | null = null;
  let wrapper: TextTarget | null = null;
  for (const node of nodes) {
    if (ResolutionElement.isAdoptingBody(node)) {
      body.formula = blockTarget(node, formulaId(id), 'formula');
      targets.push(body.formula);
    } else if (ResolutionElement.isParagraph(node)) {
      if (node.del) continue;
      const target = paragraphTarget(node);
      targets.push(target);
      if (wrapper && body.adopted.length === 0 && target.kind === 'sub') wrapper = null;
      if (wrapper) {
        body.adopted.push(target);
        continue;
      }
      body.paragraphs.push(target);
      lastOp = target.kind === 'op' || target.kind === 'sub' ? target.id : null;
      if (target.kind !== 'pp' && opensAdoptedText(target)) wrapper = target;
    } else if (ResolutionElement.isEmbedded(node)) {
      if (lastOp) body.wrappers.add(lastOp);
      wrapper = null;
      bodyOf(node.children, node.id, out, targets);
    }
  }
  if (wrapper && body.adopted.length > 0 && wrapper.kind !== 'plain') body.wrappers.add(wrapper.id);
}

// the footnote bodies change only with the footnote list
let lastBodies: { list: unknown; bodies: Map<string, Footnote> } | null = null;
function bodiesOf(value: readonly Descendant[], list: FootnoteList | undefined): Map<string, Footnote> {
  if (lastBodies && lastBodies.list === list) return lastBodies.bodies;
  lastBodies = { list, bodies: footnoteBodies(value) };
  return lastBodies.bodies;
}

// refs change only with the structure and the footnote numbering (typing never changes them): the same Map
// object is returned until then, so rules may memoize on it
let lastRefs: { key: string; refs: Map<string, string> } | null = null;
function refsOf(value: readonly Descendant[], targets: readonly TextTarget[], numbers: Map<string, number>): Map<string, string> {
  let key = '';
  for (const t of targets) key += `${t.id}/${t.kind}${t.level}${'numbered' in t.node ? 'n' : ''}|`;
  for (const id of numbers.keys()) key += `${id},`;
  if (lastRefs && lastRefs.key === key) return lastRefs.refs;
  const refs = new Map<string, string>();
  for (const t of targets) {
    if (t.kind === 'title') refs.set(t.id, 'title');
    else if (t.kind === 'recommendation') refs.set(t.id, 'header');
    else if (t.kind === 'formula') refs.set(t.id, 'adoptingBody');
  }
  for (const [id, ref] of paragraphRefs(value)) refs.set(id, ref);
  for (const [id, n] of numbers) refs.set(id, `fn${n}`);
  lastRefs = { key, refs };
  return refs;
}

/** The document as the rules see it. Cheap to rebuild: targets are cached per node. */
export function buildView(
  value: readonly Descendant[],
  settings: DocumentSettings,
  organOverride: Organ | null,
  instruments: readonly InstrumentEntry[] = instrumentTable(),
): DocView {
  const header = (value.find(ResolutionElement.isHeader) as Header | undefined) ?? null;
  const targets: TextTarget[] = [];
  const title = value.find((n) => Element.isElement(n) && n.type === 'title');
  if (title && Element.isElement(title)) targets.push(blockTarget(title, 'title', 'title'));
  const recommendation = value.find((n) => Element.isElement(n) && n.type === 'recommendation');
  if (recommendation && Element.isElement(recommendation)) targets.push(blockTarget(recommendation, 'recommendation', 'recommendation'));
  const bodies: BodyView[] = [];
  bodyOf(value, null, bodies, targets);
  const markers = collectMarkers(value);
  const numbers = numbersOf(markers);
  const list = value.find(ResolutionElement.isFootnoteList);
  const fnBodies = bodiesOf(value, list);
  for (const id of numbers.keys()) {
    const fn = fnBodies.get(id);
    const target = fn ? footnoteTarget(fn) : null;
    if (target) targets.push(target);
  }
  const refs = refsOf(value, targets, numbers);
  const innermost = [...bodies].reverse().find((b) => b.formula)?.formula?.text;
  const organ = organOverride ?? organOf(innermost) ?? organOf(header?.fields.organ) ?? 'ga';
  return {
    value,
    kind: header?.kind ?? 'draft-resolution',
    organ,
    settings,
    header,
    bodies,
    targets,
    byId: new TargetIndex(targets),
    adoptedIds: new Set(bodies.flatMap((b) => b.adopted.map((t) => t.id))),
    refs,
    footnotes: { list, markers, numbers, bodies: fnBodies },
    instruments,
  };
}
