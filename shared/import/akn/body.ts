import { makeAdoptingBody, makeEmbedded, makeHeading } from '../../model/factories';
import type { BodyBlock, Heading, Level } from '../../model/types';
import { detectOpener } from '../../model/openers';
import { paragraph, type BodyContext, type Para } from '../structure/body';
import { SUB_LABEL, SubLabels } from '../structure/labels';
import { dropLeading, visibleText } from '../structure/runs';
import type { SourceRun } from '../structure/source';
import type { XmlElement } from '../xml/parse';
import { attr, child, childrenNamed, collapse, elements, textOf } from '../xml/query';
import { inlineRuns, type AknNotes } from './inline';

interface Part {
  headings: Heading[];
  blocks: BodyBlock[];
  formula: boolean;
  operative: boolean;
}

const LABEL_ONLY = /^(?:[IVXLC]{1,6}|[A-Z])\.?$/;
const headingLevel = (el: XmlElement): 1 | 2 => (/^H[34-9]/.test(attr(el, 'class') ?? '') ? 2 : 1);
const para = (runs: SourceRun[], where: string): Para => ({ p: { runs, where }, text: visibleText(runs) });

/**
 * The preamble and main body of an AKN4UN resolution: containers are preambular paragraphs, numbered
 * paragraphs operative ones, list points sub-paragraphs (sublists one level down); headings and bare
 * labels ("I" then "Implementation of …") become headings. A second enacting formula, or an hcontainer /
 * component part, starts another part (A, B …).
 */
export class AknBodyWalker {
  private readonly parts: Part[] = [{ headings: [], blocks: [], formula: false, operative: false }];
  private readonly subs = new SubLabels();
  private pendingLabel: string | null = null;
  private pp = 0;
  private op = 0;
  /** whether the main body being read numbers its paragraphs (else an unnumbered clause is a sole OP) */
  private numbered = true;

  constructor(
    private readonly ctx: BodyContext,
    private readonly notes: AknNotes,
    /** the statement's components by eId, for `componentRef` (a recommended draft held by the text) */
    private readonly components: Map<string, XmlElement> = new Map(),
  ) {}

  private get part(): Part {
    return this.parts[this.parts.length - 1]!;
  }

  private newPart(): void {
    if (this.part.blocks.length > 0 || this.part.headings.length > 0) {
      this.parts.push({ headings: [], blocks: [], formula: false, operative: false });
      this.pp = 0;
      this.op = 0;
    }
  }

  walk(el: XmlElement): void {
    for (const node of elements(el)) this.visit(node);
  }

  /** Reads one top-level element of a statement (preamble, mainBody, an unreferenced component). */
  visitTop(el: XmlElement): void {
    this.visit(el);
  }

  private visit(el: XmlElement): void {
    switch (el.local) {
      case 'formula':
        if (this.part.formula || this.part.operative) this.newPart();
        this.part.formula = true;
        this.part.blocks.push(makeAdoptingBody(collapse(textOf(el))));
        return;
      case 'container':
      case 'recital':
        this.preambular(el);
        return;
      case 'paragraph':
        this.mainParagraph(el);
        return;
      case 'hcontainer':
      case 'part':
      case 'component': {
        this.newPart();
        const num = child(el, 'num');
        this.heading(num ? collapse(textOf(num)) : '', child(el, 'heading'));
        this.walk(el);
        return;
      }
      case 'docTitle':
        this.heading('', el);
        return;
      case 'mainBody':
        this.numbered = elements(el).some((p) => {
          const num = p.local === 'paragraph' ? child(p, 'num') : undefined;
          return num !== undefined && /^\d+\.?$/.test(collapse(textOf(num)));
        });
        this.walk(el);
        return;
      case 'componentRef':
        this.embedded(el);
        return;
      case 'num':
      case 'heading':
      case 'meta':
        return;
      default:
        this.walk(el);
    }
  }

