import type { Descendant } from 'slate';
import { footnoteNumbers } from '../footnotes/numbers';
import { renderedFootnotes } from '../footnotes/rendered';
import { ResolutionElement } from '../model/guards';
import { operativeNumbers, reportNumbers } from '../model/numbering';
import type { Header } from '../model/types';
import { enDashRanges, printedDate } from './dates';
import type { ExportDocument } from './export-document';
import { headerNote, sponsorsLine, symbolMark, type Segment } from './front-matter';
import { formulaInlines } from './formula';
import { compilationMarkdown } from './markdown/compilation';
import { escapeMarkdown, inlineMarkdown, styledMarkdown } from './markdown/inline';

const supMark = (index: number | undefined) => (index === undefined ? '' : `<sup>${escapeMarkdown(symbolMark(index))}</sup>`);
const segmentsMarkdown = (segments: readonly Segment[]) => segments.map((s) => escapeMarkdown(s.text) + supMark(s.note)).join('');

function headerBlocks(header: Header): string[] {
  const f = header.fields;
  const out: string[] = [];
  if (f.symbol) out.push(`United Nations ${escapeMarkdown(f.symbol)}${supMark(headerNote(header, 'symbol'))}`);
  if (f.organ) out.push(`# ${escapeMarkdown(f.organ)}`);
  const distribution = [f.distribution ? `Distr.: ${f.distribution}` : null, f.date && header.kind !== 'adopted-resolution' ? printedDate(f.date) : null];
  if (distribution.some(Boolean)) out.push(distribution.filter(Boolean).join('  \n'));
  if (f.languageLine) out.push(escapeMarkdown(f.languageLine));
  if (f.subsidiaryBody) out.push(`## ${escapeMarkdown(f.subsidiaryBody)}`);
  if (f.session) out.push(escapeMarkdown(f.session));
  if (f.placeAndDates) out.push(escapeMarkdown(enDashRanges(f.placeAndDates)));
  if (f.agendaItem) out.push(escapeMarkdown(f.agendaItem) + supMark(headerNote(header, 'agendaItem')));
  if (f.agendaTitle) out.push(`**${escapeMarkdown(f.agendaTitle)}**`);
  if (f.adoptionLine) out.push(`**${escapeMarkdown(f.adoptionLine)}**`);
  if (f.provenance) out.push(escapeMarkdown(f.provenance));
  const sponsors = sponsorsLine(header);
  if (sponsors.length > 0) out.push(`### **${segmentsMarkdown(sponsors)}**`);
  return out;
}

/**
 * The document as Markdown in the form the importer reads back (un-format.md §9, last row): the header
 * lines, bold title, italic openers, typed numbers, `<sup>n</sup>` markers, then after a rule the `*`
 * notes and the numbered footnotes. Tracked changes appear accepted (the current text).
 */
export function toMarkdown(doc: ExportDocument): string {
  const { value, settings } = doc;
  const header = value.find(ResolutionElement.isHeader) as Header | undefined;
  const numbers = footnoteNumbers(value);
  const labels = operativeNumbers(value);
  const reports = reportNumbers(value);
  const blocks: string[] = [];
  const body = (nodes: readonly Descendant[]) => {
    for (const node of nodes) {
      if (!('type' in node)) continue;
      if (ResolutionElement.isEmbedded(node)) body(node.children);
      else if (ResolutionElement.isAdoptingBody(node)) blocks.push(inlineMarkdown(formulaInlines(node.children), numbers));
      else if (ResolutionElement.isParagraph(node) && doc.compilation) blocks.push(...(doc.compilation.get(node.id) ?? []).map(compilationMarkdown));
      else if (ResolutionElement.isParagraph(node)) {
        if (node.del) continue;
        const label = node.type === 'operative-paragraph' ? labels.get(node.id) : node.type === 'plain-paragraph' ? reports.get(node.id) : '';
        blocks.push(`${label ? `${label} ` : ''}${inlineMarkdown(node.children, numbers)}`);
      } else if (ResolutionElement.isHeading(node)) blocks.push(`## ${escapeMarkdown([node.label, node.children.map((c) => c.text).join('')].filter(Boolean).join(' '))}`);
      else if (node.type === 'header') blocks.push(...headerBlocks(node));
      else if (node.type === 'recommendation') blocks.push(inlineMarkdown(node.children, numbers));
      else if (node.type === 'title') {
        const number = header?.fields.resolutionNumber ? `${escapeMarkdown(header.fields.resolutionNumber.replace(/\.$/, ''))}. ` : '';
        blocks.push(`### **${number}${inlineMarkdown(node.children, numbers)}${header ? supMark(headerNote(header, 'title')) : ''}**`);
      } else if (node.type === 'closing') blocks.push(`*${escapeMarkdown(node.meeting)}*  \n*${escapeMarkdown(node.date)}*`);
      else if (node.type === 'annex') body(node.children);
    }
  };
  body(value);
  const notes = [
    ...(header?.symbolNotes ?? []).map((note, i) => `${supMark(i)} ${escapeMarkdown(note.text)}`),
    ...renderedFootnotes(value, settings).map((fn) => `<sup>${fn.number}</sup> ${styledMarkdown(fn.runs.map((r) => ({ text: r.text, italic: !!r.italic })))}`),
  ];
  if (notes.length > 0) blocks.push('---', ...notes);
  return `${blocks.join('\n\n')}\n`;
}
