import { Document, Paragraph, TextRun } from 'docx';
import { Node, type Descendant } from 'slate';
import { ResolutionElement } from '../../model/guards';
import { operativeNumbers } from '../../model/numbering';
import type { Header } from '../../model/types';
import type { ExportDocument } from '../export-document';
import { headerNote } from '../front-matter';
import { bodyParagraphs, closingParagraphs, markChange, type BodyContext, type Tracked } from './body';
import { addNotes } from './footnotes';
import { mastheadParagraphs, symbolReference } from './masthead';
import { planNotes } from './notes';
import { unNumbering } from './numbering';
import { pageSetup } from './page';
import { createRevisionIds } from './revision-ids';
import { inlineRuns } from './runs';
import { STYLE, unStyles } from './styles';

/**
 * The resolution as a Word document in UN layout (un-format.md §9). Pure: the caller packs it with
 * docx's Packer and writes the file. Tracked changes in the value become w:ins/w:del.
 */
export function buildDocument(doc: ExportDocument): Document {
  const { value, settings } = doc;
  const header = value.find(ResolutionElement.isHeader) as Header | undefined;
  const notes = planNotes(doc);
  const ids = createRevisionIds();
  let instance = 0;
  const ctx: BodyContext = {
    notes,
    ids,
    referenced: new Set(),
    labels: operativeNumbers(value),
    nextInstance: () => (instance += 1),
    compilation: doc.compilation,
  };
  const children: Paragraph[] = [];
  const topLevel: Descendant[] = [];
  const flushBody = () => children.push(...bodyParagraphs(topLevel.splice(0), ctx));
  for (const node of value) {
    if (!('type' in node)) continue;
    if (node.type === 'header') children.push(...mastheadParagraphs(node, notes, settings.pageSize));
    else if (node.type === 'recommendation') {
      const tracked = node as typeof node & Tracked;
      children.push(new Paragraph({ style: STYLE.body, children: inlineRuns(node.children, ctx, tracked), run: markChange(ctx, tracked) }));
    }
    else if (node.type === 'title') {
      const number = header?.fields.resolutionNumber;
      const prefix = number ? [new TextRun(`${number.replace(/\.$/, '')}. `)] : [];
      const mark = header ? symbolReference(notes, headerNote(header, 'title')) : [];
      const tracked = node as typeof node & Tracked;
      const runs = inlineRuns(node.children, ctx, tracked);
      children.push(new Paragraph({ style: STYLE.title, children: [...prefix, ...runs, ...mark], run: markChange(ctx, tracked) }));
    } else if (node.type === 'closing') {
      flushBody();
      children.push(...closingParagraphs(node, ctx));
    } else if (node.type === 'annex') {
      flushBody();
      const first = node.children[0];
      const titled = first?.type === 'heading' && /^annex/i.test(`${first.label} ${Node.string(first)}`.trim());
      const annex = bodyParagraphs(node.children, ctx);
      if (!titled) annex.unshift(new Paragraph({ style: STYLE.chapter, children: [new TextRun('Annex')] }));
      children.push(new Paragraph({ pageBreakBefore: true, children: [] }), ...annex);
    } else if (node.type !== 'footnote-list') topLevel.push(node);
  }
  flushBody();
  const document = new Document({
    creator: 'Penholder',
    styles: unStyles,
    numbering: unNumbering(settings.numberLayout),
    evenAndOddHeaderAndFooters: true,
    sections: [{ ...pageSetup(settings.pageSize, header?.fields.symbol ?? null), children }],
  });
  addNotes(document, notes, ids);
  return document;
}