  /** A `componentRef` stands where the component's resolution is held: an embedded body (un-format.md §1.8). */
  private embedded(ref: XmlElement): void {
    const id = (attr(ref, 'src') ?? '').replace(/^#/, '');
    const component = this.components.get(id);
    if (!component) return;
    this.components.delete(id);
    const inner = new AknBodyWalker(this.ctx, this.notes, this.components);
    inner.walk(component);
    this.part.blocks.push(makeEmbedded(inner.blocks(), this.ctx.ids.next('emb')));
    this.ctx.report.found('nested resolution: a component held by an operative clause');
  }

  private heading(label: string, el: XmlElement | undefined): void {
    if (!label && !el) return;
    const node = makeHeading(label, el ? collapse(textOf(el)) : '', 1, this.ctx.ids.next('h'));
    this.part.headings.push(node);
  }

  private preambular(el: XmlElement): void {
    const runs: SourceRun[] = [];
    const add = (more: SourceRun[]) => {
      if (runs.length > 0 && more.length > 0) runs.push({ text: ' ' });
      runs.push(...more);
    };
    for (const node of elements(el)) {
      if (node.local === 'blockList') {
        for (const item of elements(node)) {
          const num = child(item, 'num');
          add([...(num ? [{ text: `${collapse(textOf(num))} ` }] : []), ...inlineRuns({ ...item, children: item.children.filter((c) => typeof c === 'string' || c.local !== 'num') }, this.notes)]);
        }
        this.ctx.report.warnOnce('a preambular paragraph holds an (a), (b) … list; kept inline in the paragraph', `PP${this.pp + 1}`);
      } else add(inlineRuns(node, this.notes));
    }
    this.pp += 1;
    this.part.blocks.push(paragraph(this.ctx, para(runs, `PP${this.pp}`), runs, 'pp', { region: 'preamble', label: `PP${this.pp}` }));
  }

  private mainParagraph(el: XmlElement): void {
    const num = child(el, 'num');
    const numText = num ? collapse(textOf(num)) : '';
    const title = child(el, 'heading') ?? child(el, 'subheading');
    if (title) return this.headingOrLabel(collapse(textOf(title)), headingLevel(el), numText);
    const list = child(el, 'list');
    const content = child(el, 'content') ?? (list ? child(list, 'intro') : undefined) ?? el;
    const runs = inlineRuns({ ...content, children: content.children.filter((c) => typeof c === 'string' || (c.local !== 'num' && c.local !== 'list')) }, this.notes);
    const text = visibleText(runs);
    if (/^H/.test(attr(el, 'class') ?? '') && numText && LABEL_ONLY.test(numText)) return this.headingOrLabel(text, headingLevel(el), numText);
    if (/^\d+\.?$/.test(numText)) this.operative(runs);
    else if (!numText && /^\d{1,4}\.?\s/.test(text)) {
      this.ctx.report.warnOnce('an operative paragraph carries its number in its text; the number was taken out', `after OP${this.op}`);
      this.operative(dropLeading(runs, /^\d{1,4}\.?\s+/.exec(text)![0].length));
    } else if (/^\([a-z]+\)$/.test(numText) || SUB_LABEL.test(text)) {
      const label = numText ? numText.slice(1, -1) : SUB_LABEL.exec(text)![1]!;
      this.sub(numText ? runs : dropLeading(runs, SUB_LABEL.exec(text)![0].length), label);
    } else if (!numText && LABEL_ONLY.test(text)) this.pendingLabel = text;
    else if (!numText && this.pendingLabel && !/[.;:,]$/.test(text) && text.length < 200) this.headingOrLabel(text, 1, '');
    else if (!numText && !this.numbered && detectOpener(text, 'operative')?.known) this.operative(runs);
    else this.plain(numText ? [{ text: `${numText} ` }, ...runs] : runs);
    if (list) this.list(list, 1);
  }

  private headingOrLabel(text: string, level: 1 | 2, label: string): void {
    if (!label && LABEL_ONLY.test(text)) {
      this.flushLabel();
      this.pendingLabel = text;
      return;
    }
    const printed = label || this.pendingLabel || '';
    this.pendingLabel = null;
    this.part.blocks.push(makeHeading(printed, text, level, this.ctx.ids.next('h')));
  }

  private flushLabel(): void {
    if (this.pendingLabel) this.part.blocks.push(makeHeading(this.pendingLabel, '', 1, this.ctx.ids.next('h')));
    this.pendingLabel = null;
  }

  private operative(runs: SourceRun[]): void {
    this.flushLabel();
    this.op += 1;
    this.subs.reset();
    this.part.operative = true;
    this.part.blocks.push(paragraph(this.ctx, para(runs, `OP${this.op}`), runs, 'op', { region: 'operative', label: `OP${this.op}` }));
  }

  private sub(runs: SourceRun[], label: string, level?: Level): void {
    if (!this.part.operative) return this.plain([{ text: `(${label}) ` }, ...runs]);
    const read = this.subs.read(label);
    const where = `OP${this.op}${this.subs.ref()}`;
    this.part.blocks.push(paragraph(this.ctx, para(runs, where), runs, 'op', { region: 'operative', label: where }, level ?? read.level));
  }

  private plain(runs: SourceRun[]): void {
    this.flushLabel();
    this.part.blocks.push(paragraph(this.ctx, para(runs, `after OP${this.op}`), runs, 'plain', { region: 'other', label: `after OP${this.op}` }));
  }

  private list(list: XmlElement, level: 1 | 2): void {
    for (const node of elements(list)) {
      if (node.local === 'point') {
        const label = collapse(textOf(child(node, 'num') ?? { name: '', local: '', attrs: {}, children: [] })).replace(/^\(|\)$/g, '');
        const nested = child(node, 'list') ?? child(node, 'sublist');
        // a point that holds its own list carries its text in that list's intro
        const content = child(node, 'content') ?? (nested ? child(nested, 'intro') : undefined) ?? node;
        this.sub(inlineRuns({ ...content, children: content.children.filter((c) => typeof c === 'string' || (c.local !== 'num' && c.local !== 'list' && c.local !== 'sublist')) }, this.notes), label, level);
        for (const nested of [...childrenNamed(node, 'list'), ...childrenNamed(node, 'sublist')]) this.list(nested, 2);
      } else if (node.local === 'sublist' || node.local === 'list') this.list(node, 2);
      else if (node.local === 'wrapUp') this.plain(inlineRuns(node, this.notes));
    }
  }

  /** The body blocks: one part as is, several parts each in its own embedded resolution. */
  blocks(): BodyBlock[] {
    this.flushLabel();
    if (this.parts.length === 1) return [...this.part.headings, ...this.part.blocks];
    this.ctx.report.found(`${this.parts.length} parts, each with its own resolution body`);
    return this.parts.map((p) => makeEmbedded([...p.headings, ...p.blocks], this.ctx.ids.next('emb')));
  }
}
